package org.cloudcare.sla.entity;

import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.cloudcare.catalog.entity.Catalogue;
import org.cloudcare.catalog.entity.ProductOffering;
import org.cloudcare.catalog.entity.SlaTerms;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerKind;
import org.cloudcare.customer.entity.Subscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The agreement's rules: the copy of the template, its dates, negotiated overrides and its lifecycle. */
class ServiceLevelAgreementTest {

    private static final Instant STARTED = Instant.parse("2026-03-02T11:00:00Z");
    private static final Instant NEGOTIATED = STARTED.plusSeconds(3_600);
    private static final Clock CLOCK = Clock.fixed(STARTED, ZoneOffset.UTC);

    private final ProductOffering offering = Catalogue.complete("vm-standard");

    private ServiceLevelAgreement agreement() {
        return agreement(offering);
    }

    private static ServiceLevelAgreement agreement(ProductOffering offering) {
        Customer riverside = new Customer("riverside", "Riverside General Hospital", CustomerKind.HOSPITAL, "en",
                CLOCK);
        Subscription subscription = Subscription.added(riverside, offering.getName(), offering.getId(), 2,
                "ch-zurich", null, "order-1", STARTED);
        subscription.activate(STARTED);
        return ServiceLevelAgreement.startFor(subscription, offering.getName(), offering.getSlaTemplate(), STARTED);
    }

    /** The template's terms with automatic renewal switched off. */
    private static SlaTerms withoutRenewal(SlaTerms t) {
        return new SlaTerms(t.availabilityPercent(), t.availabilityPeriod(), t.targetResponseTimeMinutes(),
                t.incidentTargets(), t.plannedDowntimeMinutesPerMonth(), t.disruptionNoticeHours(),
                t.backupFrequencyHours(), t.recoveryPointObjectiveMinutes(), t.recoveryTimeObjectiveMinutes(),
                t.dataLocation(), t.serviceCreditTiers(), t.excessUsageBilled(), t.excessUsageTerms(),
                t.paymentTermDays(), t.termMonths(), false, t.expiryNoticeDays());
    }

    @Test
    void startsActiveWithTheTemplatesTermsAndDatesFromThem() {
        ServiceLevelAgreement agreement = agreement();

        assertEquals(AgreementStatus.ACTIVE, agreement.getStatus());
        assertEquals("riverside", agreement.getTenant());
        assertEquals(offering.getSlaTemplate().getId(), agreement.getTemplateId());
        assertEquals(offering.getSlaTemplate().terms(), agreement.templateTerms());
        assertEquals(offering.getSlaTemplate().terms(), agreement.effectiveTerms());
        // a 36-month term, reminded 90 days before, renewing automatically
        assertEquals(OffsetDateTime.parse("2026-03-02T11:00:00Z"), agreement.getStartDate());
        assertEquals(OffsetDateTime.parse("2029-03-02T11:00:00Z"), agreement.getExpiryDate());
        assertEquals(OffsetDateTime.parse("2028-12-02T11:00:00Z"), agreement.getExpiryNoticeDate());
        assertEquals(agreement.getExpiryDate(), agreement.getRenewalDate());
        assertEquals(ZoneOffset.UTC, agreement.getExpiryDate().getOffset());
        assertNull(agreement.getEndedAt());
    }

    @Test
    void aLaterChangeOfTheTemplateLeavesTheAgreementAsSigned() {
        ServiceLevelAgreement agreement = agreement();
        SlaTerms signed = agreement.effectiveTerms();

        offering.setSlaTemplate(withoutRenewal(offering.getSlaTemplate().terms()), CLOCK);

        assertFalse(offering.getSlaTemplate().terms().autoRenew());
        assertEquals(signed, agreement.effectiveTerms());
        assertTrue(agreement.effectiveTerms().autoRenew());
    }

    @Test
    void anOverrideIsItsOwnRecordAndChangesOnlyTheEffectiveTerms() {
        ServiceLevelAgreement agreement = agreement();

        AgreementOverride override = agreement.negotiate(SlaObjective.TARGET_RESPONSE_TIME_MINUTES,
                new BigDecimal("15"), "Emergency department needs faster answers.", "bruno", NEGOTIATED);

        assertEquals(SlaObjective.TARGET_RESPONSE_TIME_MINUTES, override.getObjective());
        assertEquals(new BigDecimal("30.0000"), override.getOldValue(), "at the scale the column keeps");
        assertEquals(new BigDecimal("15.0000"), override.getNewValue());
        assertEquals("bruno", override.getNegotiatedBy());
        assertEquals(OffsetDateTime.parse("2026-03-02T12:00:00Z"), override.getNegotiatedAt());
        assertEquals("Emergency department needs faster answers.", override.getReason());
        assertEquals(15, agreement.effectiveTerms().targetResponseTimeMinutes());
        assertEquals(30, agreement.templateTerms().targetResponseTimeMinutes());
        assertEquals(agreement.templateTerms().availabilityPercent(), agreement.effectiveTerms().availabilityPercent());
    }

    @Test
    void aLaterOverrideOfTheSameObjectiveStartsFromTheEarlierOne() {
        ServiceLevelAgreement agreement = agreement();
        agreement.negotiate(SlaObjective.AVAILABILITY_PERCENT, new BigDecimal("99.99"), "Tier 4 site.", "bruno",
                NEGOTIATED);

        AgreementOverride second = agreement.negotiate(SlaObjective.AVAILABILITY_PERCENT, new BigDecimal("99.97"),
                "Compromise.", "bruno", NEGOTIATED.plusSeconds(60));

        assertEquals(0, new BigDecimal("99.99").compareTo(second.getOldValue()));
        assertEquals(0, new BigDecimal("99.97").compareTo(agreement.effectiveTerms().availabilityPercent()));
        assertEquals(2, agreement.getOverrides().size());
        assertEquals(second, agreement.getOverrides().get(1));
    }

    @Test
    void aNegotiatedNoticePeriodMovesTheReminder() {
        ServiceLevelAgreement agreement = agreement();

        agreement.negotiate(SlaObjective.EXPIRY_NOTICE_DAYS, new BigDecimal("30"), "Shorter notice.", "bruno",
                NEGOTIATED);

        assertEquals(OffsetDateTime.parse("2029-01-31T11:00:00Z"), agreement.getExpiryNoticeDate());
    }

    @ParameterizedTest
    @CsvSource({
            "AVAILABILITY_PERCENT, 100.5, value",
            "AVAILABILITY_PERCENT, 99.5, value", // below the 99.9 % credit tier of the template
            "TARGET_RESPONSE_TIME_MINUTES, 0, value",
            "TARGET_RESPONSE_TIME_MINUTES, 15.5, value",
            "PAYMENT_TERM_DAYS, 400, value",
            "PAYMENT_TERM_DAYS, 30, value", // no change
            "TARGET_RESPONSE_TIME_MINUTES, , value",
            ", 15, objective"})
    void aBadOverrideNamesTheFieldAndRecordsNothing(SlaObjective objective, BigDecimal value, String field) {
        ServiceLevelAgreement agreement = agreement();

        assertInvalid(field, () -> agreement.negotiate(objective, value, "Because.", "bruno", NEGOTIATED));

        assertEquals(0, agreement.getOverrides().size());
        assertEquals(agreement.templateTerms(), agreement.effectiveTerms());
    }

    @Test
    void anOverrideNeedsAReason() {
        ServiceLevelAgreement agreement = agreement();

        assertInvalid("reason", () -> agreement.negotiate(SlaObjective.PAYMENT_TERM_DAYS, new BigDecimal("45"), " ",
                "bruno", NEGOTIATED));
        assertEquals(0, agreement.getOverrides().size());
    }

    @Test
    void aTerminatedAgreementIsFinal() {
        ServiceLevelAgreement agreement = agreement();

        agreement.terminate("Order 7 deleted the subscription.", NEGOTIATED);

        assertEquals(AgreementStatus.TERMINATED, agreement.getStatus());
        assertEquals(OffsetDateTime.parse("2026-03-02T12:00:00Z"), agreement.getEndedAt());
        assertConflict(() -> agreement.terminate(null, NEGOTIATED));
        assertConflict(() -> agreement.negotiate(SlaObjective.PAYMENT_TERM_DAYS, new BigDecimal("45"), "Late.",
                "bruno", NEGOTIATED));
        assertFalse(agreement.renewOrExpire(STARTED.plusSeconds(400L * 86_400 * 10)));
        assertEquals(AgreementStatus.TERMINATED, agreement.getStatus());
    }

    @Test
    void anAutomaticallyRenewingAgreementStartsItsNextTermAtExpiry() {
        ServiceLevelAgreement agreement = agreement();

        assertFalse(agreement.renewOrExpire(Instant.parse("2029-03-02T10:59:59Z")));
        assertTrue(agreement.renewOrExpire(Instant.parse("2029-03-02T11:00:00Z")));

        assertEquals(AgreementStatus.ACTIVE, agreement.getStatus());
        assertEquals(OffsetDateTime.parse("2032-03-02T11:00:00Z"), agreement.getExpiryDate());
        assertEquals(OffsetDateTime.parse("2031-12-03T11:00:00Z"), agreement.getExpiryNoticeDate());
        assertEquals(agreement.getExpiryDate(), agreement.getRenewalDate());
    }

    @Test
    void anAgreementThatDoesNotRenewExpiresAtTheEndOfItsTermForGood() {
        offering.setSlaTemplate(withoutRenewal(offering.getSlaTemplate().terms()), CLOCK);
        ServiceLevelAgreement agreement = agreement();
        assertNull(agreement.getRenewalDate());

        assertTrue(agreement.renewOrExpire(Instant.parse("2030-01-01T00:00:00Z")));

        assertEquals(AgreementStatus.EXPIRED, agreement.getStatus());
        assertEquals(OffsetDateTime.parse("2029-03-02T11:00:00Z"), agreement.getEndedAt());
        assertConflict(() -> agreement.terminate("Too late.", NEGOTIATED));
        assertConflict(() -> agreement.negotiate(SlaObjective.PAYMENT_TERM_DAYS, new BigDecimal("45"), "Late.",
                "bruno", NEGOTIATED));
    }

    // --- the expiry notice (ISO/TS 23535 5.15): notice date 2028-12-02T11:00Z, expiry 2029-03-02T11:00Z ---

    @Test
    void theExpiryNoticeIsSentOnceFromItsDateUntilTheTermEnds() {
        ServiceLevelAgreement agreement = agreement();
        assertNull(agreement.getExpiryNoticeSentAt());

        assertFalse(agreement.sendExpiryNotice(Instant.parse("2028-12-02T10:59:59Z")), "not yet");
        assertNull(agreement.getExpiryNoticeSentAt());
        assertTrue(agreement.sendExpiryNotice(Instant.parse("2028-12-02T11:00:00Z")));
        assertEquals(OffsetDateTime.parse("2028-12-02T11:00:00Z"), agreement.getExpiryNoticeSentAt());
        assertFalse(agreement.sendExpiryNotice(Instant.parse("2028-12-02T11:10:00Z")), "sent already");
        assertFalse(agreement.sendExpiryNotice(Instant.parse("2029-03-01T00:00:00Z")), "sent already");
        assertEquals(OffsetDateTime.parse("2028-12-02T11:00:00Z"), agreement.getExpiryNoticeSentAt());
    }

    @Test
    void anAgreementThatDoesNotRenewIsGivenNoticeToo() {
        offering.setSlaTemplate(withoutRenewal(offering.getSlaTemplate().terms()), CLOCK);
        ServiceLevelAgreement agreement = agreement();

        assertTrue(agreement.sendExpiryNotice(Instant.parse("2029-01-15T00:00:00Z")));
        assertEquals(OffsetDateTime.parse("2029-01-15T00:00:00Z"), agreement.getExpiryNoticeSentAt());
    }

    @Test
    void aRenewedTermHasANoticeOfItsOwn() {
        ServiceLevelAgreement agreement = agreement();
        assertTrue(agreement.sendExpiryNotice(Instant.parse("2028-12-10T00:00:00Z")));

        assertTrue(agreement.renewOrExpire(Instant.parse("2029-03-02T11:00:00Z")));

        assertNull(agreement.getExpiryNoticeSentAt(), "the next term's notice is still to come");
        assertFalse(agreement.sendExpiryNotice(Instant.parse("2031-12-03T10:59:59Z")));
        assertTrue(agreement.sendExpiryNotice(Instant.parse("2031-12-03T11:00:00Z")));
        assertEquals(OffsetDateTime.parse("2031-12-03T11:00:00Z"), agreement.getExpiryNoticeSentAt());
    }

    @Test
    void noNoticeOnceTheTermHasEndedOrTheAgreementIsOver() {
        ServiceLevelAgreement late = agreement();
        assertFalse(late.sendExpiryNotice(Instant.parse("2029-03-02T11:00:00Z")),
                "the term has ended: renewal or expiry tells the customer instead");

        offering.setSlaTemplate(withoutRenewal(offering.getSlaTemplate().terms()), CLOCK);
        ServiceLevelAgreement expired = agreement();
        assertTrue(expired.renewOrExpire(Instant.parse("2029-03-02T11:00:00Z")));
        assertFalse(expired.sendExpiryNotice(Instant.parse("2029-03-02T11:00:00Z")));
        assertNull(expired.getExpiryNoticeSentAt());

        ServiceLevelAgreement terminated = agreement();
        terminated.terminate("Subscription ended.", NEGOTIATED);
        assertFalse(terminated.sendExpiryNotice(Instant.parse("2028-12-10T00:00:00Z")));
        assertNull(terminated.getExpiryNoticeSentAt());
    }

    @Test
    void aNoticeNegotiatedEarlierIsSentFromTheEarlierDate() {
        ServiceLevelAgreement agreement = agreement();
        agreement.negotiate(SlaObjective.EXPIRY_NOTICE_DAYS, new BigDecimal("180"), "Board approval takes longer.",
                "bruno", NEGOTIATED);

        assertFalse(agreement.sendExpiryNotice(Instant.parse("2028-09-03T10:59:59Z")));
        assertTrue(agreement.sendExpiryNotice(Instant.parse("2028-09-03T11:00:00Z")));
    }

    @Test
    void aRelocationMovesTheDataLocationInForceAndRecordsWhoAndWhen() {
        ServiceLevelAgreement agreement = agreement();
        Set<String> agreedAtStart = agreement.templateTerms().dataLocation();

        assertTrue(agreement.relocate("ch-geneva", "selma", NEGOTIATED));

        assertEquals(Set.of("ch-geneva"), agreement.effectiveTerms().dataLocation());
        assertEquals(agreedAtStart, agreement.templateTerms().dataLocation(), "the start's copy is kept");
        assertEquals("ch-geneva", agreement.getRelocatedTo());
        assertEquals("selma", agreement.getRelocatedBy());
        assertEquals(OffsetDateTime.parse("2026-03-02T12:00:00Z"), agreement.getRelocatedAt());
        assertFalse(agreement.relocate("ch-geneva", "selma", NEGOTIATED), "already there");
        assertInvalid("region", () -> agreement.relocate(" ", "selma", NEGOTIATED));
    }

    @Test
    void anEndedAgreementCannotBeRelocated() {
        ServiceLevelAgreement agreement = agreement();
        agreement.terminate(null, NEGOTIATED);

        assertConflict(() -> agreement.relocate("ch-geneva", "selma", NEGOTIATED));
        assertNull(agreement.getRelocatedTo());
    }
}
