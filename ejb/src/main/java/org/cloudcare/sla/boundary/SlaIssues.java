package org.cloudcare.sla.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.Interaction;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.customer.entity.InteractionDirection;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.Reasons;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.input.LongText;
import org.cloudcare.platform.input.TextHygiene;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.paging.PagedQuery;
import org.cloudcare.platform.persistence.Flush;
import org.cloudcare.platform.security.Caller;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.tenancy.TenantScope;
import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.sla.control.SlaEvaluator;
import org.cloudcare.sla.entity.EvaluatedObjective;
import org.cloudcare.sla.entity.EvaluationPeriod;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.SlaIssue;
import org.cloudcare.sla.entity.SlaIssueAuditAction;
import org.cloudcare.sla.entity.SlaIssueChanged;
import org.cloudcare.sla.entity.SlaIssueStatus;

/**
 * SLA issue reception and analysis (ITU-T Y.3525 10.1.2.2): a customer's administrator or business manager reports a
 * suspected SLA issue for one of the customer's agreements, a month that has ended and an objective, with evidence as
 * links; the provider's service manager analyses it and confirms it - the violation is recorded through the
 * evaluation's own path ({@link SlaEvaluator#confirmedViolation}), or the one already there is linked - or rejects it
 * with a reason. Every move is one transaction with an audit line, an interaction on the customer's history and an
 * outbox event ({@code sla.issue-changed}).
 * <p>
 * <b>Who.</b> Reporting: csc-admin and csc-business-manager of the agreement's customer (ISO/TS 23535 5.1.1: they
 * check and negotiate the agreements); a plain csc-user is refused, as are provider staff (the customer's claim is
 * the customer's). Reading: the same customer roles their own customer's issues, provider staff all. Analysis: the
 * service manager. Another customer's agreement is no agreement to report on (VALIDATION naming {@code agreementId},
 * as a foreign subscription is in a problem report); another customer's issue is NOT_FOUND.
 */
@Stateless
@CheckedInput
public class SlaIssues {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    TenantScope scope;

    @Inject
    CallerContext callers;

    @Inject
    SlaEvaluator evaluator;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    java.time.Clock clock;

    /**
     * Receives a suspected SLA issue whole or not at all: every reason at once, named by field ({@code agreementId},
     * {@code period}, {@code objective}, {@code description}, {@code evidence[i].url}, {@code evidence[i].name}).
     */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER})
    public SlaIssue reportSlaIssue(String agreementId, String period, EvaluatedObjective objective,
            @LongText String description, List<SlaIssue.Evidence> evidence) {
        Caller caller = callers.current();
        Instant now = clock.instant();
        List<SlaIssue.Evidence> links = evidence == null ? List.of() : evidence;
        Reasons reasons = new Reasons();
        hygiene(reasons, links);
        ServiceLevelAgreement agreement = agreementId == null || agreementId.isBlank() || agreementId.length() > 36
                ? null : em.find(ServiceLevelAgreement.class, agreementId.strip());
        if (agreement == null || !scope.filter().admits(agreement.getTenant())) {
            agreement = null;
            reasons.add("agreementId", "The agreement names no service level agreement of the customer.");
        }
        EvaluationPeriod month = null;
        try {
            month = EvaluationPeriod.parse("period", period);
        } catch (CloudCareException refused) {
            reasons.add("period", refused.getMessage());
        }
        if (month != null && !month.isClosedAt(now)) {
            reasons.add("period", "Only a month that has ended can be reported: the running month is still being"
                    + " measured.");
        } else if (month != null && agreement != null && SlaEvaluator.windowOf(agreement, month, now) == null) {
            reasons.add("period", "The agreement was not in force in " + month + ".");
        }
        SlaIssue.problemsWith(objective, description, links).list()
                .forEach(reason -> reasons.add(reason.field(), reason.message()));
        reasons.throwIfAny("The SLA issue was refused.");
        SlaIssue issue = SlaIssue.report(agreement, month, objective, description, links, caller.username(), now);
        em.persist(issue);
        Flush.now(em, SlaIssue.TYPE + " " + issue.getId(), Map.of());
        moved(issue, SlaIssueAuditAction.SLA_ISSUE_REPORTED, InteractionDirection.INBOUND,
                "SLA issue reported: " + agreement.getName(), issue.getDescription(), caller, now);
        return issue;
    }

    /** The service manager starts the analysis of a reported issue (otherwise CONFLICT). */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public SlaIssue startSlaIssueAnalysis(String id) {
        Caller caller = callers.current();
        Instant now = clock.instant();
        SlaIssue issue = locked(id);
        issue.startAnalysis(caller.username(), now);
        moved(issue, SlaIssueAuditAction.SLA_ISSUE_ANALYSIS_STARTED, InteractionDirection.OUTBOUND,
                "SLA issue in analysis", issue.describe(), caller, now);
        return issue;
    }

    /**
     * Confirms an issue in analysis with the delivered value found: the violation of the agreement, month and
     * objective is recorded with the credit from the agreement's tiers, or the existing one is linked. VALIDATION
     * names {@code deliveredValue} for a value outside 0-100 or one that meets the contractual value.
     */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public SlaIssue confirmSlaIssue(String id, BigDecimal deliveredValue) {
        Caller caller = callers.current();
        Instant now = clock.instant();
        SlaIssue issue = locked(id);
        ServiceLevelAgreement agreement = em.find(ServiceLevelAgreement.class, issue.getAgreementId());
        issue.confirm(deliveredValue, () -> evaluator.confirmedViolation(agreement,
                EvaluationPeriod.parse("period", issue.getPeriod()), issue.getObjective(),
                deliveredValue.stripTrailingZeros(), now).getId(), caller.username(), now);
        moved(issue, SlaIssueAuditAction.SLA_ISSUE_CONFIRMED, InteractionDirection.OUTBOUND,
                "SLA issue confirmed", issue.describe(), caller, now);
        return issue;
    }

    /** Rejects an issue in analysis with the reason the customer is told. */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public SlaIssue rejectSlaIssue(String id, @LongText String reason) {
        Caller caller = callers.current();
        Instant now = clock.instant();
        SlaIssue issue = locked(id);
        issue.reject(reason, caller.username(), now);
        moved(issue, SlaIssueAuditAction.SLA_ISSUE_REJECTED, InteractionDirection.OUTBOUND, "SLA issue rejected",
                issue.describe(), caller, now);
        return issue;
    }

    /** One issue: the customer's administrator and business manager their own customer's, provider staff all. */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER,
            Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public SlaIssue slaIssue(String id) {
        return scope.find(SlaIssue.class, SlaIssue.TYPE, id);
    }

    /** Issues of a customer and/or status (each optional), newest first, as {@link #slaIssue} admits them. */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER,
            Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Page<SlaIssue> slaIssues(String customerId, SlaIssueStatus status, PageRequest page) {
        String customer = customerId == null || customerId.isBlank() ? null
                : scope.find(Customer.class, Customer.TYPE, customerId.strip()).getId();
        return PagedQuery.page(em, SlaIssue.class, (cb, issue) -> {
            List<Predicate> conditions = new ArrayList<>();
            conditions.add(scope.visible(cb, issue));
            if (customer != null) {
                conditions.add(cb.equal(issue.get("customerId"), customer));
            }
            if (status != null) {
                conditions.add(cb.equal(issue.get("status"), status));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        }, (cb, issue) -> List.of(cb.desc(issue.get("reportedAt")), cb.asc(issue.get("id"))), page);
    }

    /** The issue, locked for the move; staff see every tenant's, so an unknown id is NOT_FOUND. */
    private SlaIssue locked(String id) {
        SlaIssue issue = id == null || id.isBlank() || id.length() > 36 ? null
                : em.find(SlaIssue.class, id.strip(), LockModeType.PESSIMISTIC_WRITE);
        return scope.requireVisible(issue, SlaIssue.TYPE, id);
    }

    private void moved(SlaIssue issue, SlaIssueAuditAction action, InteractionDirection direction, String subject,
            String detail, Caller caller, Instant now) {
        audit.record(action, issue, detail);
        outbox.publish(SlaIssueChanged.of(issue, action, caller.username(), Timestamps.at(now)));
        em.persist(new Interaction(em.find(Customer.class, issue.getCustomerId()), InteractionChannel.PORTAL,
                direction, subject, detail, caller.username(), clock).about(SlaIssue.TYPE, issue.getId()));
    }

    /** The text rule of every boundary ({@link TextHygiene}) for the texts inside the evidence links, each named. */
    private static void hygiene(Reasons reasons, List<SlaIssue.Evidence> links) {
        for (int i = 0; i < links.size(); i++) {
            SlaIssue.Evidence link = links.get(i);
            if (link != null) {
                for (String[] text : new String[][] {{"evidence[" + i + "].url", link.url()},
                        {"evidence[" + i + "].name", link.name()}}) {
                    String problem = TextHygiene.problemWith(text[1], false);
                    if (problem != null) {
                        reasons.add(text[0], "The " + text[0] + " " + problem + ".");
                    }
                }
            }
        }
    }
}
