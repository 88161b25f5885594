package org.cloudcare.customer.control;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.ErrorCode;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The users of customers' tenants, kept in Keycloak and reached through its admin API with the
 * {@code cloudcare-backend} service account. Keycloak is the only store of users: CloudCare keeps no copy that could
 * drift. A user belongs to a tenant through its {@code customer_id} attribute, which only administrators can set.
 */
@ApplicationScoped
public class TenantDirectory {

    /** A tenant's users are listed in one call; more than this many is a case for search, not for a list. */
    static final int MAX_USERS_PER_TENANT = 1000;
    private static final Logger LOG = Logger.getLogger(TenantDirectory.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "cloudcare.keycloak.url", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "cloudcare.keycloak.realm", defaultValue = "cloudcare")
    String realmName;

    @Inject
    @ConfigProperty(name = "cloudcare.keycloak.backend-client-id", defaultValue = "cloudcare-backend")
    String clientId;

    @Inject
    @ConfigProperty(name = "cloudcare.keycloak.backend-client-secret", defaultValue = "cloudcare-backend-demo-secret")
    String clientSecret;

    private volatile Keycloak keycloak;

    /** Creates an enabled user in the tenant with a one-time password that must be changed at first login. */
    public Invitation invite(String tenant, String username, String email, String firstName, String lastName,
            String role) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setAttributes(Map.of(CallerContext.TENANT_CLAIM, List.of(tenant)));
        String temporaryPassword = temporaryPassword();
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(temporaryPassword);
        credential.setTemporary(true);
        user.setCredentials(List.of(credential));
        String id = call(() -> {
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw CloudCareException.invalid("username",
                            "A user with the user name or e-mail address '" + username + "' already exists.");
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
        RoleRepresentation realmRole = call(() -> realm().roles().get(role).toRepresentation());
        call(() -> {
            realm().users().get(id).roles().realmLevel().add(List.of(realmRole));
            return null;
        });
        return new Invitation(new TenantUser(id, username, email, firstName, lastName, role, true, tenant),
                temporaryPassword);
    }

    /** The tenant's users with their CSC role, ordered by user name. */
    public List<TenantUser> users(String tenant) {
        return call(() -> {
            Map<String, String> roleByUser = new HashMap<>();
            for (String role : List.of(Roles.CSC_USER, Roles.CSC_BUSINESS_MANAGER, Roles.CSC_ADMIN)) {
                realm().roles().get(role).getUserMembers(0, MAX_USERS_PER_TENANT)
                        .forEach(member -> roleByUser.put(member.getId(), role));
            }
            return realm().users()
                    .searchByAttributes(0, MAX_USERS_PER_TENANT, null, false, CallerContext.TENANT_CLAIM + ":" + tenant)
                    .stream()
                    .map(user -> toTenantUser(user, roleByUser.get(user.getId()), tenant))
                    .sorted(Comparator.comparing(TenantUser::username))
                    .toList();
        });
    }

    /** The user, if it exists and belongs to the tenant; users of other tenants are not revealed. */
    public Optional<TenantUser> find(String tenant, String userId) {
        return call(() -> {
            try {
                UserRepresentation user = realm().users().get(userId).toRepresentation();
                if (!tenant.equals(tenantOf(user))) {
                    return Optional.empty();
                }
                String role = realm().users().get(userId).roles().realmLevel().listEffective().stream()
                        .map(RoleRepresentation::getName).filter(Roles.CUSTOMER_ROLES::contains).findFirst()
                        .orElse(null);
                return Optional.of(toTenantUser(user, role, tenant));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    public void disable(String userId) {
        call(() -> {
            UserRepresentation user = realm().users().get(userId).toRepresentation();
            user.setEnabled(false);
            realm().users().get(userId).update(user);
            return null;
        });
    }

    private static TenantUser toTenantUser(UserRepresentation user, String role, String tenant) {
        return new TenantUser(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(),
                user.getLastName(), role, Boolean.TRUE.equals(user.isEnabled()), tenant);
    }

    private static String tenantOf(UserRepresentation user) {
        Map<String, List<String>> attributes = user.getAttributes();
        List<String> tenants = attributes == null ? null : attributes.get(CallerContext.TENANT_CLAIM);
        return tenants == null || tenants.isEmpty() ? null : tenants.get(0);
    }

    private static String temporaryPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Keycloak being down or refusing is the provider's problem, not the caller's: report it without internals. */
    private <T> T call(KeycloakCall<T> call) {
        try {
            return call.run();
        } catch (CloudCareException e) {
            throw e;
        } catch (WebApplicationException | ProcessingException e) {
            LOG.log(Level.WARNING, "Keycloak admin API call failed", e);
            throw new CloudCareException(ErrorCode.INTERNAL,
                    "The user directory is not available right now; try again later.");
        }
    }

    private RealmResource realm() {
        Keycloak client = keycloak;
        if (client == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = KeycloakBuilder.builder().serverUrl(keycloakUrl).realm(realmName)
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId)
                            .clientSecret(clientSecret).build();
                }
                client = keycloak;
            }
        }
        return client.realm(realmName);
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @FunctionalInterface
    private interface KeycloakCall<T> {
        T run();
    }

    /** A new user and the one-time password to hand over; it is shown once and never stored by CloudCare. */
    public record Invitation(TenantUser user, String temporaryPassword) {
    }
}
