package org.cloudcare.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Bearer tokens for the container tests, signed with the test key pair in {@code it-jwt/}: Payara Micro verifies them
 * with its real MicroProfile JWT code, because arquillian.xml points {@code mp.jwt.verify.publickey.location} at the
 * public key and sets the test issuer. They carry the claims Keycloak puts in CloudCare's tokens ({@code groups},
 * {@code preferred_username}, {@code customer_id}).
 */
public final class SignedTokens {

    public static final String ISSUER = "https://it.cloudcare.example/realms/cloudcare";

    private SignedTokens() {
    }

    /** A token for {@code username} with these realm roles and, for a customer's user, its tenant. */
    public static String of(String username, Collection<String> roles, String tenant) {
        long now = Instant.now().getEpochSecond();
        String groups = roles.stream().map(role -> "\"" + role + "\"").collect(Collectors.joining(",", "[", "]"));
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"cloudcare\",\"sub\":\"" + UUID.randomUUID()
                + "\",\"upn\":\"" + username + "\",\"preferred_username\":\"" + username + "\",\"name\":\""
                + username + "\",\"groups\":" + groups + (tenant == null ? "" : ",\"customer_id\":\"" + tenant + "\"")
                + ",\"iat\":" + now + ",\"exp\":" + (now + 300) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey() throws GeneralSecurityException {
        try (InputStream in = SignedTokens.class.getResourceAsStream("/it-jwt/private.pem")) {
            if (in == null) {
                throw new IllegalStateException("it-jwt/private.pem is not in the test deployment");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(pem)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
