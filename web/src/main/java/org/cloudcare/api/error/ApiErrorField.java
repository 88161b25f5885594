package org.cloudcare.api.error;

import static org.cloudcare.api.JsonProcessing.JSON;

import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/** Adds {@code extensions.field}: the input field a validation error is about. */
public class ApiErrorField implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return exception instanceof ApiError error && error.field() != null ? JSON.createValue(error.field()) : null;
    }
}
