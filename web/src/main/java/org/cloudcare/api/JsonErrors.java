package org.cloudcare.api;

import static org.cloudcare.api.JsonProcessing.JSON;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one shape of every error CloudCare answers outside a GraphQL execution (refused requests, error pages): a
 * GraphQL response with one error, {@code extensions.code} and, when known, {@code extensions.field}.
 */
public final class JsonErrors {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private JsonErrors() {
    }

    static byte[] body(String code, String field, String message) {
        var extensions = JSON.createObjectBuilder().add("code", code);
        if (field != null) {
            extensions.add("field", field);
        }
        return JSON.createObjectBuilder().add("errors", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("message", message).add("extensions", extensions)))
                .build().toString().getBytes(StandardCharsets.UTF_8);
    }

    public static void write(HttpServletResponse response, int status, boolean graphQLResponse, String code,
            String field, String message) throws IOException {
        byte[] bytes = body(code, field, message);
        response.setStatus(status);
        response.setContentType(mediaType(graphQLResponse));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static String mediaType(boolean graphQLResponse) {
        return (graphQLResponse ? GRAPHQL_RESPONSE : "application/json") + ";charset=UTF-8";
    }
}
