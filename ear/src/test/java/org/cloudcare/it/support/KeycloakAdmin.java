package org.cloudcare.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The development Keycloak's admin REST API as its console administrator ({@code admin}, master realm), for tests
 * that must set up or break what CloudCare cannot: users of a made-up tenant, a renamed role. The password is the
 * one {@code keycloak/keycloak.sh} generated: the system property {@code keycloak.admin.password}, else the file
 * {@code .runtime/keycloak-admin.password} under {@code cloudcare.root} (set by failsafe).
 */
public final class KeycloakAdmin {

    private static final String REALM = Tokens.KEYCLOAK + "/admin/realms/cloudcare";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakAdmin() {
    }

    /**
     * An enabled, fully set-up user of the tenant with the realm role; its password is its user name, so
     * {@link Tokens#of} signs it in. Answers its id.
     */
    public static String createUser(String username, String tenant, String role) {
        JsonObject user = Json.createObjectBuilder().add("username", username)
                .add("email", username + "@" + tenant + ".example").add("firstName", "Test").add("lastName", "User")
                .add("enabled", true).add("emailVerified", true).add("requiredActions", JsonValue.EMPTY_JSON_ARRAY)
                .add("attributes", Json.createObjectBuilder().add("customer_id", Json.createArrayBuilder().add(tenant)))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", username).add("temporary", false)))
                .build();
        HttpResponse<String> created = send("POST", "/users", user.toString(), 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        send("POST", "/users/" + id + "/role-mappings/realm", "[" + role(role) + "]", 204);
        return id;
    }

    /** The users with exactly this user name (none or one). */
    public static List<JsonObject> usersNamed(String username) {
        return jsonArray(send("GET", "/users?exact=true&username=" + encode(username), null, 200).body())
                .stream().map(JsonValue::asJsonObject).toList();
    }

    /** Deletes the users with this user name, if any. */
    public static void deleteUsersNamed(String username) {
        usersNamed(username).forEach(user -> send("DELETE", "/users/" + user.getString("id"), null, 204));
    }

    public static JsonObject role(String name) {
        return Tokens.json(send("GET", "/roles/" + encode(name), null, 200).body());
    }

    /** Renames a realm role; it keeps its id, and so its members. */
    public static void renameRole(String from, String to) {
        JsonObject renamed = Json.createObjectBuilder(role(from)).add("name", to).build();
        send("PUT", "/roles/" + encode(from), renamed.toString(), 204);
    }

    /** The user names of the role's members (the demo realm has few). */
    public static List<String> roleMembers(String name) {
        return jsonArray(send("GET", "/roles/" + encode(name) + "/users?first=0&max=1000", null, 200).body())
                .stream().map(user -> user.asJsonObject().getString("username")).toList();
    }

    private static HttpResponse<String> send(String method, String path, String json, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(REALM + path))
                .header("Authorization", "Bearer " + adminToken()).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException("Keycloak admin API " + method + " " + path + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + Tokens.KEYCLOAK, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh token of the master realm's administrator (admin-cli); they live only a minute. */
    private static String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=" + encode(adminPassword());
        HttpRequest request = HttpRequest.newBuilder(
                URI.create(Tokens.KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the admin token: " + response.statusCode() + " "
                        + response.body());
            }
            return Tokens.json(response.body()).getString("access_token");
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + Tokens.KEYCLOAK, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String adminPassword() {
        String property = System.getProperty("keycloak.admin.password");
        if (property != null && !property.isBlank()) {
            return property;
        }
        Path file = Path.of(System.getProperty("cloudcare.root", "..")).toAbsolutePath().normalize()
                .resolve(".runtime/keycloak-admin.password");
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).get(0).strip();
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("No Keycloak admin password in " + file
                    + " (keycloak/keycloak.sh start writes it) and no -Dkeycloak.admin.password", e);
        }
    }

    private static JsonArray jsonArray(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
