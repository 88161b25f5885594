package org.cloudcare.api.sla;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.cloudcare.api.Enums;
import org.cloudcare.api.catalog.Views.IncidentTargetView;
import org.cloudcare.api.catalog.Views.ServiceCreditTierView;
import org.cloudcare.catalog.entity.SlaTerms;
import org.cloudcare.sla.entity.AgreementOverride;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The output types of cloud service agreements. Mapped from the entities here, never serialised. */
final class Views {

    private Views() {
    }

    @Type("ServiceLevelAgreement")
    @Description("A customer's cloud service agreement for one subscription (ISO/TS 23535), made from the offering's"
            + " SLA template when the subscription started. Dates are UTC.")
    public record ServiceLevelAgreementView(
            @Id @NonNull String id,
            @NonNull String name,
            @Id @NonNull String customerId,
            @Id @NonNull String subscriptionId,
            @Id @NonNull String productOfferingId,
            @Id @NonNull @Description("The SLA template the terms were copied from.") String templateId,
            @NonNull @Description("The template's version when they were copied.") long templateVersion,
            @NonNull Vocabulary.AgreementState status,
            String statusReason,
            @NonNull OffsetDateTime startDate,
            @NonNull @Description("The end of the current term.") OffsetDateTime expiryDate,
            @NonNull @Description("When the customer is reminded that the term ends.") OffsetDateTime expiryNoticeDate,
            @Description("When the notice that the current term ends was sent to the customer; null until then (a"
                    + " renewal starts the next term without one).") OffsetDateTime expiryNoticeSentAt,
            @Description("When the next term starts; null when the agreement does not renew automatically.")
            OffsetDateTime renewalDate,
            @Description("When it expired or was terminated.") OffsetDateTime endedAt,
            @NonNull @Description("The terms in force: the template's terms as copied, with every override applied.")
            AgreementTermsView terms,
            @NonNull @Description("The overrides negotiated since the start, oldest first.")
            List<@NonNull AgreementOverrideView> overrides,
            @Description("Who moved the data location to another region (with the customer's consent); null when it"
                    + " has not moved.") String dataLocationChangedBy,
            @Description("When the data location was moved.") OffsetDateTime dataLocationChangedAt,
            @NonNull long version) {

        static ServiceLevelAgreementView of(ServiceLevelAgreement agreement) {
            return agreement == null ? null : new ServiceLevelAgreementView(agreement.getId(), agreement.getName(),
                    agreement.getCustomerId(), agreement.getSubscriptionId(), agreement.getProductOfferingId(),
                    agreement.getTemplateId(), agreement.getTemplateVersion(),
                    Enums.as(Vocabulary.AgreementState.class, agreement.getStatus()), agreement.getStatusReason(),
                    agreement.getStartDate(), agreement.getExpiryDate(), agreement.getExpiryNoticeDate(),
                    agreement.getExpiryNoticeSentAt(), agreement.getRenewalDate(), agreement.getEndedAt(),
                    AgreementTermsView.of(agreement.effectiveTerms()),
                    agreement.getOverrides().stream().map(AgreementOverrideView::of).toList(),
                    agreement.getRelocatedBy(), agreement.getRelocatedAt(), agreement.getVersion());
        }
    }

    @Type("AgreementTerms")
    @Description("The objectives and terms of an agreement (ISO/TS 23535 5.2-5.15), units in the names.")
    public record AgreementTermsView(
            @NonNull BigDecimal availabilityPercent,
            @NonNull org.cloudcare.api.catalog.Vocabulary.Period availabilityPeriod,
            @NonNull int targetResponseTimeMinutes,
            @NonNull List<@NonNull IncidentTargetView> incidentTargets,
            @NonNull int plannedDowntimeMinutesPerMonth,
            @NonNull int disruptionNoticeHours,
            @NonNull int backupFrequencyHours,
            @NonNull int recoveryPointObjectiveMinutes,
            @NonNull int recoveryTimeObjectiveMinutes,
            @NonNull List<@NonNull String> dataLocation,
            @NonNull List<@NonNull ServiceCreditTierView> serviceCreditTiers,
            @NonNull boolean excessUsageBilled,
            String excessUsageTerms,
            @NonNull int paymentTermDays,
            @NonNull int termMonths,
            @NonNull boolean autoRenew,
            @NonNull int expiryNoticeDays) {

        static AgreementTermsView of(SlaTerms terms) {
            return new AgreementTermsView(terms.availabilityPercent(),
                    Enums.as(org.cloudcare.api.catalog.Vocabulary.Period.class, terms.availabilityPeriod()),
                    terms.targetResponseTimeMinutes(),
                    terms.incidentTargets().stream().map(IncidentTargetView::of).toList(),
                    terms.plannedDowntimeMinutesPerMonth(), terms.disruptionNoticeHours(),
                    terms.backupFrequencyHours(), terms.recoveryPointObjectiveMinutes(),
                    terms.recoveryTimeObjectiveMinutes(), terms.dataLocation().stream().sorted().toList(),
                    terms.serviceCreditTiers().stream().map(ServiceCreditTierView::of).toList(),
                    terms.excessUsageBilled(), terms.excessUsageTerms(), terms.paymentTermDays(),
                    terms.termMonths(), terms.autoRenew(), terms.expiryNoticeDays());
        }
    }

    @Type("AgreementOverride")
    @Description("One objective negotiated with the customer: who recorded it, when, the value before and after, and"
            + " why.")
    public record AgreementOverrideView(@Id @NonNull String id, @NonNull Vocabulary.Objective objective,
            @NonNull BigDecimal oldValue, @NonNull BigDecimal newValue, @NonNull String reason,
            @NonNull String negotiatedBy, @NonNull OffsetDateTime negotiatedAt) {

        static AgreementOverrideView of(AgreementOverride override) {
            return new AgreementOverrideView(override.getId(),
                    Enums.as(Vocabulary.Objective.class, override.getObjective()), override.getOldValue(),
                    override.getNewValue(), override.getReason(), override.getNegotiatedBy(),
                    override.getNegotiatedAt());
        }
    }

    public record ServiceLevelAgreementEdge(@NonNull String cursor, @NonNull ServiceLevelAgreementView node) {
    }

    public record ServiceLevelAgreementConnection(@NonNull List<@NonNull ServiceLevelAgreementEdge> edges,
            @NonNull org.cloudcare.api.PageInfo pageInfo, @NonNull long totalCount) {
    }
}
