package org.cloudcare.catalog.entity;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.input.TextHygiene;

/**
 * The typed objectives and terms of an SLA template (ISO/TS 23535 5.2-5.15), checked as a whole when they are made, so
 * an {@link SlaTemplate} and - later - a customer's agreement that copies them hold only consistent values. Units are
 * in the names. Every refusal names the field.
 *
 * @param availabilityPercent           committed availability per {@code availabilityPeriod} (5.2.3), 0-100, at
 *                                      most four decimal places (99.95)
 * @param targetResponseTimeMinutes     how fast the provider answers a customer's request (5.2.8)
 * @param incidentTargets               response and repair time for each of the four priorities (5.5.2, 5.5.4)
 * @param plannedDowntimeMinutesPerMonth planned downtime the provider may take per month (5.2.6)
 * @param disruptionNoticeHours         how long before a planned disruption the customer is told (5.2.7)
 * @param backupFrequencyHours          how often data is backed up (5.8.2)
 * @param recoveryPointObjectiveMinutes data that may be lost at most (RPO)
 * @param recoveryTimeObjectiveMinutes  time until service is restored after a disaster (RTO)
 * @param dataLocation                  the regions the customer's data stays in (5.7.1); within the offering's
 * @param serviceCreditTiers            compensation for missed availability (5.2.5), highest threshold first
 * @param excessUsageBilled             whether usage beyond the included quantity is billed (5.11.3)
 * @param excessUsageTerms              how it is billed, in words (optional)
 * @param paymentTermDays               days from invoice to payment (5.12.2)
 * @param termMonths                    the agreement's term (5.15)
 * @param autoRenew                     whether the agreement renews for another term unless cancelled
 * @param expiryNoticeDays              how long before expiry the customer is reminded (5.15)
 */
public record SlaTerms(
        BigDecimal availabilityPercent,
        AvailabilityPeriod availabilityPeriod,
        Integer targetResponseTimeMinutes,
        List<IncidentTarget> incidentTargets,
        Integer plannedDowntimeMinutesPerMonth,
        Integer disruptionNoticeHours,
        Integer backupFrequencyHours,
        Integer recoveryPointObjectiveMinutes,
        Integer recoveryTimeObjectiveMinutes,
        Set<String> dataLocation,
        List<ServiceCreditTier> serviceCreditTiers,
        Boolean excessUsageBilled,
        String excessUsageTerms,
        Integer paymentTermDays,
        Integer termMonths,
        Boolean autoRenew,
        Integer expiryNoticeDays) {

    static final int MAX_CREDIT_TIERS = 10;
    private static final int MINUTES_PER_MONTH = 31 * 24 * 60;
    private static final int HOURS_PER_YEAR = 366 * 24;
    private static final int MINUTES_PER_YEAR = 366 * 24 * 60;

    public SlaTerms {
        availabilityPercent = Checks.decimal("availabilityPercent", availabilityPercent, BigDecimal.ZERO,
                ServiceCreditTier.HUNDRED, 4);
        Checks.required("availabilityPeriod", availabilityPeriod);
        Checks.range("targetResponseTimeMinutes", targetResponseTimeMinutes, 1, IncidentTarget.MAX_RESPONSE_MINUTES);
        incidentTargets = onePerPriority(incidentTargets);
        Checks.range("plannedDowntimeMinutesPerMonth", plannedDowntimeMinutesPerMonth, 0, MINUTES_PER_MONTH);
        Checks.range("disruptionNoticeHours", disruptionNoticeHours, 0, HOURS_PER_YEAR);
        Checks.range("backupFrequencyHours", backupFrequencyHours, 1, HOURS_PER_YEAR);
        Checks.range("recoveryPointObjectiveMinutes", recoveryPointObjectiveMinutes, 0, MINUTES_PER_YEAR);
        Checks.range("recoveryTimeObjectiveMinutes", recoveryTimeObjectiveMinutes, 0, MINUTES_PER_YEAR);
        dataLocation = regions("dataLocation", dataLocation);
        serviceCreditTiers = tiers(serviceCreditTiers, availabilityPercent);
        Checks.required("excessUsageBilled", excessUsageBilled);
        TextHygiene.check("excessUsageTerms", excessUsageTerms, true);
        excessUsageTerms = Checks.optionalText("excessUsageTerms", excessUsageTerms, 1000);
        Checks.range("paymentTermDays", paymentTermDays, 0, 365);
        Checks.range("termMonths", termMonths, 1, 120);
        Checks.required("autoRenew", autoRenew);
        Checks.range("expiryNoticeDays", expiryNoticeDays, 0, 365);
    }

    /** A non-empty set of region codes; refusals name {@code field}. */
    static Set<String> regions(String field, Set<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw CloudCareException.invalid(field, "Name at least one region for the " + field + ".");
        }
        if (codes.size() > ProductOffering.MAX_REGIONS) {
            throw CloudCareException.invalid(field, "At most " + ProductOffering.MAX_REGIONS + " regions.");
        }
        Set<String> checked = new TreeSet<>();
        for (String code : codes) {
            checked.add(Checks.code(field, code));
        }
        return Set.copyOf(checked);
    }

    private static List<IncidentTarget> onePerPriority(List<IncidentTarget> targets) {
        Checks.required("incidentTargets", targets);
        EnumSet<IncidentPriority> seen = EnumSet.noneOf(IncidentPriority.class);
        for (IncidentTarget target : targets) {
            if (target == null || !seen.add(target.getPriority())) {
                throw CloudCareException.invalid("incidentTargets", "Give exactly one incident target per priority.");
            }
        }
        if (!seen.equals(EnumSet.allOf(IncidentPriority.class))) {
            throw CloudCareException.invalid("incidentTargets", "Give an incident target for every priority: "
                    + EnumSet.complementOf(seen) + " missing.");
        }
        return targets.stream().sorted(Comparator.comparing(IncidentTarget::getPriority)).toList();
    }

    /**
     * Tiers ordered by threshold, highest first: each below the committed availability, thresholds distinct, and a
     * lower availability never earns a smaller credit.
     */
    private static List<ServiceCreditTier> tiers(List<ServiceCreditTier> tiers, BigDecimal availability) {
        Checks.required("serviceCreditTiers", tiers);
        if (tiers.size() > MAX_CREDIT_TIERS) {
            throw CloudCareException.invalid("serviceCreditTiers", "At most " + MAX_CREDIT_TIERS + " tiers.");
        }
        if (tiers.stream().anyMatch(Objects::isNull)) {
            throw CloudCareException.invalid("serviceCreditTiers", "A service credit tier must not be empty.");
        }
        List<ServiceCreditTier> ordered = tiers.stream()
                .sorted(Comparator.comparing(ServiceCreditTier::getAvailabilityBelowPercent).reversed()).toList();
        for (int i = 0; i < ordered.size(); i++) {
            ServiceCreditTier tier = ordered.get(i);
            if (tier.getAvailabilityBelowPercent().compareTo(availability) > 0) {
                throw CloudCareException.invalid("serviceCreditTiers.availabilityBelowPercent", "A credit tier must"
                        + " start at or below the committed availability of " + availability.stripTrailingZeros()
                        .toPlainString() + " %.");
            }
            if (i > 0) {
                ServiceCreditTier higher = ordered.get(i - 1);
                if (higher.getAvailabilityBelowPercent().compareTo(tier.getAvailabilityBelowPercent()) == 0) {
                    throw CloudCareException.invalid("serviceCreditTiers.availabilityBelowPercent",
                            "Two credit tiers start at the same availability.");
                }
                if (tier.getCreditPercent().compareTo(higher.getCreditPercent()) < 0) {
                    throw CloudCareException.invalid("serviceCreditTiers.creditPercent", "A lower availability must"
                            + " not earn a smaller credit than a higher one.");
                }
            }
        }
        return ordered;
    }
}
