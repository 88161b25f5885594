package org.cloudcare.it;

import static org.cloudcare.it.support.GraphQL.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.cloudcare.it.support.Demo;
import org.cloudcare.it.support.GraphQL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Changing customer information: who may, what bad input gets (VALIDATION naming the field), and that a refused
 * change leaves nothing behind - neither the change nor its audit line.
 */
class CustomerChangesIT {

    private static final String CREATE = """
            mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id code name kind status version } }""";
    private static final String UPDATE = """
            mutation($input: UpdateCustomerProfileInput!) {
              updateCustomerProfile(input: $input) { id name language notificationChannels version } }""";
    private static final String ADD_CONTACT = """
            mutation($input: AddCustomerContactInput!) { addCustomerContact(input: $input) { id name email } }""";
    private static final String RECORD = """
            mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { id subject recordedBy } }""";
    private static final String PROFILE = "query($id: ID!) { customer(id: $id) { name language version } }";

    @Test
    void theBusinessManagerCreatesACustomerAndTheAuditTrailSaysSo() {
        String code = Demo.unique("clinic");
        JsonObject created = as("bruno", CREATE, "input", Map.of("code", code, "name", "Northside Clinic",
                "kind", "CLINIC", "language", "de-CH")).data().getJsonObject("createCustomer");
        assertEquals(code, created.getString("code"));
        assertEquals("ACTIVE", created.getString("status"));
        JsonObject audit = as("bruno", "query($id: String) { auditTrail(entityId: $id) { edges { node { actor action"
                + " tenant } } } }", "id", created.getString("id")).data().getJsonObject("auditTrail");
        JsonObject entry = audit.getJsonArray("edges").getJsonObject(0).getJsonObject("node");
        assertEquals("bruno", entry.getString("actor"));
        assertEquals("CUSTOMER_CREATED", entry.getString("action"));
        assertEquals(code, entry.getString("tenant"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "hugo", "sam", "selma", "otto"})
    void onlyTheProviderBusinessManagerCreatesCustomers(String user) {
        long before = customerCount();
        assertEquals("FORBIDDEN", as(user, CREATE, "input", Map.of("code", Demo.unique("x"), "name", "X",
                "kind", "CLINIC")).errorCode());
        assertEquals(before, customerCount());
    }

    @Test
    void badCustomerInputNamesTheFieldAndWritesNothing() {
        long customers = customerCount();
        long audit = auditCount();
        assertInvalid("code", CREATE, Map.of("code", "Not A Code", "name", "X", "kind", "CLINIC"));
        assertInvalid("code", CREATE, Map.of("code", "riverside", "name", "Duplicate", "kind", "HOSPITAL"));
        assertInvalid("name", CREATE, Map.of("code", Demo.unique("y"), "name", " ", "kind", "CLINIC"));
        assertInvalid("name", CREATE, Map.of("code", Demo.unique("y"), "name", "n".repeat(201), "kind", "CLINIC"));
        assertInvalid("language", CREATE, Map.of("code", Demo.unique("y"), "name", "Y", "kind", "CLINIC",
                "language", "klingon"));
        assertEquals(customers, customerCount());
        assertEquals(audit, auditCount());
    }

    @Test
    void theSameCodeCreatedConcurrentlyGivesOneCustomerAndValidationErrorsNamingTheCode() {
        String code = Demo.unique("race");
        List<GraphQL.Answer> answers = java.util.stream.IntStream.range(0, 6).parallel()
                .mapToObj(i -> as("bruno", CREATE, "input", Map.of("code", code, "name", "Racer " + i,
                        "kind", "CLINIC")))
                .toList();

        List<GraphQL.Answer> created = answers.stream().filter(answer -> answer.errors().isEmpty()).toList();
        assertEquals(1, created.size(), answers::toString);
        for (GraphQL.Answer refused : answers.stream().filter(answer -> !answer.errors().isEmpty()).toList()) {
            assertEquals("VALIDATION", refused.errorCode(), refused.body());
            assertEquals("code", refused.errorField(), refused.body());
        }
    }

    @Test
    void controlCharactersAreRefusedNamingTheFieldAndNothingIsWritten() {
        long customers = customerCount();
        long audit = auditCount();
        assertInvalid("name", CREATE, Map.of("code", Demo.unique("nul"), "name", "Nul\u0000Clinic", "kind", "CLINIC"));
        assertInvalid("role", ADD_CONTACT, Map.of("customerId", Demo.riversideId(), "name", "Eve",
                "role", "IT\u001B[31m", "email", "eve@riverside.example"));
        assertInvalid("name", ADD_CONTACT, Map.of("customerId", Demo.riversideId(), "name", "\u202Eevil",
                "role", "IT", "email", "eve@riverside.example"));
        assertInvalid("subject", RECORD, Map.of("customerId", Demo.riversideId(), "channel", "EMAIL",
                "direction", "INBOUND", "subject", "two\nlines"), "sam");
        assertInvalid("description", RECORD, Map.of("customerId", Demo.riversideId(), "channel", "EMAIL",
                "direction", "INBOUND", "subject", "Hostile", "description", "nul \u0000 byte"), "sam");
        assertEquals(customers, customerCount());
        assertEquals(audit, auditCount());
    }

    @Test
    void lineBreaksAreKeptInLongTexts() {
        JsonObject recorded = as("sam", RECORD, "input", Map.of("customerId", Demo.riversideId(), "channel", "EMAIL",
                "direction", "INBOUND", "subject", "Multi-line", "description", "First line.\nSecond line.")).data()
                .getJsonObject("recordInteraction");
        assertEquals("Multi-line", recorded.getString("subject"));
    }

    @Test
    void anIdWithAControlCharacterCannotExist() {
        assertEquals("NOT_FOUND", as("sam", PROFILE, "id", "abc\u0000def").errorCode());
        assertEquals("NOT_FOUND", as("bruno", "mutation($id: ID!) { suspendCustomer(id: $id, reason: \"x\") { id } }",
                "id", Demo.riversideId() + "\u0000").errorCode());
    }

    @Test
    void anUnknownEnumValueIsRefusedBeforeAnythingRuns() {
        long before = customerCount();
        GraphQL.Answer answer = as("bruno", CREATE, "input", Map.of("code", Demo.unique("z"), "name", "Z",
                "kind", "SPACESHIP"));
        assertEquals("VALIDATION", answer.errorCode(), answer.body());
        assertTrue(answer.body().contains("SPACESHIP"), answer.body());
        assertFalse(answer.json().containsKey("data") && !answer.json().isNull("data"), answer.body());
        assertEquals(before, customerCount());
    }

    @Test
    void theCustomerAdministratorEditsItsOwnProfile() {
        long version = profile("adam", Demo.riversideId()).getJsonNumber("version").longValue();
        JsonObject updated = as("adam", UPDATE, "input", Map.of("customerId", Demo.riversideId(), "version", version,
                "name", "Riverside General Hospital", "language", "en", "notificationChannels", List.of("EMAIL")))
                .data().getJsonObject("updateCustomerProfile");
        assertTrue(updated.getJsonNumber("version").longValue() > version);
        assertEquals(List.of("PORTAL", "EMAIL"), updated.getJsonArray("notificationChannels").stream()
                .map(channel -> ((jakarta.json.JsonString) channel).getString()).toList());
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        JsonObject before = profile("adam", Demo.riversideId());
        long stale = before.getJsonNumber("version").longValue() - 1;
        GraphQL.Answer answer = as("adam", UPDATE, "input", Map.of("customerId", Demo.riversideId(), "version", stale,
                "name", "Overwritten", "language", "en", "notificationChannels", List.of()));
        assertEquals("CONFLICT", answer.errorCode());
        assertEquals(before, profile("adam", Demo.riversideId()));
    }

    @Test
    void anotherTenantsProfileCannotBeEditedWhateverIdIsSent() {
        JsonObject harbor = profile("hugo", Demo.harborId());
        GraphQL.Answer answer = as("adam", UPDATE, "input", Map.of("customerId", Demo.harborId(),
                "version", harbor.getJsonNumber("version").longValue(), "name", "Taken over", "language", "en",
                "notificationChannels", List.of()));
        assertEquals("NOT_FOUND", answer.errorCode());
        assertEquals(harbor, profile("hugo", Demo.harborId()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "bianca", "sam", "selma", "otto"})
    void profilesAreEditedOnlyByAdministratorsAndTheBusinessManager(String user) {
        JsonObject before = profile("adam", Demo.riversideId());
        assertEquals("FORBIDDEN", as(user, UPDATE, "input", Map.of("customerId", Demo.riversideId(),
                "version", before.getJsonNumber("version").longValue(), "name", "Nope", "language", "en",
                "notificationChannels", List.of())).errorCode());
        assertEquals(before, profile("adam", Demo.riversideId()));
    }

    @Test
    void badProfileInputNamesTheFieldAndChangesNothing() {
        JsonObject before = profile("adam", Demo.riversideId());
        long version = before.getJsonNumber("version").longValue();
        assertInvalid("language", UPDATE, Map.of("customerId", Demo.riversideId(), "version", version,
                "name", "Riverside", "language", "english", "notificationChannels", List.of()), "adam");
        assertInvalid("name", UPDATE, Map.of("customerId", Demo.riversideId(), "version", version,
                "name", "", "language", "en", "notificationChannels", List.of()), "adam");
        assertEquals(before, profile("adam", Demo.riversideId()));
        assertEquals("NOT_FOUND", as("adam", UPDATE, "input", Map.of("customerId", "no-such-customer",
                "version", 0, "name", "X", "language", "en", "notificationChannels", List.of())).errorCode());
    }

    @Test
    void contactsAreAddedAndRemovedByTheCustomerAdministrator() {
        JsonObject contact = as("adam", ADD_CONTACT, "input", Map.of("customerId", Demo.riversideId(),
                "name", "Night Shift Lead", "role", "Operations", "email", "night@riverside.example",
                "phone", "+1 555 0199")).data().getJsonObject("addCustomerContact");
        assertTrue(contactEmails().contains("night@riverside.example"));
        as("adam", "mutation($c: ID!, $k: ID!) { removeCustomerContact(customerId: $c, contactId: $k) { id } }",
                "c", Demo.riversideId(), "k", contact.getString("id")).data();
        assertFalse(contactEmails().contains("night@riverside.example"));
    }

    @Test
    void contactRulesNameTheField() {
        int before = contactEmails().size();
        assertInvalid("email", ADD_CONTACT, Map.of("customerId", Demo.riversideId(), "name", "X", "role", "Y",
                "email", "not-an-address"), "adam");
        assertInvalid("phone", ADD_CONTACT, Map.of("customerId", Demo.riversideId(), "name", "X", "role", "Y",
                "email", "x@riverside.example", "phone", "call me"), "adam");
        assertEquals("NOT_FOUND", as("hugo", ADD_CONTACT, "input", Map.of("customerId", Demo.riversideId(),
                "name", "Spy", "role", "Spy", "email", "spy@harbor.example")).errorCode());
        assertEquals("NOT_FOUND", as("adam", "mutation($c: ID!, $k: ID!) { removeCustomerContact(customerId: $c,"
                + " contactId: $k) { id } }", "c", Demo.riversideId(), "k", "no-such-contact").errorCode());
        assertEquals(before, contactEmails().size());
    }

    @Test
    void supportRecordsAnInteractionThatTheCustomerSeesInItsHistory() {
        String subject = Demo.unique("Call about backups");
        JsonObject recorded = as("sam", RECORD, "input", Map.of("customerId", Demo.riversideId(), "channel", "PHONE",
                "direction", "INBOUND", "subject", subject, "description", "Asked about RPO.")).data()
                .getJsonObject("recordInteraction");
        assertEquals("sam", recorded.getString("recordedBy"));
        String history = as("alice", "query($id: ID!) { customer(id: $id) { interactions(first: 5) { edges { node {"
                + " subject } } } } }", "id", Demo.riversideId()).body();
        assertTrue(history.contains(subject), history);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "adam", "bianca", "otto", "bruno"})
    void onlySupportAndServiceManagersRecordInteractions(String user) {
        assertEquals("FORBIDDEN", as(user, RECORD, "input", Map.of("customerId", Demo.riversideId(),
                "channel", "CHAT", "direction", "INBOUND", "subject", "Hello")).errorCode());
    }

    @Test
    void anInteractionNeedsASubject() {
        assertInvalid("subject", RECORD, Map.of("customerId", Demo.riversideId(), "channel", "EMAIL",
                "direction", "OUTBOUND", "subject", "  "), "sam");
    }

    @Test
    void suspendingFollowsTheCustomerLifecycle() {
        String id = as("bruno", CREATE, "input", Map.of("code", Demo.unique("lapsed"), "name", "Lapsed Clinic",
                "kind", "CLINIC")).data().getJsonObject("createCustomer").getString("id");
        String suspend = "mutation($id: ID!) { suspendCustomer(id: $id, reason: \"Unpaid invoices\") { status statusReason } }";
        String reactivate = "mutation($id: ID!) { reactivateCustomer(id: $id) { status } }";
        assertEquals("FORBIDDEN", as("sam", suspend, "id", id).errorCode());
        assertEquals("SUSPENDED", as("bruno", suspend, "id", id).data().getJsonObject("suspendCustomer")
                .getString("status"));
        assertEquals("CONFLICT", as("bruno", suspend, "id", id).errorCode());
        assertEquals("ACTIVE", as("bruno", reactivate, "id", id).data().getJsonObject("reactivateCustomer")
                .getString("status"));
        assertEquals("CONFLICT", as("bruno", reactivate, "id", id).errorCode());
    }

    @Test
    void eachTenantAdministratorReadsOnlyItsOwnAuditTrail() {
        String query = "{ auditTrail(first: 100) { totalCount edges { node { tenant actor action } } } }";
        as("adam", ADD_CONTACT, "input", Map.of("customerId", Demo.riversideId(), "name", "Auditor",
                "role", "Audit", "email", "audit@riverside.example")).data();
        as("hugo", ADD_CONTACT, "input", Map.of("customerId", Demo.harborId(), "name", "Auditor",
                "role", "Audit", "email", "audit@harbor.example")).data();
        JsonObject riverside = as("adam", query).data().getJsonObject("auditTrail");
        JsonObject harbor = as("hugo", query).data().getJsonObject("auditTrail");
        assertTrue(riverside.getInt("totalCount") > 0);
        assertTrue(harbor.getInt("totalCount") > 0, "hugo's own change must be in his trail");
        assertEquals(List.of("riverside"), tenantsIn(riverside));
        assertEquals(List.of("harbor"), tenantsIn(harbor));
        assertEquals("FORBIDDEN", as("alice", query).errorCode());
        assertEquals("FORBIDDEN", as("bianca", query).errorCode());
        assertTrue(as("bruno", query).data().getJsonObject("auditTrail").getInt("totalCount")
                >= riverside.getInt("totalCount"));
    }

    @Test
    void pageSizesAreBounded() {
        GraphQL.Answer answer = as("sam", "{ customers(first: 101) { totalCount } }");
        assertEquals("VALIDATION", answer.errorCode());
        assertEquals("first", answer.errorField());
        GraphQL.Answer cursor = as("sam", "{ customers(after: \"bm9wZQ\") { totalCount } }");
        assertEquals("VALIDATION", cursor.errorCode());
        assertEquals("after", cursor.errorField());
    }

    private static List<String> tenantsIn(JsonObject auditTrail) {
        return auditTrail.getJsonArray("edges").stream()
                .map(edge -> edge.asJsonObject().getJsonObject("node").getString("tenant")).distinct().toList();
    }

    private static void assertInvalid(String field, String mutation, Map<String, Object> input) {
        assertInvalid(field, mutation, input, "bruno");
    }

    private static void assertInvalid(String field, String mutation, Map<String, Object> input, String user) {
        GraphQL.Answer answer = as(user, mutation, "input", input);
        assertEquals("VALIDATION", answer.errorCode(), answer.body());
        assertEquals(field, answer.errorField(), answer.body());
        assertFalse(answer.body().contains("Exception"), "no class names in errors: " + answer.body());
    }

    private static JsonObject profile(String user, String id) {
        return as(user, PROFILE, "id", id).data().getJsonObject("customer");
    }

    private static List<String> contactEmails() {
        return as("adam", "query($id: ID!) { customer(id: $id) { contacts { email } } }", "id", Demo.riversideId())
                .data().getJsonObject("customer").getJsonArray("contacts").stream()
                .map(contact -> contact.asJsonObject().getString("email")).toList();
    }

    private static long customerCount() {
        return as("sam", "{ customers { totalCount } }").data().getJsonObject("customers").getInt("totalCount");
    }

    private static long auditCount() {
        return as("bruno", "{ auditTrail { totalCount } }").data().getJsonObject("auditTrail").getInt("totalCount");
    }
}
