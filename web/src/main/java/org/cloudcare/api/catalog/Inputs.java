package org.cloudcare.api.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cloudcare.api.Enums;
import org.cloudcare.api.Moments;
import org.cloudcare.catalog.entity.AvailabilityPeriod;
import org.cloudcare.catalog.entity.IncidentPriority;
import org.cloudcare.catalog.entity.IncidentTarget;
import org.cloudcare.catalog.entity.PeerProvider;
import org.cloudcare.catalog.entity.PeerRole;
import org.cloudcare.catalog.entity.PriceType;
import org.cloudcare.catalog.entity.ProductOfferingPrice.PriceTerms;
import org.cloudcare.catalog.entity.ServiceCreditTier;
import org.cloudcare.catalog.entity.SlaTerms;
import org.cloudcare.catalog.entity.SupportHours;
import org.cloudcare.catalog.entity.ThresholdObjective;
import org.cloudcare.catalog.entity.ThresholdStandard;
import org.cloudcare.catalog.entity.ThresholdUnit;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.money.Money;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The inputs of the catalogue mutations, and their translation into the domain's value objects, which check every
 * value and name the field at fault.
 */
final class Inputs {

    private Inputs() {
    }

    @Input("CreateProductOfferingInput")
    public record CreateProductOffering(
            @NonNull @Description("A readable key: 2-40 lower-case letters, digits or hyphens; never changes.")
            String code,
            @NonNull String name,
            String description,
            @NonNull Vocabulary.Category category,
            @NonNull @Description("Region codes such as ch-zurich: where it can run and keep data.")
            List<@NonNull String> regions,
            @Description("The component offerings of a bundle (none: not a bundle).")
            @Id List<String> bundledProductOfferingIds,
            @NonNull SupportHoursInput supportHours,
            List<PeerProviderInput> peerProviders) {
    }

    @Input("UpdateProductOfferingInput")
    public record UpdateProductOffering(
            @Id @NonNull String id,
            @NonNull @Description("The version you edited; a newer one on the server gives CONFLICT.") Long version,
            @NonNull String name,
            String description,
            @NonNull Vocabulary.Category category,
            @NonNull List<@NonNull String> regions,
            @Id List<String> bundledProductOfferingIds,
            @NonNull SupportHoursInput supportHours,
            List<PeerProviderInput> peerProviders) {
    }

    @Input("SupportHoursInput")
    @Description("Either allHours (24x7), or days with from and to (HH:mm) in an IANA timeZone.")
    public record SupportHoursInput(@NonNull Boolean allHours, List<Vocabulary.Weekday> days, String from,
            String to, String timeZone) {

        SupportHours toDomain() {
            if (Boolean.TRUE.equals(allHours)) {
                if (days != null && !days.isEmpty() || from != null || to != null || timeZone != null) {
                    throw CloudCareException.invalid("supportHours.allHours", "Support around the clock has no days,"
                            + " times or time zone.");
                }
                return SupportHours.allHours();
            }
            return SupportHours.of(days == null ? Set.of() : days.stream().filter(day -> day != null)
                    .map(day -> java.time.DayOfWeek.valueOf(day.name()))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(java.time.DayOfWeek.class))), from, to,
                    timeZone);
        }
    }

    @Input("PeerProviderInput")
    public record PeerProviderInput(@NonNull String name, @NonNull Vocabulary.PeerRole role) {

        static List<PeerProvider> toDomain(List<PeerProviderInput> peers) {
            return peers == null ? List.of() : peers.stream().map(peer -> peer == null ? null
                    : PeerProvider.of(peer.name(), Enums.as(PeerRole.class, peer.role()))).toList();
        }
    }

    @Input("MoneyInput")
    public record MoneyInput(@NonNull BigDecimal amount, @NonNull @Description("ISO 4217, e.g. EUR.") String currency) {

        static Money toDomain(String field, MoneyInput money) {
            return money == null ? null : Money.of(field, money.amount(), money.currency());
        }
    }

    @Input("AddProductOfferingPriceInput")
    public record AddProductOfferingPrice(
            @Id @NonNull String productOfferingId,
            @NonNull String name,
            @NonNull Vocabulary.Price priceType,
            @NonNull @Description("RECURRING: per month; USAGE: per unit within includedQuantity; ONE_TIME: once.")
            MoneyInput price,
            @Description("USAGE only, e.g. GB-month.") String unitOfMeasure,
            @Description("USAGE only: units a month at price (default 0).") BigDecimal includedQuantity,
            @Description("USAGE only: per unit beyond includedQuantity (default: price).") MoneyInput excessUsageRate,
            @Description("ISO 8601 date and time with offset, e.g. 2026-01-01T00:00:00Z; default: now.")
            String validFrom,
            @Description("ISO 8601 date and time with offset; none: open-ended.") String validTo) {

        PriceTerms toDomain() {
            return new PriceTerms(name, Enums.as(PriceType.class, priceType), MoneyInput.toDomain("price", price),
                    unitOfMeasure, includedQuantity, MoneyInput.toDomain("excessUsageRate", excessUsageRate),
                    moment("validFrom", validFrom), moment("validTo", validTo));
        }

        private static OffsetDateTime moment(String field, String text) {
            return Moments.parse(field, text);
        }
    }

    @Input("IncidentTargetInput")
    public record IncidentTargetInput(@NonNull Vocabulary.Priority priority, @NonNull Integer responseMinutes,
            @NonNull Integer repairMinutes) {
    }

    @Input("ServiceCreditTierInput")
    public record ServiceCreditTierInput(@NonNull BigDecimal availabilityBelowPercent,
            @NonNull BigDecimal creditPercent) {
    }

    @Input("SetSlaTemplateInput")
    @Description("Every objective and term of the template; replaces what the offering's template held.")
    public record SetSlaTemplate(
            @Id @NonNull String productOfferingId,
            @NonNull @Description("0-100, at most four decimal places.") BigDecimal availabilityPercent,
            @NonNull Vocabulary.Period availabilityPeriod,
            @NonNull Integer targetResponseTimeMinutes,
            @NonNull @Description("One per priority.") List<@NonNull IncidentTargetInput> incidentTargets,
            @NonNull Integer plannedDowntimeMinutesPerMonth,
            @NonNull Integer disruptionNoticeHours,
            @NonNull Integer backupFrequencyHours,
            @NonNull Integer recoveryPointObjectiveMinutes,
            @NonNull Integer recoveryTimeObjectiveMinutes,
            @NonNull @Description("Within the offering's regions.") List<@NonNull String> dataLocation,
            @NonNull List<@NonNull ServiceCreditTierInput> serviceCreditTiers,
            @NonNull Boolean excessUsageBilled,
            String excessUsageTerms,
            @NonNull Integer paymentTermDays,
            @NonNull Integer termMonths,
            @NonNull Boolean autoRenew,
            @NonNull Integer expiryNoticeDays) {

        SlaTerms toDomain() {
            return new SlaTerms(availabilityPercent, Enums.as(AvailabilityPeriod.class, availabilityPeriod),
                    targetResponseTimeMinutes, incidentTargets == null ? null : incidentTargets.stream()
                            .map(target -> target == null ? null : IncidentTarget.of(
                                    Enums.as(IncidentPriority.class, target.priority()), target.responseMinutes(),
                                    target.repairMinutes())).toList(),
                    plannedDowntimeMinutesPerMonth, disruptionNoticeHours, backupFrequencyHours,
                    recoveryPointObjectiveMinutes, recoveryTimeObjectiveMinutes,
                    dataLocation == null ? null : Set.copyOf(dataLocation.stream().filter(r -> r != null).toList()),
                    serviceCreditTiers == null ? null : serviceCreditTiers.stream()
                            .map(tier -> tier == null ? null : ServiceCreditTier.of(tier.availabilityBelowPercent(),
                                    tier.creditPercent())).toList(),
                    excessUsageBilled, excessUsageTerms, paymentTermDays, termMonths, autoRenew, expiryNoticeDays);
        }
    }

    @Input("ThresholdStandardInput")
    @Description("One threshold standard. unit must be the objective's: PERCENT for AVAILABILITY, MILLISECONDS for"
            + " RESPONSE_TIME, MINUTES for the incident times, which also need a priority.")
    public record ThresholdStandardInput(@NonNull Vocabulary.Objective objective, Vocabulary.Priority priority,
            @NonNull Vocabulary.Unit unit, @NonNull BigDecimal warningValue, @NonNull BigDecimal breachValue) {

        static List<ThresholdStandard.Terms> toDomain(List<ThresholdStandardInput> standards) {
            return standards == null ? null : standards.stream().map(standard -> standard == null ? null
                    : new ThresholdStandard.Terms(Enums.as(ThresholdObjective.class, standard.objective()),
                            Enums.as(IncidentPriority.class, standard.priority()),
                            Enums.as(ThresholdUnit.class, standard.unit()), standard.warningValue(),
                            standard.breachValue())).toList();
        }
    }
}
