package org.cloudcare.it;

import static org.cloudcare.it.support.GraphQL.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.cloudcare.it.support.Demo;
import org.cloudcare.it.support.GraphQL;
import org.cloudcare.it.support.KeycloakAdmin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A customer's administrator manages its tenant's users, created for real in Keycloak through the admin API; no
 * administrator can see or touch another tenant's users.
 */
class TenantUsersIT {

    private static final String INVITE = """
            mutation($input: InviteTenantUserInput!) { inviteTenantUser(input: $input) {
              user { id username email role enabled } temporaryPassword } }""";
    private static final String USERS = "{ tenantUsers(first: 100) { totalCount edges { node { id username role enabled } } } }";
    private static final String DISABLE = "mutation($id: ID!) { disableTenantUser(id: $id) { username enabled } }";
    private static final String AUDIT = "query($id: String) { auditTrail(entityId: $id) { edges { node { action actor } } } }";
    /** The user names this class creates in Keycloak, deleted again after all tests. */
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    @AfterAll
    static void deleteCreatedUsers() {
        CREATED.forEach(KeycloakAdmin::deleteUsersNamed);
    }

    @Test
    void adamListsRiversideUsersOnlyWithTheirRoles() {
        Map<String, String> roles = usernamesAndRoles("adam");
        assertEquals("csc-user", roles.get("alice"));
        assertEquals("csc-admin", roles.get("adam"));
        assertEquals("csc-business-manager", roles.get("bianca"));
        assertFalse(roles.containsKey("hugo"));
        assertFalse(roles.containsKey("harriet"));
        assertFalse(roles.containsKey("sam"));
        Map<String, String> harbor = usernamesAndRoles("hugo");
        assertTrue(harbor.containsKey("harriet"));
        assertFalse(harbor.containsKey("alice"));
    }

    @Test
    void anInvitedUserIsCreatedInKeycloakInTheAdministratorsTenant() {
        String username = created(Demo.unique("nurse"));
        JsonObject invitation = as("adam", INVITE, "input", Map.of("username", username,
                "email", username + "@riverside.example", "firstName", "Nora", "lastName", "Night",
                "role", "CSC_USER")).data().getJsonObject("inviteTenantUser");
        assertEquals("csc-user", invitation.getJsonObject("user").getString("role"));
        assertTrue(invitation.getString("temporaryPassword").length() >= 12);
        assertEquals("csc-user", usernamesAndRoles("adam").get(username));
        assertFalse(usernamesAndRoles("hugo").containsKey(username));
        assertEquals(List.of("TENANT_USER_INVITED"), auditActions("adam", username));
        JsonObject inKeycloak = KeycloakAdmin.usersNamed(username).get(0);
        assertTrue(inKeycloak.getBoolean("enabled"));
    }

    @Test
    void anAdministratorDisablesAUserOfItsTenantButNotOfAnother() {
        String username = created(Demo.unique("temp"));
        String id = as("hugo", INVITE, "input", Map.of("username", username, "email", username + "@harbor.example",
                "firstName", "Tess", "lastName", "Temp", "role", "CSC_BUSINESS_MANAGER")).data()
                .getJsonObject("inviteTenantUser").getJsonObject("user").getString("id");
        assertEquals("NOT_FOUND", as("adam", DISABLE, "id", id).errorCode());
        assertTrue(enabled("hugo", username));
        JsonObject disabled = as("hugo", DISABLE, "id", id).data().getJsonObject("disableTenantUser");
        assertFalse(disabled.getBoolean("enabled"));
        assertFalse(enabled("hugo", username));
        assertEquals(List.of("TENANT_USER_DISABLED", "TENANT_USER_INVITED"), auditActions("hugo", username));
    }

    @Test
    void anAdministratorCannotDisableItself() {
        String adamsId = userId("adam", "adam");
        assertEquals("CONFLICT", as("adam", DISABLE, "id", adamsId).errorCode());
        assertTrue(enabled("adam", "adam"));
        assertEquals("NOT_FOUND", as("adam", DISABLE, "id", "00000000-0000-0000-0000-000000000000").errorCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "bianca", "harriet", "sam", "selma", "otto", "bruno"})
    void onlyCustomerAdministratorsManageTenantUsers(String user) {
        assertEquals("FORBIDDEN", as(user, USERS).errorCode());
        assertEquals("FORBIDDEN", as(user, INVITE, "input", Map.of("username", Demo.unique("x"),
                "email", "x@riverside.example", "firstName", "X", "lastName", "Y", "role", "CSC_ADMIN")).errorCode());
        assertEquals("FORBIDDEN", as(user, DISABLE, "id", userId("adam", "alice")).errorCode());
    }

    @Test
    void badInvitationsNameTheFieldAndCreateNobody() {
        int before = usernamesAndRoles("adam").size();
        assertInvalid("username", Map.of("username", "Bad Name", "email", "a@riverside.example",
                "firstName", "A", "lastName", "B", "role", "CSC_USER"));
        assertInvalid("username", Map.of("username", "alice", "email", "alice2@riverside.example",
                "firstName", "A", "lastName", "B", "role", "CSC_USER"));
        assertInvalid("email", Map.of("username", Demo.unique("ok"), "email", "nope",
                "firstName", "A", "lastName", "B", "role", "CSC_USER"));
        assertInvalid("firstName", Map.of("username", Demo.unique("ok"), "email", "ok@riverside.example",
                "firstName", "", "lastName", "B", "role", "CSC_USER"));
        assertEquals(before, usernamesAndRoles("adam").size());
    }

    @Test
    void aClashWithAnExistingUserNamesTheFieldThatClashesAndIsNotAudited() {
        String newName = Demo.unique("clash");
        assertInvalid("email", Map.of("username", newName, "email", "alice@riverside.example",
                "firstName", "A", "lastName", "B", "role", "CSC_USER"));
        assertInvalid("username", Map.of("username", "hugo", "email", newName + "@riverside.example",
                "firstName", "A", "lastName", "B", "role", "CSC_USER"));
        assertEquals(List.of(), KeycloakAdmin.usersNamed(newName));
        assertEquals(List.of(), auditActions("adam", newName));
        assertEquals(List.of(), auditActions("adam", "hugo"));
    }

    @Test
    void aNameKeycloakRefusesIsAValidationErrorOfThatField() {
        String username = created(Demo.unique("odd"));
        assertInvalid("firstName", Map.of("username", username, "email", username + "@riverside.example",
                "firstName", "Nora$<b>", "lastName", "Night", "role", "CSC_USER"));
        assertEquals(List.of(), KeycloakAdmin.usersNamed(username));
        assertEquals(List.of(), auditActions("adam", username));
    }

    /**
     * The role lookup fails after Keycloak created the (disabled) user: the invitation is undone, answers an error,
     * and the audit trail keeps what happened in Keycloak although the mutation's transaction rolled back.
     */
    @Test
    void anInvitationThatFailsMidwayIsUndoneAndAudited() {
        String role = "csc-business-manager";
        String renamed = Demo.unique("csc-business-manager-renamed");
        String roleId = KeycloakAdmin.role(role).getString("id");
        String username = created(Demo.unique("midway"));
        GraphQL.Answer answer;
        List<JsonObject> usersAfterwards;
        try {
            KeycloakAdmin.renameRole(role, renamed);
            assertEquals(roleId, KeycloakAdmin.role(renamed).getString("id"));
            answer = as("adam", INVITE, "input", Map.of("username", username, "email", username + "@riverside.example",
                    "firstName", "Mia", "lastName", "Midway", "role", "CSC_BUSINESS_MANAGER"));
            usersAfterwards = KeycloakAdmin.usersNamed(username);
        } finally {
            KeycloakAdmin.renameRole(renamed, role);
        }
        assertEquals("INTERNAL", answer.errorCode(), answer.body());
        JsonValue data = answer.json().get("data");
        assertTrue(data == null || data == JsonValue.NULL
                || data.asJsonObject().get("inviteTenantUser") == JsonValue.NULL, answer.body());
        assertEquals(List.of(), usersAfterwards);
        assertEquals(List.of("TENANT_USER_INVITATION_UNDONE"), auditActions("adam", username));
        assertEquals(roleId, KeycloakAdmin.role(role).getString("id"));
        assertTrue(KeycloakAdmin.roleMembers(role).contains("bianca"));
        assertEquals("csc-business-manager", usernamesAndRoles("adam").get("bianca"));
    }

    /**
     * Keycloak's attribute search is not exact in every form: non-exact it finds "river" inside "riverside", and even
     * exact it ignores case: Keycloak 26.7.3 answers both users below for customer_id:river, although "River" is
     * another tenant for CloudCare. A tenant's list shows only its own users.
     */
    @Test
    void aTenantSeesNeitherUsersOfATenantItsCodeIsAPrefixOfNorOfTheSameCodeInOtherCase() {
        String riverAdmin = created(Demo.unique("river-admin"));
        KeycloakAdmin.createUser(riverAdmin, "river", "csc-admin");
        String otherCase = created(Demo.unique("river-other-case"));
        KeycloakAdmin.createUser(otherCase, "River", "csc-user");
        Map<String, String> river = usernamesAndRoles(riverAdmin);
        assertEquals("csc-admin", river.get(riverAdmin), river.toString());
        assertFalse(river.containsKey(otherCase), river.toString());
        assertFalse(river.containsKey("alice"), river.toString());
        assertFalse(river.containsKey("adam"), river.toString());
        assertFalse(river.containsKey("bianca"), river.toString());
        assertFalse(usernamesAndRoles("adam").containsKey(riverAdmin));
    }

    private static void assertInvalid(String field, Map<String, Object> input) {
        GraphQL.Answer answer = as("adam", INVITE, "input", input);
        assertEquals("VALIDATION", answer.errorCode(), answer.body());
        assertEquals(field, answer.errorField(), answer.body());
    }

    private static String created(String username) {
        CREATED.add(username);
        return username;
    }

    /** The audit actions about the user name, newest first, as the administrator sees them. */
    private static List<String> auditActions(String admin, String username) {
        return as(admin, AUDIT, "id", username).data().getJsonObject("auditTrail").getJsonArray("edges").stream()
                .map(edge -> edge.asJsonObject().getJsonObject("node").getString("action")).toList();
    }

    private static List<JsonObject> users(String admin) {
        return as(admin, USERS).data().getJsonObject("tenantUsers").getJsonArray("edges").stream()
                .map(edge -> edge.asJsonObject().getJsonObject("node")).toList();
    }

    private static Map<String, String> usernamesAndRoles(String admin) {
        Map<String, String> roles = new java.util.HashMap<>();
        users(admin).forEach(user -> roles.put(user.getString("username"), user.getString("role", "")));
        return roles;
    }

    private static String userId(String admin, String username) {
        return users(admin).stream().filter(user -> user.getString("username").equals(username)).findFirst()
                .orElseThrow().getString("id");
    }

    private static boolean enabled(String admin, String username) {
        return users(admin).stream().filter(user -> user.getString("username").equals(username)).findFirst()
                .orElseThrow().getBoolean("enabled");
    }
}
