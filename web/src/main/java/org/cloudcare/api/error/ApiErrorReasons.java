package org.cloudcare.api.error;

import static org.cloudcare.api.JsonProcessing.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/**
 * Adds {@code extensions.reasons} to a validation error that found several things wrong at once (a rejected order, a rejected trouble ticket report):
 * {@code [{field, message}]}, so a client can mark every field, not just the first.
 */
public class ApiErrorReasons implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "reasons";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (!(exception instanceof ApiError error) || error.reasons().isEmpty()) {
            return null;
        }
        JsonArrayBuilder reasons = JSON.createArrayBuilder();
        error.reasons().forEach(reason -> reasons.add(JSON.createObjectBuilder().add("field", reason.field())
                .add("message", reason.message())));
        return reasons.build();
    }
}
