package org.cloudcare.customer.entity;

import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.cloudcare.platform.error.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cloudcare.platform.error.ErrorCode;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T10:00:00Z");
    private static final Clock AT_CREATION = Clock.fixed(CREATED, ZoneOffset.UTC);
    private static final Instant NEXT_DAY = CREATED.plus(Duration.ofDays(1));
    private static final Clock A_DAY_LATER = Clock.fixed(NEXT_DAY, ZoneOffset.UTC);

    private static Customer hospital() {
        return new Customer("st-anna", "St. Anna Hospital", CustomerKind.HOSPITAL, "de-CH", AT_CREATION);
    }

    private static Customer withName(String name) {
        return new Customer("st-anna", name, CustomerKind.HOSPITAL, "en", AT_CREATION);
    }

    private static Customer withCode(String code) {
        return new Customer(code, "St. Anna Hospital", CustomerKind.HOSPITAL, "en", AT_CREATION);
    }

    private static Customer withLanguage(String language) {
        return new Customer("st-anna", "St. Anna Hospital", CustomerKind.HOSPITAL, language, AT_CREATION);
    }

    // --- creation ---

    @Test
    void aNewCustomerIsActiveWithOnlyThePortalChannelAndUtcTimestampsFromTheClock() {
        Customer customer = hospital();

        assertEquals(CustomerStatus.ACTIVE, customer.getStatus());
        assertNull(customer.getStatusReason());
        assertEquals(Set.of(NotificationChannel.PORTAL), customer.getNotificationChannels());
        assertTrue(customer.getContacts().isEmpty());
        assertEquals(OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC), customer.getCreatedAt());
        assertEquals(ZoneOffset.UTC, customer.getCreatedAt().getOffset());
        assertEquals(customer.getCreatedAt(), customer.getUpdatedAt());
    }

    @Test
    void theNameIsTrimmed() {
        assertEquals("St. Anna Hospital", withName("  St. Anna Hospital \t").getName());
    }

    @Test
    void anEmptyNameIsRefusedNamingTheField() {
        assertInvalid("name", () -> withName(""));
        assertInvalid("name", () -> withName("   "));
        assertInvalid("name", () -> withName(null));
    }

    @Test
    void aNameOf200CharactersIsAcceptedAnd201AreRefused() {
        assertEquals(200, withName("n".repeat(200)).getName().length());
        assertInvalid("name", () -> withName("n".repeat(201)));
    }

    @Test
    void aCodeOf40CharactersIsAcceptedAnd41AreRefused() {
        assertEquals("c".repeat(40), withCode("c".repeat(40)).getCode());
        assertInvalid("code", () -> withCode("c".repeat(41)));
    }

    @Test
    void aCodeOfOneCharacterIsRefused() {
        assertInvalid("code", () -> withCode("a"));
    }

    @Test
    void anUpperCaseCodeIsRefused() {
        assertInvalid("code", () -> withCode("St-Anna"));
    }

    @Test
    void aCodeStartingWithADigitOrHyphenIsRefused() {
        assertInvalid("code", () -> withCode("1-anna"));
        assertInvalid("code", () -> withCode("-anna"));
    }

    @Test
    void aLanguageWithRegionIsAcceptedAndAWordIsRefused() {
        assertEquals("de-CH", withLanguage("de-CH").getLanguage());
        assertEquals("en", withLanguage("en").getLanguage());
        assertInvalid("language", () -> withLanguage("german"));
        assertInvalid("language", () -> withLanguage("de-ch"));
        assertInvalid("language", () -> withLanguage("DE"));
    }

    @Test
    void aMissingKindIsRefusedNamingTheField() {
        assertInvalid("kind", () -> new Customer("st-anna", "St. Anna", null, "en", AT_CREATION));
    }

    // --- profile ---

    @Test
    void updatingTheProfileChangesNameLanguageChannelsAndTheUpdateTime() {
        Customer customer = hospital();

        customer.updateProfile("St. Anna Spital", "fr", Set.of(NotificationChannel.EMAIL), A_DAY_LATER);

        assertEquals("St. Anna Spital", customer.getName());
        assertEquals("fr", customer.getLanguage());
        assertEquals(EnumSet.of(NotificationChannel.PORTAL, NotificationChannel.EMAIL),
                customer.getNotificationChannels());
        assertEquals(OffsetDateTime.ofInstant(NEXT_DAY, ZoneOffset.UTC),
                customer.getUpdatedAt());
        assertEquals(OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC), customer.getCreatedAt());
    }

    @Test
    void thePortalChannelIsKeptWhenNoChannelIsWanted() {
        Customer customer = hospital();
        customer.updateProfile("St. Anna", "en", Set.of(NotificationChannel.EMAIL, NotificationChannel.WEBHOOK),
                AT_CREATION);

        customer.updateProfile("St. Anna", "en", Set.of(), A_DAY_LATER);

        assertEquals(Set.of(NotificationChannel.PORTAL), customer.getNotificationChannels());
    }

    @Test
    void aChannelNoLongerWantedIsSwitchedOff() {
        Customer customer = hospital();
        customer.updateProfile("St. Anna", "en", Set.of(NotificationChannel.EMAIL, NotificationChannel.WEBHOOK),
                AT_CREATION);

        customer.updateProfile("St. Anna", "en", Set.of(NotificationChannel.WEBHOOK), A_DAY_LATER);

        assertEquals(EnumSet.of(NotificationChannel.PORTAL, NotificationChannel.WEBHOOK),
                customer.getNotificationChannels());
    }

    @Test
    void missingChannelsAreRefusedNamingTheField() {
        assertInvalid("notificationChannels", () -> hospital().updateProfile("St. Anna", "en", null, A_DAY_LATER));
    }

    @Test
    void aRefusedProfileUpdateLeavesTheProfileAsItWas() {
        Customer customer = hospital();

        assertInvalid("language", () -> customer.updateProfile("Renamed", "german",
                Set.of(NotificationChannel.EMAIL), A_DAY_LATER));
        assertInvalid("notificationChannels", () -> customer.updateProfile("Renamed", "fr", null, A_DAY_LATER));

        assertEquals("St. Anna Hospital", customer.getName());
        assertEquals("de-CH", customer.getLanguage());
        assertEquals(Set.of(NotificationChannel.PORTAL), customer.getNotificationChannels());
        assertEquals(customer.getCreatedAt(), customer.getUpdatedAt());
    }

    @Test
    void theChannelsCannotBeChangedFromOutsideTheAggregate() {
        Set<NotificationChannel> channels = hospital().getNotificationChannels();
        assertThrows(UnsupportedOperationException.class,
                () -> channels.remove(NotificationChannel.PORTAL));
    }

    // --- contacts ---

    @Test
    void anAddedContactBelongsToTheCustomerWithTrimmedValues() {
        Customer customer = hospital();

        CustomerContact contact = customer.addContact(" Eva Muster ", "IT lead", "eva@st-anna.ch", " ", A_DAY_LATER);

        assertEquals(List.of(contact), customer.getContacts());
        assertEquals(customer.getId(), contact.getCustomerId());
        assertEquals(customer.getTenant(), contact.getTenant(), "a contact belongs to its customer's tenant");
        assertEquals("Eva Muster", contact.getName());
        assertNull(contact.getPhone(), "a blank phone is no phone");
        assertEquals(OffsetDateTime.ofInstant(NEXT_DAY, ZoneOffset.UTC),
                customer.getUpdatedAt());
    }

    @Test
    void aContactPhoneWithDigitsAndPunctuationIsAccepted() {
        assertEquals("+41 (0)44 123-45.67",
                hospital().addContact("Eva", "IT lead", "eva@st-anna.ch", "+41 (0)44 123-45.67", AT_CREATION)
                        .getPhone());
    }

    @Test
    void aContactPhoneWithLettersIsRefusedNamingTheField() {
        assertInvalid("phone", () -> hospital().addContact("Eva", "IT lead", "eva@st-anna.ch", "+41 44 CALL-ME",
                AT_CREATION));
    }

    @Test
    void aContactEmailWithoutDotInTheDomainIsRefusedNamingTheField() {
        assertInvalid("email", () -> hospital().addContact("Eva", "IT lead", "eva@localhost", null, AT_CREATION));
    }

    @Test
    void aContactEmailWithoutAtOrWithSpacesIsRefused() {
        assertInvalid("email", () -> hospital().addContact("Eva", "IT lead", "eva.st-anna.ch", null, AT_CREATION));
        assertInvalid("email", () -> hospital().addContact("Eva", "IT lead", "eva muster@st-anna.ch", null,
                AT_CREATION));
    }

    @Test
    void aContactWithoutRoleIsRefusedNamingTheField() {
        assertInvalid("role", () -> hospital().addContact("Eva", " ", "eva@st-anna.ch", null, AT_CREATION));
    }

    @Test
    void theFiftiethContactIsAcceptedAndTheFiftyFirstRefused() {
        Customer customer = hospital();
        for (int i = 1; i <= 50; i++) {
            customer.addContact("Contact " + i, "role", "c" + i + "@st-anna.ch", null, AT_CREATION);
        }
        assertEquals(50, customer.getContacts().size());

        assertInvalid("contacts",
                () -> customer.addContact("One too many", "role", "late@st-anna.ch", null, AT_CREATION));
        assertEquals(50, customer.getContacts().size());
    }

    @Test
    void removingAContactReturnsItAndTouchesTheCustomer() {
        Customer customer = hospital();
        CustomerContact eva = customer.addContact("Eva", "IT lead", "eva@st-anna.ch", null, AT_CREATION);
        CustomerContact max = customer.addContact("Max", "Finance", "max@st-anna.ch", null, AT_CREATION);

        assertEquals(eva, customer.removeContact(eva.getId(), A_DAY_LATER));

        assertEquals(List.of(max), customer.getContacts());
        assertEquals(NEXT_DAY, customer.getUpdatedAt().toInstant());
    }

    @Test
    void removingAnUnknownContactIsNotFound() {
        assertRefused(ErrorCode.NOT_FOUND, null, () -> hospital().removeContact("no-such-contact", A_DAY_LATER));
    }

    // --- lifecycle ---

    @Test
    void suspendingKeepsTheReasonAndReactivatingClearsIt() {
        Customer customer = hospital();

        customer.suspend("  Invoices unpaid since January. ", A_DAY_LATER);
        assertEquals(CustomerStatus.SUSPENDED, customer.getStatus());
        assertEquals("Invoices unpaid since January.", customer.getStatusReason());
        assertEquals(NEXT_DAY, customer.getUpdatedAt().toInstant());

        customer.reactivate(A_DAY_LATER);
        assertEquals(CustomerStatus.ACTIVE, customer.getStatus());
        assertNull(customer.getStatusReason());
    }

    @Test
    void theStatusChangeEventSaysWhichTenantWasSuspendedAndWhy() {
        Customer customer = hospital();
        customer.suspend("Invoices unpaid since January.", A_DAY_LATER);

        CustomerStatusChanged event = customer.statusChanged();

        assertEquals(CustomerStatusChanged.TYPE, event.eventType());
        assertEquals(customer.getId(), event.aggregateId());
        assertEquals(customer.getTenant(), event.tenant());
        assertEquals(CustomerStatus.SUSPENDED, event.status());
        assertEquals("Invoices unpaid since January.", event.reason());
    }

    @Test
    void suspendingWithoutReasonIsRefusedAndTheCustomerStaysActive() {
        Customer customer = hospital();

        assertInvalid("reason", () -> customer.suspend(" ", A_DAY_LATER));

        assertEquals(CustomerStatus.ACTIVE, customer.getStatus());
    }

    @Test
    void aReasonOf500CharactersIsAcceptedAnd501AreRefused() {
        hospital().suspend("r".repeat(500), A_DAY_LATER);
        assertInvalid("reason", () -> hospital().suspend("r".repeat(501), A_DAY_LATER));
    }

    @Test
    void suspendingASuspendedCustomerIsAConflict() {
        Customer customer = hospital();
        customer.suspend("Unpaid.", AT_CREATION);

        assertConflict(() -> customer.suspend("Still unpaid.", A_DAY_LATER));
        assertEquals("Unpaid.", customer.getStatusReason());
    }

    @Test
    void reactivatingAnActiveCustomerIsAConflict() {
        assertConflict(() -> hospital().reactivate(A_DAY_LATER));
    }

    @Test
    void aSuspendedCustomerCanBeTerminated() {
        Customer customer = hospital();
        customer.suspend("Unpaid.", AT_CREATION);

        customer.terminate("Contract ended.", A_DAY_LATER);

        assertEquals(CustomerStatus.TERMINATED, customer.getStatus());
        assertEquals("Contract ended.", customer.getStatusReason());
    }

    @Test
    void terminatingWithoutReasonIsRefusedAndTheCustomerStaysActive() {
        Customer customer = hospital();

        assertInvalid("reason", () -> customer.terminate(null, A_DAY_LATER));

        assertEquals(CustomerStatus.ACTIVE, customer.getStatus());
    }

    @Test
    void aTerminatedCustomerCanNoLongerBeChangedInAnyWay() {
        Customer customer = hospital();
        CustomerContact eva = customer.addContact("Eva", "IT lead", "eva@st-anna.ch", null, AT_CREATION);
        customer.terminate("Contract ended.", AT_CREATION);

        assertConflict(() -> customer.terminate("Again.", A_DAY_LATER));
        assertConflict(() -> customer.suspend("Unpaid.", A_DAY_LATER));
        assertConflict(() -> customer.reactivate(A_DAY_LATER));
        assertConflict(() -> customer.updateProfile("Renamed", "en", Set.of(), A_DAY_LATER));
        assertConflict(() -> customer.addContact("Max", "Finance", "max@st-anna.ch", null, A_DAY_LATER));
        assertConflict(() -> customer.removeContact(eva.getId(), A_DAY_LATER));

        assertEquals(CustomerStatus.TERMINATED, customer.getStatus());
        assertEquals("Contract ended.", customer.getStatusReason());
        assertEquals("St. Anna Hospital", customer.getName());
        assertEquals(1, customer.getContacts().size());
        assertEquals(CREATED, customer.getUpdatedAt().toInstant());
    }
}
