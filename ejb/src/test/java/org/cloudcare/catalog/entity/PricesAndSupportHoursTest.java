package org.cloudcare.catalog.entity;

import static org.cloudcare.catalog.entity.Catalogue.FROM;
import static org.cloudcare.catalog.entity.Catalogue.usage;
import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.cloudcare.catalog.entity.ProductOfferingPrice.PriceTerms;
import org.cloudcare.platform.money.Money;
import org.junit.jupiter.api.Test;

class PricesAndSupportHoursTest {

    private static final Money EUR_10 = Money.of("price", BigDecimal.TEN, "EUR");

    private static PriceTerms oneTime(OffsetDateTime from, OffsetDateTime to) {
        return new PriceTerms("Setup", PriceType.ONE_TIME, EUR_10, null, null, null, from, to);
    }

    // --- prices ---

    @Test
    void aUsagePriceHasAUnitAnIncludedQuantityAndAnExcessRate() {
        PriceTerms terms = usage("0", "2000", "0.09");

        assertEquals("GB-month", terms.unitOfMeasure());
        assertEquals(new BigDecimal("2000.0000"), terms.includedQuantity());
        assertEquals(Money.of("x", new BigDecimal("0.09"), "EUR"), terms.excessUsageRate());
    }

    @Test
    void aUsagePriceWithoutQuotaOrExcessRateIncludesNothingAndChargesItsRateBeyond() {
        PriceTerms terms = usage("0.12", null, null);

        assertEquals(new BigDecimal("0.0000"), terms.includedQuantity());
        assertEquals(terms.price(), terms.excessUsageRate());
    }

    @Test
    void aUsagePriceNeedsAUnitAndItsExcessRateInTheSameCurrency() {
        assertInvalid("unitOfMeasure", () -> new PriceTerms("Storage", PriceType.USAGE, EUR_10, " ", null, null,
                FROM, null));
        assertInvalid("excessUsageRate.currency", () -> new PriceTerms("Storage", PriceType.USAGE, EUR_10, "GB",
                null, Money.of("excessUsageRate", BigDecimal.ONE, "CHF"), FROM, null));
        assertInvalid("includedQuantity", () -> usage("0", "-1", "1"));
        assertInvalid("includedQuantity", () -> usage("0", "0.00001", "1"));
    }

    @Test
    void onlyAUsagePriceHasUsageFields() {
        assertInvalid("unitOfMeasure", () -> new PriceTerms("Licence", PriceType.RECURRING, EUR_10, "GB", null,
                null, FROM, null));
        assertInvalid("includedQuantity", () -> new PriceTerms("Licence", PriceType.RECURRING, EUR_10, null,
                BigDecimal.ONE, null, FROM, null));
        assertInvalid("excessUsageRate", () -> new PriceTerms("Setup", PriceType.ONE_TIME, EUR_10, null, null,
                EUR_10, FROM, null));
    }

    @Test
    void aPriceNeedsANameATypeAnAmountAndAStart() {
        assertInvalid("name", () -> new PriceTerms(" ", PriceType.ONE_TIME, EUR_10, null, null, null, FROM, null));
        assertInvalid("priceType", () -> new PriceTerms("Setup", null, EUR_10, null, null, null, FROM, null));
        assertInvalid("price", () -> new PriceTerms("Setup", PriceType.ONE_TIME, null, null, null, null, FROM, null));
        assertInvalid("name", () -> new PriceTerms("Set\nup", PriceType.ONE_TIME, EUR_10, null, null, null, FROM,
                null));
    }

    @Test
    void theValidityIsKeptInUtcEndsAfterItStartsAndIsHalfOpen() {
        PriceTerms terms = oneTime(OffsetDateTime.parse("2026-01-01T01:00:00.123456789+01:00"),
                OffsetDateTime.parse("2027-01-01T00:00:00Z"));
        assertEquals(OffsetDateTime.parse("2026-01-01T00:00:00.123456Z"), terms.validFrom());
        assertInvalid("validTo", () -> oneTime(FROM, FROM));
        assertInvalid("validTo", () -> oneTime(FROM, FROM.minusDays(1)));
        assertInvalid("validFrom", () -> oneTime(OffsetDateTime.parse("1999-12-31T23:59:59Z"), null));
        assertInvalid("validTo", () -> oneTime(FROM, OffsetDateTime.parse("3000-01-01T00:00:00Z")));

        ProductOfferingPrice price = Catalogue.draft("vm").addPrice(oneTime(FROM,
                OffsetDateTime.parse("2027-01-01T00:00:00Z")), Catalogue.AT_CREATION);
        assertTrue(price.isValidAt(FROM));
        assertFalse(price.isValidAt(FROM.minusNanos(1000)));
        assertFalse(price.isValidAt(OffsetDateTime.parse("2027-01-01T00:00:00Z")));
    }

    @Test
    void aPriceWithoutStartIsValidFromWhenItIsAdded() {
        ProductOfferingPrice price = Catalogue.draft("vm").addPrice(oneTime(null, null), Catalogue.A_DAY_LATER);
        assertEquals(Catalogue.A_DAY_LATER.instant(), price.getValidFrom().toInstant());
        assertInvalid("validTo", () -> Catalogue.draft("vm").addPrice(oneTime(null,
                OffsetDateTime.parse("2026-03-01T10:00:00Z")), Catalogue.A_DAY_LATER));
    }

    // --- support hours ---

    @Test
    void supportAroundTheClockCoversEveryDay() {
        SupportHours hours = SupportHours.allHours();
        assertTrue(hours.isAllHours());
        assertEquals(EnumSet.allOf(DayOfWeek.class), hours.getDays());
        assertNull(hours.getFrom());
        assertEquals("24x7", hours.toString());
    }

    @Test
    void officeHoursAreDaysAndLocalTimesInAnIanaZone() {
        SupportHours hours = SupportHours.of(Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY), "08:00", "17:30",
                "Europe/Zurich");
        assertFalse(hours.isAllHours());
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), hours.getDays());
        assertEquals("08:00", hours.getFrom());
        assertEquals("17:30", hours.getTo());
        assertEquals("Europe/Zurich", hours.getTimeZone());
    }

    @Test
    void badSupportHoursAreRefusedNamingTheField() {
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertInvalid("supportHours.days", () -> SupportHours.of(Set.of(), "08:00", "17:00", "Europe/Zurich"));
        assertInvalid("supportHours.from", () -> SupportHours.of(weekdays, "8 am", "17:00", "Europe/Zurich"));
        assertInvalid("supportHours.to", () -> SupportHours.of(weekdays, "08:00", "24:00", "Europe/Zurich"));
        assertInvalid("supportHours.to", () -> SupportHours.of(weekdays, "18:00", "08:00", "Europe/Zurich"));
        assertInvalid("supportHours.to", () -> SupportHours.of(weekdays, "08:00", "08:00", "Europe/Zurich"));
        assertInvalid("supportHours.timeZone", () -> SupportHours.of(weekdays, "08:00", "17:00", "CET+1"));
        assertInvalid("supportHours.timeZone", () -> SupportHours.of(weekdays, "08:00", "17:00", "+01:00"));
        assertInvalid("supportHours.timeZone", () -> SupportHours.of(weekdays, "08:00", "17:00", null));
    }
}
