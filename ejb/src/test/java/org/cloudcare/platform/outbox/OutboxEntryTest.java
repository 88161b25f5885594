package org.cloudcare.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.ejb.EJBException;

import org.junit.jupiter.api.Test;

class OutboxEntryTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 30, 23, 59, 0, 0, ZoneOffset.UTC);

    @Test
    void aNewEventIsPendingAndDueAtOnce() {
        OutboxEntry entry = new OutboxEntry("customer.suspended", "Customer", "c-1", "riverside", "{}", NOW);

        assertEquals(EventStatus.PENDING, entry.getStatus());
        assertEquals(0, entry.getAttempts());
        assertEquals(NOW, entry.getNextAttemptAt());
        assertNull(entry.getDeliveredAt());
        assertNull(entry.getClaimedBy());
        assertEquals(36, entry.getId().length());
    }

    @Test
    void providerWideEventsHaveNoTenant() {
        assertNull(new OutboxEntry("catalogue.offering-retired", "ProductOffering", "o-1", null, "{}", NOW)
                .getTenant());
    }

    @Test
    void eventTypesAreAreaDotWhatHappenedInLowerCase() {
        for (String bad : new String[] {"suspended", "Customer.Suspended", "customer suspended", ".x", "customer.",
                "customer..suspended", ""}) {
            assertThrows(IllegalArgumentException.class,
                    () -> new OutboxEntry(bad, "Customer", "c-1", null, "{}", NOW), bad);
        }
        new OutboxEntry("order.product-order.completed", "ProductOrder", "p-1", null, "{}", NOW);
    }

    @Test
    void whatTheTableCannotHoldIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new OutboxEntry("customer.suspended", " ", "c-1", null, "{}", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new OutboxEntry("customer.suspended", "Customer", "x".repeat(65), null, "{}", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new OutboxEntry("customer.suspended", "Customer", "c-1", "t".repeat(41), "{}", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new OutboxEntry("customer.suspended", "Customer", "c-1", null, null, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new OutboxEntry("customer.suspended", "Customer", "c-1", null, "x".repeat(100_001), NOW));
    }

    @Test
    void errorsAreCutToTheColumnSize() {
        assertEquals(2000, OutboxEntry.truncateError("e".repeat(5000)).length());
        assertEquals("short", OutboxEntry.truncateError("short"));
        assertNull(OutboxEntry.truncateError(null));
    }

    @Test
    void theLoggedErrorIsTheInnermostCauseNotTheContainersWrapper() {
        EJBException wrapped = new EJBException(new IllegalStateException("observer refused", null));
        assertEquals("IllegalStateException: observer refused", DeliveryFailedException.describe(wrapped));
        assertTrue(DeliveryFailedException.describe(new NullPointerException()).startsWith("NullPointerException"));
    }
}
