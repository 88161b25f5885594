package org.cloudcare.customer.control;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
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
import org.keycloak.representations.idm.ErrorRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * The users of customers' tenants, kept in Keycloak and reached through its admin API with the
 * {@code cloudcare-backend} service account. Keycloak is the only store of users: CloudCare keeps no copy that could
 * drift. A user belongs to a tenant through its {@code customer_id} attribute, which only administrators can set.
 * <p>
 * Keycloak calls are not transactional. An invitation is therefore a sequence of small steps the boundary drives
 * ({@link #createDisabled}, {@link #grantRole}, {@link #enable}), with {@link #delete} as the compensation: a user is
 * enabled only once it has its role, so a failure midway never leaves a user that can sign in without one.
 * <p>
 * Keycloak's attribute search is not trusted to be exact (a non-exact search for tenant {@code river} also finds
 * {@code riverside}): exact matching is requested and every returned user's tenant is checked again here.
 */
@ApplicationScoped
public class TenantDirectory {

    /** The characters of a Keycloak user id (a UUID), with room for ids given at import. */
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    /** Keycloak answers lists in pages of this size; a shorter page is the last one. */
    static final int PAGE_SIZE = 200;
    static final String DEMO_SECRET = "cloudcare-backend-demo-secret";
    private static final Set<String> PROFILE_FIELDS = Set.of("username", "email", "firstName", "lastName");
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

    /** No default: the demo secret is used only while demo data is on (see {@link #clientSecret()}). */
    @Inject
    @ConfigProperty(name = "cloudcare.keycloak.backend-client-secret")
    Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "cloudcare.demo-data", defaultValue = "true")
    boolean demoData;

    private final AtomicBoolean refusalLogged = new AtomicBoolean();
    private volatile Keycloak keycloak;

    /**
     * The first step of an invitation: a disabled user of the tenant, without a role, with a one-time password that
     * must be changed at first login. When this fails, nothing was created. A name or e-mail address Keycloak refuses
     * is a VALIDATION failure naming the field.
     */
    public NewUser createDisabled(String tenant, String username, String email, String firstName, String lastName) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(false);
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
                int status = response.getStatus();
                if (status == Response.Status.CONFLICT.getStatusCode()
                        || status == Response.Status.BAD_REQUEST.getStatusCode()) {
                    throw refusal(status, response.readEntity(String.class), username, email);
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
        return new NewUser(id, temporaryPassword);
    }

    /** Gives the user one of the CSC realm roles (read by name, so a missing role fails here). */
    public void grantRole(String userId, String role) {
        call(() -> {
            RoleRepresentation realmRole = realm().roles().get(role).toRepresentation();
            realm().users().get(userId).roles().realmLevel().add(List.of(realmRole));
            return null;
        });
    }

    public void enable(String userId) {
        setEnabled(userId, true);
    }

    public void disable(String userId) {
        setEnabled(userId, false);
    }

    /**
     * The compensation of a failed invitation: deletes the user, or, if even that fails, makes sure it stays
     * disabled. Never throws; answers whether the user is gone.
     */
    public boolean delete(String userId) {
        try (Response response = realm().users().delete(userId)) {
            int status = response.getStatus();
            if (status == Response.Status.NO_CONTENT.getStatusCode()
                    || status == Response.Status.NOT_FOUND.getStatusCode()) {
                return true;
            }
            LOG.warning("Keycloak refused to delete user " + userId + " (HTTP " + status + ")");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete user " + userId + " from Keycloak", e);
        }
        try {
            setEnabled(userId, false);
            LOG.severe("User " + userId + " could not be deleted after a failed invitation; it stays disabled in "
                    + "Keycloak. Delete it there.");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "User " + userId + " could not be deleted nor disabled after a failed invitation; "
                    + "check it in Keycloak", e);
        }
        return false;
    }

    /** The tenant's users with their CSC role, ordered by user name. */
    public List<TenantUser> users(String tenant) {
        return call(() -> {
            Map<String, String> roleByUser = new HashMap<>();
            for (String role : List.of(Roles.CSC_USER, Roles.CSC_BUSINESS_MANAGER, Roles.CSC_ADMIN)) {
                allPages((first, max) -> realm().roles().get(role).getUserMembers(true, first, max))
                        .forEach(member -> roleByUser.put(member.getId(), role));
            }
            String query = CallerContext.TENANT_CLAIM + ":" + tenant;
            return allPages((first, max) -> realm().users().searchByAttributes(first, max, null, true, false, query))
                    .stream()
                    .filter(user -> tenant.equals(tenantOf(user)))
                    .map(user -> toTenantUser(user, roleByUser.get(user.getId()), tenant))
                    .sorted(Comparator.comparing(TenantUser::username))
                    .toList();
        });
    }

    /**
     * The user, if it exists and belongs to the tenant; users of other tenants are not revealed. Keycloak's user ids
     * are UUIDs: an id with other characters is no user and is not sent, because as a path segment it would address
     * something else of the admin API ({@code ""} is the user list, {@code ..} the realm, {@code ;} starts matrix
     * parameters) and Keycloak's refusal would look like an outage.
     */
    public Optional<TenantUser> find(String tenant, String userId) {
        if (!USER_ID.matcher(userId).matches()) {
            return Optional.empty();
        }
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

    private void setEnabled(String userId, boolean enabled) {
        call(() -> {
            UserRepresentation user = realm().users().get(userId).toRepresentation();
            user.setEnabled(enabled);
            realm().users().get(userId).update(user);
            return null;
        });
    }

    /** Reads a list from Keycloak page by page until a short page: no silent cut at a page size. */
    static List<UserRepresentation> allPages(BiFunction<Integer, Integer, List<UserRepresentation>> page) {
        List<UserRepresentation> all = new ArrayList<>();
        for (int first = 0;; first += PAGE_SIZE) {
            List<UserRepresentation> users = page.apply(first, PAGE_SIZE);
            all.addAll(users);
            if (users.size() < PAGE_SIZE) {
                return all;
            }
        }
    }

    /**
     * Keycloak refused to create the user (409 or 400). It does not say reliably which field is at fault, so ask it:
     * an existing user name, then an existing e-mail address; otherwise the field its error names, if any.
     */
    private CloudCareException refusal(int status, String body, String username, String email) {
        if (realm().users().searchByUsername(username, true).stream()
                .anyMatch(user -> username.equalsIgnoreCase(user.getUsername()))) {
            return CloudCareException.invalid("username", "The user name '" + username + "' is already taken.");
        }
        if (realm().users().searchByEmail(email, true).stream()
                .anyMatch(user -> email.equalsIgnoreCase(user.getEmail()))) {
            return CloudCareException.invalid("email", "The e-mail address '" + email + "' is already used by "
                    + "another user.");
        }
        KeycloakError error = KeycloakError.of(body);
        LOG.info("Keycloak refused a new user (HTTP " + status + "): " + body);
        if (status == Response.Status.CONFLICT.getStatusCode()) {
            return CloudCareException.conflict("The user directory refuses this user as a duplicate ("
                    + error.message() + ").");
        }
        String field = PROFILE_FIELDS.contains(error.field()) ? error.field() : null;
        return CloudCareException.invalid(field, "The user directory refuses "
                + (field == null ? "this user" : "this " + field) + " (" + error.message() + ").");
    }

    private static TenantUser toTenantUser(UserRepresentation user, String role, String tenant) {
        return new TenantUser(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(),
                user.getLastName(), role, Boolean.TRUE.equals(user.isEnabled()), tenant);
    }

    private static String tenantOf(UserRepresentation user) {
        Map<String, List<String>> attributes = user.getAttributes();
        List<String> tenants = attributes == null ? null : attributes.get(CallerContext.TENANT_CLAIM);
        return tenants == null || tenants.size() != 1 ? null : tenants.get(0);
    }

    private static String temporaryPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Keycloak being down or failing is the provider's problem, not the caller's: report it without internals. */
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

    /**
     * The configured secret; without one, the demo secret only while demo data is on. A production server without a
     * secret refuses tenant user management rather than try a secret that is public.
     */
    String clientSecret() {
        if (configuredSecret.isPresent() && !configuredSecret.get().isBlank()) {
            return configuredSecret.get();
        }
        if (demoData) {
            return DEMO_SECRET;
        }
        if (refusalLogged.compareAndSet(false, true)) {
            LOG.severe("Tenant user management is off: cloudcare.demo-data is false and "
                    + "cloudcare.keycloak.backend-client-secret (CLOUDCARE_KEYCLOAK_BACKEND_CLIENT_SECRET) is not "
                    + "set. Set it to the secret of the Keycloak client " + clientId + ".");
        }
        throw new CloudCareException(ErrorCode.INTERNAL,
                "Tenant user management is not configured on this server yet; please contact your provider.");
    }

    private RealmResource realm() {
        Keycloak client = keycloak;
        if (client == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = KeycloakBuilder.builder().serverUrl(keycloakUrl).realm(realmName)
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId)
                            .clientSecret(clientSecret()).build();
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

    /** A user just created, still disabled and without a role, and its one-time password. */
    public record NewUser(String id, String temporaryPassword) {
    }

    /** A new user and the one-time password to hand over; it is shown once and never stored by CloudCare. */
    public record Invitation(TenantUser user, String temporaryPassword) {
    }

    /**
     * What Keycloak says when it refuses a user: {@code {"field": ..., "errorMessage": ...}}, or several such under
     * {@code errors}; anything else is kept as the message.
     */
    record KeycloakError(String field, String message) {

        static KeycloakError of(String body) {
            if (body == null || body.isBlank()) {
                return new KeycloakError(null, "no reason given");
            }
            try {
                ErrorRepresentation error = JsonSerialization.readValue(body, ErrorRepresentation.class);
                if (error.getField() == null && error.getErrors() != null && !error.getErrors().isEmpty()) {
                    error = error.getErrors().get(0);
                }
                return new KeycloakError(error.getField(),
                        error.getErrorMessage() == null ? "no reason given" : error.getErrorMessage());
            } catch (IOException | RuntimeException notKeycloaksErrorFormat) {
                return new KeycloakError(null, body.length() > 200 ? body.substring(0, 200) : body);
            }
        }
    }
}
