package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.cloudcare.audit.boundary.AuditTrail;
import org.cloudcare.audit.entity.AuditEntry;
import org.cloudcare.customer.boundary.Customers;
import org.cloudcare.customer.boundary.Customers.Customer360;
import org.cloudcare.customer.boundary.Interactions;
import org.cloudcare.customer.boundary.Subscriptions;
import org.cloudcare.customer.boundary.TenantUsers;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerContact;
import org.cloudcare.customer.entity.CustomerKind;
import org.cloudcare.customer.entity.CustomerStatus;
import org.cloudcare.customer.entity.Interaction;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.customer.entity.InteractionDirection;
import org.cloudcare.customer.entity.NotificationChannel;
import org.cloudcare.customer.entity.Subscription;
import org.cloudcare.it.support.BusinessManager;
import org.cloudcare.it.support.SupportRepresentative;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.ErrorCode;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.persistence.DatabaseMigration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The EJB boundary of the customer information area inside Payara Micro, on the real WAR and the in-memory H2 database
 * that Flyway migrates and the demo data fills: role checks, one transaction per boundary call with its audit line,
 * optimistic concurrency, the batched (window function) paging and UTC timestamps. Callers are the run-as helpers in
 * {@code support}; the test itself calls anonymously. All tests share one server and one database, so each one makes
 * its own customers or measures differences instead of absolute counts.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerBoundaryIT {

    private static final PageRequest ALL = PageRequest.of(PageRequest.MAX_FIRST, null);
    private static final PageRequest COUNT_ONLY = PageRequest.of(0, null);

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/cloudcare.war"))
                .addClass(CustomerBoundaryIT.class)
                .addPackage(BusinessManager.class.getPackage())
                // gives the run-as roles of the helpers a principal (Payara needs an explicit mapping for @RunAs)
                .addAsWebInfResource("run-as-glassfish-web.xml", "glassfish-web.xml");
    }

    @Inject
    BusinessManager manager;

    @Inject
    SupportRepresentative support;

    @Inject
    Customers customers;

    @Inject
    Interactions interactions;

    @Inject
    Subscriptions subscriptions;

    @Inject
    AuditTrail auditTrail;

    @Inject
    TenantUsers tenantUsers;

    @Test
    void flywayMigratedTheSchemaAndTheDemoTenantsAreThereWithContactsAndInteractions() throws Exception {
        DataSource dataSource = InitialContext.doLookup(DatabaseMigration.DATA_SOURCE);
        MigrationInfoService migrations = Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load().info();
        assertNotNull(migrations.current(), "no migration applied");
        assertEquals(0, migrations.pending().length, "pending migrations");
        assertTrue(migrations.applied().length > 0);
        for (MigrationInfo applied : migrations.applied()) {
            assertTrue(applied.getState().isApplied() && !applied.getState().isFailed(),
                    applied.getVersion() + " " + applied.getState());
        }

        Customer riverside = demoCustomer("riverside");
        Customer harbor = demoCustomer("harbor");
        assertEquals("Riverside General Hospital", riverside.getName());
        assertEquals(CustomerKind.HOSPITAL, riverside.getKind());
        assertEquals(CustomerStatus.ACTIVE, riverside.getStatus());
        assertEquals(CustomerKind.PUBLIC_HEALTH_CENTRE, harbor.getKind());

        List<List<CustomerContact>> contacts = support.call(() -> customers.contactsOf(
                List.of(riverside.getId(), harbor.getId())));
        assertEquals(List.of("Ben Hollis", "Dr. Rita Okafor"), names(contacts.get(0)));
        assertEquals(List.of("Helen Marsh"), names(contacts.get(1)));

        List<Page<Interaction>> histories = support.call(() -> interactions.historiesOf(
                List.of(riverside.getId(), harbor.getId()), ALL));
        assertTrue(subjects(histories.get(0)).containsAll(List.of("Onboarding call", "Welcome pack sent")),
                subjects(histories.get(0)).toString());
        assertEquals(List.of("Question about data location"), subjects(histories.get(1)));
    }

    @Test
    void theBusinessManagerCreatesACustomerAndItsAuditLineInTheSameTransaction() {
        long customersBefore = customerCount();
        String code = uniqueCode();

        Customer created = manager.call(() -> customers.create(code, "Northside Clinic", CustomerKind.CLINIC,
                "de-CH"));

        assertEquals(customersBefore + 1, customerCount());
        Customer stored = manager.call(() -> customers.customer(created.getId()));
        assertEquals(code, stored.getCode());
        assertEquals("Northside Clinic", stored.getName());
        assertEquals("de-CH", stored.getLanguage());
        assertEquals(CustomerStatus.ACTIVE, stored.getStatus());
        assertEquals(Set.of(NotificationChannel.PORTAL), stored.getNotificationChannels());
        List<AuditEntry> trail = auditOf(created.getId());
        assertEquals(List.of("CUSTOMER_CREATED"), actions(trail));
        assertEquals(code, trail.get(0).getTenant());
        assertEquals("Northside Clinic (CLINIC)", trail.get(0).getDetail());
        assertEquals("it-business-manager", trail.get(0).getActor(), "the run-as principal counts as provider staff");

        // the audit line joins the caller's transaction: roll that back and the customer and its line are both gone
        long auditBefore = auditCount();
        String rolledBack = uniqueCode();
        manager.runAndRollBack(() -> customers.create(rolledBack, "Ghost Clinic", CustomerKind.CLINIC, "en"));
        assertEquals(customersBefore + 1, customerCount());
        assertEquals(auditBefore, auditCount());
        assertTrue(manager.call(() -> customers.customers(null, ALL)).items().stream()
                .noneMatch(customer -> customer.getCode().equals(rolledBack)));
    }

    @Test
    void aRefusedCreationLeavesNeitherACustomerNorAnAuditLine() {
        long customersBefore = customerCount();
        long auditBefore = auditCount();

        assertRefused(ErrorCode.VALIDATION, "code",
                () -> manager.call(() -> customers.create("Not A Code", "Bad Code Clinic", CustomerKind.CLINIC, "en")));
        assertRefused(ErrorCode.VALIDATION, "code",
                () -> manager.call(() -> customers.create("riverside", "Second Riverside", CustomerKind.HOSPITAL, "en")));
        assertRefused(ErrorCode.VALIDATION, "language",
                () -> manager.call(() -> customers.create(uniqueCode(), "Klingon Clinic", CustomerKind.CLINIC, "klingon")));

        assertEquals(customersBefore, customerCount());
        assertEquals(auditBefore, auditCount());
        assertEquals("Riverside General Hospital", demoCustomer("riverside").getName());
    }

    @Test
    void aStaleVersionOnUpdateProfileIsAConflictAndChangesNothing() {
        Customer created = manager.call(() -> customers.create(uniqueCode(), "Eastside Clinic", CustomerKind.CLINIC,
                "en"));
        long seen = manager.call(() -> customers.customer(created.getId())).getVersion();
        manager.call(() -> customers.updateProfile(created.getId(), seen, "Eastside Medical Centre", "fr",
                Set.of(NotificationChannel.EMAIL)));
        Customer updated = manager.call(() -> customers.customer(created.getId()));
        assertEquals("Eastside Medical Centre", updated.getName());
        assertEquals(Set.of(NotificationChannel.PORTAL, NotificationChannel.EMAIL), updated.getNotificationChannels());
        assertTrue(updated.getVersion() > seen, "the version moves on with each change");

        CloudCareException stale = assertRefused(ErrorCode.CONFLICT, null,
                () -> manager.call(() -> customers.updateProfile(created.getId(), seen, "Lost Update Clinic", "it",
                        Set.of(NotificationChannel.WEBHOOK))));

        assertTrue(stale.getMessage().contains("changed by someone else"), stale.getMessage());
        Customer after = manager.call(() -> customers.customer(created.getId()));
        assertEquals("Eastside Medical Centre", after.getName());
        assertEquals("fr", after.getLanguage());
        assertEquals(Set.of(NotificationChannel.PORTAL, NotificationChannel.EMAIL), after.getNotificationChannels());
        assertEquals(updated.getVersion(), after.getVersion());
        assertEquals(List.of("CUSTOMER_CREATED", "CUSTOMER_PROFILE_UPDATED"), actionsOldestFirst(created.getId()));
    }

    @Test
    void suspendingASuspendedCustomerIsAConflictAndKeepsTheFirstReason() {
        Customer created = manager.call(() -> customers.create(uniqueCode(), "Westside Clinic", CustomerKind.CLINIC,
                "en"));
        Customer suspended = manager.call(() -> customers.suspend(created.getId(), "Invoices unpaid for 90 days."));
        assertEquals(CustomerStatus.SUSPENDED, suspended.getStatus());

        assertRefused(ErrorCode.CONFLICT, null,
                () -> manager.call(() -> customers.suspend(created.getId(), "Suspended twice.")));

        Customer after = manager.call(() -> customers.customer(created.getId()));
        assertEquals(CustomerStatus.SUSPENDED, after.getStatus());
        assertEquals("Invoices unpaid for 90 days.", after.getStatusReason());
        assertEquals(List.of("CUSTOMER_CREATED", "CUSTOMER_SUSPENDED"), actionsOldestFirst(created.getId()));

        manager.call(() -> customers.reactivate(created.getId()));
        assertEquals(CustomerStatus.ACTIVE, manager.call(() -> customers.customer(created.getId())).getStatus());
    }

    @Test
    void supportRecordsAnInteractionAndHistoriesComeOnePagePerCustomerInTheOrderAskedNewestFirst() {
        String riverside = demoCustomer("riverside").getId();
        String harbor = demoCustomer("harbor").getId();
        long riversideBefore = support.call(() -> interactions.historiesOf(List.of(riverside), COUNT_ONLY))
                .get(0).totalCount();

        Interaction recorded = support.call(() -> interactions.record(riverside, InteractionChannel.PHONE,
                InteractionDirection.INBOUND, "Restore of an imaging study", "Asked how long a restore takes."));

        assertEquals("it-support", recorded.getRecordedBy());

        PageRequest firstOne = PageRequest.of(1, null);
        List<Page<Interaction>> pages = support.call(() -> interactions.historiesOf(List.of(riverside, harbor),
                firstOne));
        assertEquals(2, pages.size());
        assertAll(
                () -> assertEquals(List.of(recorded.getId()), ids(pages.get(0)), "riverside's newest first"),
                () -> assertEquals(riversideBefore + 1, pages.get(0).totalCount()),
                () -> assertTrue(pages.get(0).hasNextPage()),
                () -> assertEquals(List.of("Question about data location"), subjects(pages.get(1))),
                () -> assertEquals(1, pages.get(1).totalCount()),
                () -> assertFalse(pages.get(1).hasNextPage()));

        List<Page<Interaction>> reversed = support.call(() -> interactions.historiesOf(List.of(harbor, riverside),
                firstOne));
        assertEquals(List.of(harbor, riverside), reversed.stream()
                .map(page -> page.items().get(0).getCustomerId()).toList());

        Page<Interaction> second = support.call(() -> interactions.historiesOf(List.of(riverside),
                PageRequest.of(1, PageRequest.cursorOf(0)))).get(0);
        assertEquals(1, second.items().size());
        assertEquals(1, second.offset());
        assertFalse(second.items().get(0).getId().equals(recorded.getId()));

        List<OffsetDateTime> times = support.call(() -> interactions.historiesOf(List.of(riverside), ALL)).get(0)
                .items().stream().map(Interaction::getOccurredAt).toList();
        assertEquals(riversideBefore + 1, times.size());
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isAfter(times.get(i - 1)), "newest first: " + times);
        }

        Customer360 view = support.call(() -> customers.customer360(riverside));
        assertEquals(riversideBefore + 1, view.interactionCount());
        assertSameMicrosecond(recorded.getOccurredAt(), view.lastInteractionAt());
        assertEquals(List.of("INTERACTION_RECORDED"), actions(auditOf(recorded.getId())));
    }

    @Test
    void inventoriesComeBackInTheOrderOfTheIdsAndAnUnknownCustomersIsAnEmptyPage() {
        String riverside = demoCustomer("riverside").getId();
        String harbor = demoCustomer("harbor").getId();
        List<String> asked = List.of(harbor, "no-such-customer", riverside);

        List<Page<Subscription>> pages = support.call(() -> subscriptions.inventoriesOf(asked, ALL));

        assertEquals(3, pages.size());
        // the demo orders gave Harbor one subscription and Riverside two
        assertTrue(pages.get(0).items().stream().allMatch(s -> s.getCustomerId().equals(harbor)));
        assertTrue(pages.get(0).totalCount() >= 1);
        assertEquals(List.of(), pages.get(1).items());
        assertEquals(0, pages.get(1).totalCount());
        assertFalse(pages.get(1).hasNextPage());
        assertTrue(pages.get(2).items().stream().allMatch(s -> s.getCustomerId().equals(riverside)));
        assertTrue(pages.get(2).totalCount() >= 2);
    }

    @Test
    void contactsOfKeepTheOrderOfTheIds() {
        String riverside = demoCustomer("riverside").getId();
        String harbor = demoCustomer("harbor").getId();

        List<List<CustomerContact>> contacts = support.call(() -> customers.contactsOf(
                List.of(harbor, "no-such-customer", riverside, harbor)));

        assertEquals(4, contacts.size());
        assertEquals(List.of("Helen Marsh"), names(contacts.get(0)));
        assertEquals(List.of(), contacts.get(1));
        assertEquals(List.of("Ben Hollis", "Dr. Rita Okafor"), names(contacts.get(2)));
        assertEquals(List.of("Helen Marsh"), names(contacts.get(3)));
        assertEquals(List.of(), support.call(() -> customers.contactsOf(List.of())));
    }

    @Test
    void anAnonymousCallerIsRefusedByEveryBoundary() {
        assertThrows(EJBAccessException.class, () -> customers.customers(null, ALL));
        assertThrows(EJBAccessException.class,
                () -> customers.create(uniqueCode(), "Anonymous Clinic", CustomerKind.CLINIC, "en"));
        assertThrows(EJBAccessException.class, () -> interactions.historiesOf(List.of(), ALL));
        assertThrows(EJBAccessException.class, () -> subscriptions.inventoriesOf(List.of(), ALL));
        assertThrows(EJBAccessException.class, () -> auditTrail.entries(null, null, ALL));
    }

    @Test
    void aRoleOutsideTheOperationIsRefusedBeforeAnythingRuns() {
        long customersBefore = customerCount();
        String riverside = demoCustomer("riverside").getId();

        assertThrows(EJBAccessException.class, () -> support.call(
                () -> customers.create(uniqueCode(), "Support Clinic", CustomerKind.CLINIC, "en")));
        assertThrows(EJBAccessException.class, () -> support.call(() -> customers.suspend(riverside, "No reason.")));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> interactions.record(riverside,
                InteractionChannel.EMAIL, InteractionDirection.OUTBOUND, "Not my job", null)));
        // tenant users belong to a customer's administrator; refused before Keycloak (not running) is ever asked
        assertThrows(EJBAccessException.class, () -> manager.call(() -> tenantUsers.users(ALL)));

        assertEquals(customersBefore, customerCount());
        assertEquals(CustomerStatus.ACTIVE, demoCustomer("riverside").getStatus());
    }

    @Test
    void timestampsComeBackInUtc() {
        Customer created = manager.call(() -> customers.create(uniqueCode(), "Southside Clinic", CustomerKind.CLINIC,
                "en"));
        Customer stored = manager.call(() -> customers.customer(created.getId()));
        String riverside = demoCustomer("riverside").getId();
        Interaction newest = support.call(() -> interactions.historiesOf(List.of(riverside), ALL)).get(0)
                .items().get(0);
        AuditEntry line = auditOf(created.getId()).get(0);
        Customer360 view = support.call(() -> customers.customer360(riverside));

        assertAll(
                () -> assertEquals(ZoneOffset.UTC, stored.getCreatedAt().getOffset(), "createdAt"),
                () -> assertEquals(ZoneOffset.UTC, stored.getUpdatedAt().getOffset(), "updatedAt"),
                () -> assertSameMicrosecond(created.getCreatedAt(), stored.getCreatedAt()),
                () -> assertEquals(ZoneOffset.UTC, newest.getOccurredAt().getOffset(), "interaction occurredAt"),
                () -> assertEquals(ZoneOffset.UTC, line.getOccurredAt().getOffset(), "audit occurredAt"),
                () -> assertEquals(ZoneOffset.UTC, view.lastInteractionAt().getOffset(), "lastInteractionAt"));
    }

    private Customer demoCustomer(String code) {
        return manager.call(() -> customers.customers(null, ALL)).items().stream()
                .filter(customer -> customer.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("demo customer " + code + " is missing"));
    }

    private long customerCount() {
        return manager.call(() -> customers.customers(null, COUNT_ONLY)).totalCount();
    }

    private long auditCount() {
        return manager.call(() -> auditTrail.entries(null, null, COUNT_ONLY)).totalCount();
    }

    /** The audit lines about one object, newest first. */
    private List<AuditEntry> auditOf(String entityId) {
        return manager.call(() -> auditTrail.entries(null, entityId, ALL)).items();
    }

    private List<String> actionsOldestFirst(String entityId) {
        return auditOf(entityId).stream().sorted((a, b) -> a.getOccurredAt().compareTo(b.getOccurredAt()))
                .map(AuditEntry::getAction).toList();
    }

    private static List<String> actions(List<AuditEntry> trail) {
        return trail.stream().map(AuditEntry::getAction).toList();
    }

    private static List<String> names(List<CustomerContact> contacts) {
        return contacts.stream().map(CustomerContact::getName).toList();
    }

    private static List<String> subjects(Page<Interaction> page) {
        return page.items().stream().map(Interaction::getSubject).toList();
    }

    private static List<String> ids(Page<Interaction> page) {
        return page.items().stream().map(Interaction::getId).toList();
    }

    private static String uniqueCode() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The database keeps microseconds (and rounds), the clock gives nanoseconds. */
    private static void assertSameMicrosecond(OffsetDateTime expected, OffsetDateTime actual) {
        assertTrue(Duration.between(expected, actual).abs().toNanos() < 1_000, expected + " vs " + actual);
    }

    private static CloudCareException assertRefused(ErrorCode code, String field, Executable action) {
        CloudCareException refusal = assertThrows(CloudCareException.class, action);
        assertEquals(code, refusal.code(), () -> "error code of: " + refusal.getMessage());
        assertEquals(field, refusal.field(), "field");
        return refusal;
    }
}
