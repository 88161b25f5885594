package org.cloudcare.catalog.entity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cloudcare.catalog.entity.ProductOfferingPrice.PriceTerms;
import org.cloudcare.platform.money.Money;

/** Valid catalogue values for the tests, each changeable in one place (public for the areas built on offerings). */
public final class Catalogue {

    static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
    static final Clock AT_CREATION = Clock.fixed(CREATED, ZoneOffset.UTC);
    static final Clock A_DAY_LATER = Clock.fixed(CREATED.plusSeconds(86_400), ZoneOffset.UTC);
    static final OffsetDateTime FROM = OffsetDateTime.parse("2026-01-01T00:00:00Z");

    private Catalogue() {
    }

    static ProductOffering.Description description(String name, List<ProductOffering> components) {
        return new ProductOffering.Description(name, "A description.", OfferingCategory.SAAS,
                Set.of("ch-zurich", "ch-geneva"), components, SupportHours.allHours(),
                List.of(PeerProvider.of("Helvetic Data Centres AG", PeerRole.SUBCONTRACTOR)));
    }

    static ProductOffering draft(String code) {
        return new ProductOffering(code, description("Offering " + code, List.of()), AT_CREATION);
    }

    static ProductOffering bundleOf(String code, ProductOffering... components) {
        return new ProductOffering(code, description("Bundle " + code, List.of(components)), AT_CREATION);
    }

    /** A draft with everything activation needs. */
    public static ProductOffering complete(String code) {
        return completed(draft(code));
    }

    static ProductOffering completed(ProductOffering offering) {
        offering.addPrice(recurring("4800.00"), AT_CREATION);
        offering.setSlaTemplate(terms(), AT_CREATION);
        return offering;
    }

    static ProductOffering active(String code) {
        ProductOffering offering = complete(code);
        offering.activate(AT_CREATION);
        return offering;
    }

    static PriceTerms recurring(String amount) {
        return new PriceTerms("Licence", PriceType.RECURRING, Money.of("price", new BigDecimal(amount), "EUR"), null,
                null, null, FROM, null);
    }

    static PriceTerms usage(String rate, String included, String excess) {
        return new PriceTerms("Storage", PriceType.USAGE, Money.of("price", new BigDecimal(rate), "EUR"),
                "GB-month", included == null ? null : new BigDecimal(included),
                excess == null ? null : Money.of("excessUsageRate", new BigDecimal(excess), "EUR"), FROM, null);
    }

    static List<IncidentTarget> allPriorities() {
        return List.of(IncidentTarget.of(IncidentPriority.LOW, 480, 4320),
                IncidentTarget.of(IncidentPriority.CRITICAL, 15, 240),
                IncidentTarget.of(IncidentPriority.MEDIUM, 120, 1440),
                IncidentTarget.of(IncidentPriority.HIGH, 30, 480));
    }

    static List<ServiceCreditTier> tiers() {
        return new ArrayList<>(List.of(ServiceCreditTier.of(new BigDecimal("99"), new BigDecimal("25")),
                ServiceCreditTier.of(new BigDecimal("99.9"), new BigDecimal("10"))));
    }

    static SlaTerms terms() {
        return terms(new BigDecimal("99.95"), allPriorities(), tiers(), Set.of("ch-zurich"));
    }

    static SlaTerms terms(BigDecimal availability, List<IncidentTarget> targets, List<ServiceCreditTier> tiers,
            Set<String> dataLocation) {
        return new SlaTerms(availability, AvailabilityPeriod.MONTH, 30, targets, 120, 168, 4, 60, 240, dataLocation,
                tiers, true, "Billed monthly.", 30, 36, true, 90);
    }

    static SupportHours officeHours() {
        return SupportHours.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "07:00", "19:00", "Europe/Zurich");
    }
}
