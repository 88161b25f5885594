package org.cloudcare.customer.entity;

import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class InteractionTest {

    private static final Instant NOW = Instant.parse("2025-03-02T08:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Customer CUSTOMER = new Customer("st-anna", "St. Anna Hospital", CustomerKind.HOSPITAL, "en",
            Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));

    private static Interaction call(String subject, String description) {
        return new Interaction(CUSTOMER, InteractionChannel.PHONE, InteractionDirection.INBOUND, subject, description,
                "support-anna", CLOCK);
    }

    @Test
    void anInteractionRecordsCustomerChannelDirectionAuthorAndUtcTimeOfTheClock() {
        Interaction interaction = call(" Backup question ", "Asked about restore times.");

        assertEquals(CUSTOMER.getId(), interaction.getCustomerId());
        assertEquals(InteractionChannel.PHONE, interaction.getChannel());
        assertEquals(InteractionDirection.INBOUND, interaction.getDirection());
        assertEquals("Backup question", interaction.getSubject());
        assertEquals("support-anna", interaction.getRecordedBy());
        assertEquals(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC), interaction.getOccurredAt());
        assertEquals(ZoneOffset.UTC, interaction.getOccurredAt().getOffset());
        assertNull(interaction.getRelatedEntityType());
    }

    @Test
    void anEmptySubjectIsRefusedNamingTheField() {
        assertInvalid("subject", () -> call(" ", null));
    }

    @Test
    void aSubjectOf200CharactersIsAcceptedAnd201AreRefused() {
        assertEquals(200, call("s".repeat(200), null).getSubject().length());
        assertInvalid("subject", () -> call("s".repeat(201), null));
    }

    @Test
    void aBlankDescriptionIsStoredAsNoneAndOneOver4000CharactersIsRefused() {
        assertNull(call("Subject", "   ").getDescription());
        assertEquals(4000, call("Subject", "d".repeat(4000)).getDescription().length());
        assertInvalid("description", () -> call("Subject", "d".repeat(4001)));
    }

    @Test
    void aMissingCustomerChannelOrDirectionIsRefusedNamingTheField() {
        assertInvalid("customerId", () -> new Interaction(null, InteractionChannel.EMAIL,
                InteractionDirection.OUTBOUND, "Subject", null, "support-anna", CLOCK));
        assertInvalid("channel", () -> new Interaction(CUSTOMER, null, InteractionDirection.OUTBOUND, "Subject",
                null, "support-anna", CLOCK));
        assertInvalid("direction", () -> new Interaction(CUSTOMER, InteractionChannel.EMAIL, null, "Subject", null,
                "support-anna", CLOCK));
    }

    @Test
    void anInteractionCanBeLinkedToTheProblemItWasAbout() {
        Interaction interaction = call("Outage", null).about("Problem", "PRB-42");

        assertEquals("Problem", interaction.getRelatedEntityType());
        assertEquals("PRB-42", interaction.getRelatedEntityId());
    }
}
