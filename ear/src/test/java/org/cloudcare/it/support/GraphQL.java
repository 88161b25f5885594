package org.cloudcare.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** A plain GraphQL-over-HTTP client for the tests: POST with JSON, bearer token from {@link Tokens}. */
public final class GraphQL {

    public static final String CLOUDCARE = System.getProperty("cloudcare.url", "http://localhost:8080");
    public static final URI ENDPOINT = URI.create(CLOUDCARE + "/graphql");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private GraphQL() {
    }

    /** As a demo user; {@code null} means anonymous. */
    public static Answer as(String username, String query, Object... variables) {
        return withToken(username == null ? null : Tokens.of(username), query, variables);
    }

    public static Answer withToken(String token, String query, Object... variables) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("query", query);
        if (variables.length > 0) {
            JsonObjectBuilder vars = Json.createObjectBuilder();
            for (int i = 0; i < variables.length; i += 2) {
                vars.add((String) variables[i], toJson(variables[i + 1]));
            }
            body.add("variables", vars);
        }
        return post(token, "application/json", body.build().toString(), "application/json");
    }

    public static Answer post(String token, String contentType, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ENDPOINT).header("Content-Type", contentType)
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    public static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("CloudCare is not reachable at " + ENDPOINT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        } else if (value instanceof JsonValue json) {
            return json;
        } else if (value instanceof Number number) {
            return Json.createValue(number.longValue());
        } else if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        } else if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            ((Map<String, Object>) map).forEach((key, item) -> object.add(key, toJson(item)));
            return object.build();
        } else if (value instanceof Iterable<?> items) {
            var array = Json.createArrayBuilder();
            items.forEach(item -> array.add(toJson(item)));
            return array.build();
        }
        return Json.createValue(value.toString());
    }

    /** The HTTP status and the GraphQL response. */
    public record Answer(int status, String contentType, String body) {

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray errors() {
            JsonObject json = json();
            return json.containsKey("errors") && !json.isNull("errors") ? json.getJsonArray("errors")
                    : JsonValue.EMPTY_JSON_ARRAY;
        }

        /** The data, after checking there was no error. */
        public JsonObject data() {
            if (status != 200 || !errors().isEmpty()) {
                throw new AssertionError("Expected data, got HTTP " + status + ": " + body);
            }
            return json().getJsonObject("data");
        }

        /** The {@code extensions.code} of the only error. */
        public String errorCode() {
            return onlyError().getJsonObject("extensions").getString("code", null);
        }

        /** The {@code extensions.field} of the only error. */
        public String errorField() {
            return onlyError().getJsonObject("extensions").getString("field", null);
        }

        public JsonObject onlyError() {
            JsonArray errors = errors();
            if (errors.size() != 1) {
                throw new AssertionError("Expected exactly one error, got HTTP " + status + ": " + body);
            }
            return errors.getJsonObject(0);
        }
    }
}
