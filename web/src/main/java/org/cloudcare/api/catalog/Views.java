package org.cloudcare.api.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.cloudcare.api.Enums;
import org.cloudcare.catalog.entity.IncidentTarget;
import org.cloudcare.catalog.entity.PeerProvider;
import org.cloudcare.catalog.entity.ProductOffering;
import org.cloudcare.catalog.entity.ProductOfferingPrice;
import org.cloudcare.catalog.entity.ServiceCreditTier;
import org.cloudcare.catalog.entity.SlaTemplate;
import org.cloudcare.catalog.entity.SupportHours;
import org.cloudcare.catalog.entity.ThresholdStandard;
import org.cloudcare.platform.money.Money;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The output types of the catalogue (TMF620 names where they fit). Mapped from the entities here, never serialised. */
public final class Views {

    private Views() {
    }

    @Type("ProductOffering")
    @Description("An offering of the provider's catalogue (TMF620). Drafts and retired offerings are visible to"
            + " provider staff only.")
    public record ProductOfferingView(
            @Id @NonNull String id,
            @NonNull @Description("A readable key that never changes, e.g. ehr-suite.") String code,
            @NonNull String name,
            String description,
            @NonNull Vocabulary.Category category,
            @NonNull @Description("TMF620 lifecycleStatus.") Vocabulary.Status status,
            @NonNull @Description("Only an active offering can be ordered.") boolean orderable,
            @NonNull @Name("isBundle") @Description("Made of component offerings (bundledProductOffering).")
            boolean isBundle,
            @NonNull @Description("The regions the offering can run and keep data in (ISO/TS 23535 5.7).")
            List<@NonNull String> regions,
            @NonNull SupportHoursView supportHours,
            @NonNull @Description("Peer providers and subcontractors involved (ISO/TS 23535 5.2.9).")
            List<@NonNull PeerProviderView> peerProviders,
            @NonNull @Description("Send it back when editing: a stale version is refused with CONFLICT.") long version,
            @NonNull OffsetDateTime createdAt,
            @NonNull OffsetDateTime updatedAt) {

        static ProductOfferingView of(ProductOffering offering) {
            return new ProductOfferingView(offering.getId(), offering.getCode(), offering.getName(),
                    offering.getDescription(), Enums.as(Vocabulary.Category.class, offering.getCategory()),
                    Enums.as(Vocabulary.Status.class, offering.getStatus()), offering.isOrderable(),
                    offering.isBundle(), List.copyOf(offering.getRegions()),
                    SupportHoursView.of(offering.getSupportHours()),
                    offering.getPeerProviders().stream().map(PeerProviderView::of).toList(), offering.getVersion(),
                    offering.getCreatedAt(), offering.getUpdatedAt());
        }
    }

    @Type("SupportHours")
    @Description("When support answers: around the clock, or on the days between from and to (HH:mm) in timeZone.")
    public record SupportHoursView(@NonNull boolean allHours, @NonNull List<Vocabulary.@NonNull Weekday> days,
            String from, String to, @Description("IANA time zone, e.g. Europe/Zurich.") String timeZone) {

        static SupportHoursView of(SupportHours hours) {
            return new SupportHoursView(hours.isAllHours(), hours.getDays().stream()
                    .map(day -> Enums.as(Vocabulary.Weekday.class, day)).toList(), hours.getFrom(), hours.getTo(),
                    hours.getTimeZone());
        }
    }

    @Type("PeerProvider")
    public record PeerProviderView(@NonNull String name, @NonNull Vocabulary.PeerRole role) {

        static PeerProviderView of(PeerProvider peer) {
            return new PeerProviderView(peer.getName(), Enums.as(Vocabulary.PeerRole.class, peer.getRole()));
        }
    }

    @Type("Money")
    @Description("An exact amount (at most four decimal places) in an ISO 4217 currency.")
    public record MoneyView(@NonNull BigDecimal amount, @NonNull String currency) {

        public static MoneyView of(Money money) {
            return money == null ? null : new MoneyView(money.getAmount(), money.getCurrency());
        }
    }

    @Type("ProductOfferingPrice")
    @Description("A price of an offering (TMF620). RECURRING: price per month. USAGE: per unitOfMeasure, the first"
            + " includedQuantity units a month at price, every further unit at excessUsageRate. ONE_TIME: once.")
    public record ProductOfferingPriceView(
            @Id @NonNull String id,
            @NonNull String name,
            @NonNull Vocabulary.Price priceType,
            @NonNull MoneyView price,
            String unitOfMeasure,
            BigDecimal includedQuantity,
            MoneyView excessUsageRate,
            @NonNull OffsetDateTime validFrom,
            @Description("Open-ended when null.") OffsetDateTime validTo) {

        static ProductOfferingPriceView of(ProductOfferingPrice price) {
            return new ProductOfferingPriceView(price.getId(), price.getName(),
                    Enums.as(Vocabulary.Price.class, price.getPriceType()), MoneyView.of(price.getPrice()),
                    price.getUnitOfMeasure(), price.getIncludedQuantity(), MoneyView.of(price.getExcessUsageRate()),
                    price.getValidFrom(), price.getValidTo());
        }
    }

    @Type("SlaTemplate")
    @Description("The SLA template of an offering (ISO/TS 23535): the objectives and terms a customer's agreement"
            + " starts from.")
    public record SlaTemplateView(
            @Id @NonNull String id,
            @NonNull @Description("Availability committed per availabilityPeriod, in percent.")
            BigDecimal availabilityPercent,
            @NonNull Vocabulary.Period availabilityPeriod,
            @NonNull int targetResponseTimeMinutes,
            @NonNull List<@NonNull IncidentTargetView> incidentTargets,
            @NonNull int plannedDowntimeMinutesPerMonth,
            @NonNull @Description("Notice before a planned disruption.") int disruptionNoticeHours,
            @NonNull int backupFrequencyHours,
            @NonNull int recoveryPointObjectiveMinutes,
            @NonNull int recoveryTimeObjectiveMinutes,
            @NonNull @Description("The regions the customer's data stays in.") List<@NonNull String> dataLocation,
            @NonNull @Description("Highest threshold first; the lowest one the availability falls below applies.")
            List<@NonNull ServiceCreditTierView> serviceCreditTiers,
            @NonNull boolean excessUsageBilled,
            String excessUsageTerms,
            @NonNull int paymentTermDays,
            @NonNull int termMonths,
            @NonNull boolean autoRenew,
            @NonNull int expiryNoticeDays,
            @NonNull long version) {

        static SlaTemplateView of(SlaTemplate template) {
            return template == null ? null : new SlaTemplateView(template.getId(), template.getAvailabilityPercent(),
                    Enums.as(Vocabulary.Period.class, template.getAvailabilityPeriod()),
                    template.getTargetResponseTimeMinutes(),
                    template.getIncidentTargets().stream().map(IncidentTargetView::of).toList(),
                    template.getPlannedDowntimeMinutesPerMonth(), template.getDisruptionNoticeHours(),
                    template.getBackupFrequencyHours(), template.getRecoveryPointObjectiveMinutes(),
                    template.getRecoveryTimeObjectiveMinutes(), List.copyOf(template.getDataLocation()),
                    template.getServiceCreditTiers().stream().map(ServiceCreditTierView::of).toList(),
                    template.isExcessUsageBilled(), template.getExcessUsageTerms(), template.getPaymentTermDays(),
                    template.getTermMonths(), template.isAutoRenew(), template.getExpiryNoticeDays(),
                    template.getVersion());
        }
    }

    @Type("IncidentTarget")
    @Description("Response and repair time for incidents of one priority.")
    public record IncidentTargetView(@NonNull Vocabulary.Priority priority, @NonNull int responseMinutes,
            @NonNull int repairMinutes) {

        public static IncidentTargetView of(IncidentTarget target) {
            return new IncidentTargetView(Enums.as(Vocabulary.Priority.class, target.getPriority()),
                    target.getResponseMinutes(), target.getRepairMinutes());
        }
    }

    @Type("ServiceCreditTier")
    @Description("Below availabilityBelowPercent, creditPercent of the monthly recurring charge is credited.")
    public record ServiceCreditTierView(@NonNull BigDecimal availabilityBelowPercent,
            @NonNull BigDecimal creditPercent) {

        public static ServiceCreditTierView of(ServiceCreditTier tier) {
            return new ServiceCreditTierView(tier.getAvailabilityBelowPercent(), tier.getCreditPercent());
        }
    }

    @Type("ThresholdStandard")
    @Description("An agreed performance threshold standard of an offering (eTOM 1.2.4.1), internal to the provider:"
            + " warningValue is where the provider starts to act, breachValue counts as a breach, both in unit. For"
            + " AVAILABILITY a higher value is better, for the times a lower one. priority only for incident times.")
    public record ThresholdStandardView(@NonNull Vocabulary.Objective objective, Vocabulary.Priority priority,
            @NonNull Vocabulary.Unit unit, @NonNull BigDecimal warningValue, @NonNull BigDecimal breachValue) {

        static ThresholdStandardView of(ThresholdStandard standard) {
            return new ThresholdStandardView(Enums.as(Vocabulary.Objective.class, standard.getObjective()),
                    Enums.as(Vocabulary.Priority.class, standard.getPriority()),
                    Enums.as(Vocabulary.Unit.class, standard.getUnit()), standard.getWarningValue(),
                    standard.getBreachValue());
        }
    }

    public record ProductOfferingEdge(@NonNull String cursor, @NonNull ProductOfferingView node) {
    }

    public record ProductOfferingConnection(@NonNull List<@NonNull ProductOfferingEdge> edges,
            @NonNull org.cloudcare.api.PageInfo pageInfo, @NonNull long totalCount) {
    }
}
