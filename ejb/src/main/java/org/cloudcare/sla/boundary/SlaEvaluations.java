package org.cloudcare.sla.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.paging.PagedQuery;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.tenancy.TenantScope;
import org.cloudcare.sla.control.SlaEvaluationRunner;
import org.cloudcare.sla.control.SlaEvaluationRuns;
import org.cloudcare.sla.control.SlaEvaluator;
import org.cloudcare.sla.control.AgreementEvaluation;
import org.cloudcare.sla.entity.EvaluationPeriod;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.SlaEvaluationResult;
import org.cloudcare.sla.entity.SlaEvaluationRun;
import org.cloudcare.sla.entity.SlaViolation;

/**
 * SLA evaluation (eTOM 1.3.8, ITU-T 10.1.2.2): delivered against contractual per agreement, objective and month, the
 * violations of closed months with their service credits, and the monthly evaluation run.
 * <p>
 * <b>Who.</b> The provider's service manager (ISO/TS 23535 5.1.2: SLA compliance and violations) evaluates one
 * agreement for the running or a past month, and runs (or re-runs) a closed month for every agreement. Reading
 * evaluations and violations is management information, like the agreement itself: the customer's administrator and
 * business manager read their own customer's (another customer's ids are NOT_FOUND), provider staff all; a customer's
 * plain user reads none (FORBIDDEN; the SLA status a plain user sees comes with the customer view). The run's progress
 * is provider staff's. The monitoring account reads nothing.
 * <p>
 * The running month is evaluated up to now and stays provisional: it shows what is missed so far but records no
 * violation - only a closed month does, once per agreement and objective.
 */
@Stateless
@CheckedInput
public class SlaEvaluations {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    TenantScope scope;

    @Inject
    SlaEvaluator evaluator;

    @Inject
    SlaEvaluationRunner runner;

    @Inject
    SlaEvaluationRuns runs;

    @Inject
    java.time.Clock clock;

    /**
     * Evaluates one agreement for a month ({@code yyyy-MM}) that has begun, replacing its results of that month, and
     * answers the evaluation. VALIDATION names {@code period} for a month not begun or when the agreement was not in
     * force in it.
     */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public SlaEvaluation evaluateServiceLevelAgreement(String agreementId, String period) {
        ServiceLevelAgreement agreement = scope.find(ServiceLevelAgreement.class, ServiceLevelAgreement.TYPE,
                agreementId);
        EvaluationPeriod month = EvaluationPeriod.parse("period", period);
        Instant now = clock.instant();
        if (!month.hasBegunAt(now)) {
            throw CloudCareException.invalid("period", "The month " + month + " has not begun.");
        }
        if (SlaEvaluator.windowOf(agreement, month, now) == null) {
            throw CloudCareException.invalid("period", "The agreement was not in force in " + month + ".");
        }
        evaluator.evaluate(agreement.getId(), agreement.getId(), month, now);
        return read(agreement, month);
    }

    /** The stored evaluation of one agreement for a month; no results when it was never evaluated. */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER,
            Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public SlaEvaluation serviceLevelAgreementEvaluation(String agreementId, String period) {
        ServiceLevelAgreement agreement = scope.find(ServiceLevelAgreement.class, ServiceLevelAgreement.TYPE,
                agreementId);
        return read(agreement, EvaluationPeriod.parse("period", period));
    }

    /**
     * Violations, newest month first, of one customer, one agreement and/or one month (each optional): staff all,
     * a customer's administrator and business manager their own customer's.
     */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER,
            Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Page<SlaViolation> slaViolations(String customerId, String agreementId, String period,
            PageRequest page) {
        String customer = customerId == null || customerId.isBlank() ? null
                : scope.find(Customer.class, Customer.TYPE, customerId.strip()).getId();
        String agreement = agreementId == null || agreementId.isBlank() ? null
                : scope.find(ServiceLevelAgreement.class, ServiceLevelAgreement.TYPE, agreementId.strip()).getId();
        String month = period == null || period.isBlank() ? null : EvaluationPeriod.parse("period", period)
                .toString();
        return PagedQuery.page(em, SlaViolation.class, (cb, violation) -> {
            List<Predicate> conditions = new ArrayList<>();
            conditions.add(scope.visible(cb, violation));
            if (customer != null) {
                conditions.add(cb.equal(violation.get("customerId"), customer));
            }
            if (agreement != null) {
                conditions.add(cb.equal(violation.get("agreementId"), agreement));
            }
            if (month != null) {
                conditions.add(cb.equal(violation.get("period"), month));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        }, (cb, violation) -> List.of(cb.desc(violation.get("period")), cb.asc(violation.get("agreementId")),
                cb.asc(violation.get("objective")), cb.asc(violation.get("id"))), page);
    }

    /**
     * Runs the evaluation of a closed month for every agreement (again, when it was completed), or resumes it, and
     * answers the run; when another instance is running it, answers that run as it stands. VALIDATION names
     * {@code period} for a month that has not ended.
     */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SlaEvaluationRun runSlaEvaluation(String period) {
        EvaluationPeriod month = EvaluationPeriod.parse("period", period);
        if (!month.isClosedAt(clock.instant())) {
            throw CloudCareException.invalid("period", "Only a month that has ended is run for every agreement;"
                    + " evaluate one agreement to see the running month.");
        }
        return runner.run(month, true);
    }

    /** The evaluation run of a month as it stands; null when none was started. */
    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public SlaEvaluationRun slaEvaluationRun(String period) {
        return runs.find(EvaluationPeriod.parse("period", period));
    }

    private SlaEvaluation read(ServiceLevelAgreement agreement, EvaluationPeriod month) {
        List<SlaEvaluationResult> results = AgreementEvaluation.withUnmeasured(agreement, em.createQuery(
                "SELECT r FROM SlaEvaluationResult r WHERE r.agreementId = :id AND r.period = :period",
                SlaEvaluationResult.class).setParameter("id", agreement.getId())
                .setParameter("period", month.toString()).getResultList());
        List<SlaViolation> violations = em.createQuery("SELECT v FROM SlaViolation v"
                + " WHERE v.agreementId = :id AND v.period = :period", SlaViolation.class)
                .setParameter("id", agreement.getId()).setParameter("period", month.toString()).getResultList()
                .stream().sorted(Comparator.comparing(SlaViolation::getObjective)).toList();
        return new SlaEvaluation(agreement, month.toString(), results, violations);
    }
}
