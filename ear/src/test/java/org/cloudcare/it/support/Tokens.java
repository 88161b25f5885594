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
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Real access tokens from the running Keycloak (demo realm), and two bad ones: an expired token signed with the demo
 * realm's own key, and a token signed with a key Keycloak never had.
 */
public final class Tokens {

    public static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:8180");
    private static final String TOKEN_ENDPOINT = KEYCLOAK + "/realms/cloudcare/protocol/openid-connect/token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** An access token of a demo user (password = user name), reused while it is valid for another minute. */
    public static String of(String username) {
        Cached cached = CACHE.get(username);
        if (cached == null || cached.expiresAt.isBefore(Instant.now().plusSeconds(60))) {
            cached = fetch(Map.of("grant_type", "password", "client_id", "cloudcare-cli", "username", username,
                    "password", username));
            CACHE.put(username, cached);
        }
        return cached.token;
    }

    /** The token of the monitoring system's service account (client credentials). */
    public static String monitoring() {
        return fetch(Map.of("grant_type", "client_credentials", "client_id", "cloudcare-monitoring",
                "client_secret", "cloudcare-monitoring-demo-secret")).token;
    }

    /** alice's claims, validly signed with the demo realm's key, but expired an hour ago. */
    public static String expired() {
        return resigned(of("alice"), demoRealmKey(), Instant.now().minusSeconds(3600));
    }

    /** alice's claims, still valid in time, signed with a key that is not the realm's. */
    public static String forged() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return resigned(of("alice"), generator.generateKeyPair().getPrivate(), Instant.now().plusSeconds(300));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a token as JSON, to check what Keycloak put in. */
    public static JsonObject claims(String token) {
        return json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static String resigned(String token, PrivateKey key, Instant expiry) {
        String[] parts = token.split("\\.");
        JsonObjectBuilder claims = Json.createObjectBuilder(claims(token));
        claims.add("exp", expiry.getEpochSecond());
        claims.add("iat", expiry.minusSeconds(300).getEpochSecond());
        String payload = base64(claims.build().toString().getBytes(StandardCharsets.UTF_8));
        String signingInput = parts[0] + "." + payload;
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64(signature.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey demoRealmKey() {
        Path realm = Path.of(System.getProperty("cloudcare.root", "."), "keycloak", "demo",
                "cloudcare-realm-demo.json");
        try {
            String encoded = json(Files.readString(realm)).getJsonObject("components")
                    .getJsonArray("org.keycloak.keys.KeyProvider").getJsonObject(0).getJsonObject("config")
                    .getJsonArray("privateKey").getString(0);
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the demo realm's signing key from " + realm, e);
        }
    }

    private static Cached fetch(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + form.get("username")
                        + form.get("client_id") + ": " + response.statusCode() + " " + response.body());
            }
            JsonObject answer = json(response.body());
            return new Cached(answer.getString("access_token"),
                    Instant.now().plusSeconds(answer.getJsonNumber("expires_in").longValue()));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + KEYCLOAK, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private record Cached(String token, Instant expiresAt) {
    }
}
