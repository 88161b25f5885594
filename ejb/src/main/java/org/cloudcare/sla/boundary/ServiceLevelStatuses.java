package org.cloudcare.sla.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.tenancy.TenantScope;
import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.problem.entity.Interval;
import org.cloudcare.sla.control.SlaEvaluator;
import org.cloudcare.sla.control.AgreementEvaluation;
import org.cloudcare.sla.entity.AvailabilityFigure;
import org.cloudcare.sla.entity.EvaluationPeriod;
import org.cloudcare.sla.entity.ObjectiveOutcome;
import org.cloudcare.sla.entity.ObjectiveStatus;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.SlaEvaluationResult;
import org.cloudcare.sla.entity.SlaViolation;

/**
 * The customer's view of its service levels (issue 8, customer view): per agreement and objective the status of the
 * running month, the daily availability trend of a month, and the closed months with their violations and credits.
 * Every figure comes from the evaluation ({@link SlaEvaluator}): the running month is assessed read-only with the
 * evaluation's own queries and maths, the trend judges each day's window with the same availability figure, the past
 * periods are the stored evaluations of closed months.
 * <p>
 * <b>Who.</b> The status is the "SLA status" every customer's user sees (SPEC role table), the customer's plain user
 * included; it carries no credits. The trend and past periods (violations with service credits) are management
 * information like the agreement itself: the customer's administrator and business manager, and provider staff. A
 * foreign customer's or agreement's id is NOT_FOUND; the monitoring account reads nothing.
 */
@Stateless
@CheckedInput
public class ServiceLevelStatuses {

    /** How many closed months the past periods go back at most. */
    public static final int MAX_MONTHS = 36;

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    TenantScope scope;

    @Inject
    SlaEvaluator evaluator;

    @Inject
    java.time.Clock clock;

    /** One objective of the running month so far, with its status. */
    public record ObjectiveStanding(ObjectiveOutcome outcome, ObjectiveStatus status) {
    }

    /** One agreement's running month so far. */
    public record AgreementStanding(ServiceLevelAgreement agreement, String period, Interval window,
            Instant assessedAt, List<ObjectiveStanding> objectives) {
    }

    /** One UTC day's delivered availability against the target. */
    public record DayFigure(LocalDate day, AvailabilityFigure availability, boolean belowTarget) {
    }

    /** The daily availability of one agreement in one month. */
    public record Trend(ServiceLevelAgreement agreement, String period, java.math.BigDecimal targetPercent,
            List<DayFigure> days) {
    }

    /**
     * The running month's status of every agreement of the customer in force this month, oldest agreement first.
     */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public List<AgreementStanding> serviceLevelStatus(String customerId) {
        Customer customer = scope.find(Customer.class, Customer.TYPE, customerId);
        Instant now = clock.instant();
        EvaluationPeriod month = EvaluationPeriod.of(now);
        List<ServiceLevelAgreement> agreements = em.createQuery("SELECT a FROM ServiceLevelAgreement a"
                + " WHERE a.customerId = :customer AND a.startDate < :now AND (a.endedAt IS NULL OR a.endedAt > :start)"
                + " ORDER BY a.startDate, a.id", ServiceLevelAgreement.class)
                .setParameter("customer", customer.getId()).setParameter("now", Timestamps.at(now))
                .setParameter("start", Timestamps.at(month.start())).getResultList();
        Map<String, SlaEvaluator.Assessed> assessed = evaluator.assess(agreements, month, now);
        List<AgreementStanding> standings = new ArrayList<>();
        for (ServiceLevelAgreement agreement : agreements) {
            SlaEvaluator.Assessed so = assessed.get(agreement.getId());
            if (so == null) {
                continue;
            }
            Interval wholeMonth = SlaEvaluator.windowOf(agreement, month, month.end());
            Duration monthWindow = wholeMonth == null ? Duration.ZERO : wholeMonth.length();
            standings.add(new AgreementStanding(agreement, month.toString(), so.window(), now,
                    so.outcomes().stream().map(o -> new ObjectiveStanding(o,
                            ObjectiveStatus.ofRunning(o, so.availability(), monthWindow))).toList()));
        }
        return standings;
    }

    /**
     * The delivered availability per UTC day of a month that has begun (default: the running one, up to now) against
     * the agreement's target. VALIDATION names {@code period} for a month not begun.
     */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER,
            Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Trend serviceLevelTrend(String agreementId, String period) {
        ServiceLevelAgreement agreement = scope.find(ServiceLevelAgreement.class, ServiceLevelAgreement.TYPE,
                agreementId);
        Instant now = clock.instant();
        EvaluationPeriod month = period == null || period.isBlank() ? EvaluationPeriod.of(now)
                : EvaluationPeriod.parse("period", period);
        if (!month.hasBegunAt(now)) {
            throw CloudCareException.invalid("period", "The month " + month + " has not begun.");
        }
        java.math.BigDecimal target = agreement.effectiveTerms().availabilityPercent();
        List<DayFigure> days = evaluator.dailyAvailability(agreement, month, now).stream()
                .map(figure -> new DayFigure(LocalDate.ofInstant(figure.window().start(), ZoneOffset.UTC), figure,
                        figure.percent().compareTo(target) < 0))
                .toList();
        return new Trend(agreement, month.toString(), target, days);
    }

    /**
     * The evaluations of the agreement's closed months, newest first, at most {@code months} (1 to 36) of them, each
     * with its violations and credits; months never evaluated are left out.
     */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER,
            Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public List<SlaEvaluation> serviceLevelHistory(String agreementId, int months) {
        ServiceLevelAgreement agreement = scope.find(ServiceLevelAgreement.class, ServiceLevelAgreement.TYPE,
                agreementId);
        if (months < 1 || months > MAX_MONTHS) {
            throw CloudCareException.invalid("months", "Ask for 1 to " + MAX_MONTHS + " months.");
        }
        List<String> periods = em.createQuery("SELECT DISTINCT r.period FROM SlaEvaluationResult r"
                + " WHERE r.agreementId = :id AND r.periodClosed = TRUE ORDER BY r.period DESC", String.class)
                .setParameter("id", agreement.getId()).setMaxResults(months).getResultList();
        if (periods.isEmpty()) {
            return List.of();
        }
        Map<String, List<SlaEvaluationResult>> results = em.createQuery("SELECT r FROM SlaEvaluationResult r"
                + " WHERE r.agreementId = :id AND r.period IN :periods", SlaEvaluationResult.class)
                .setParameter("id", agreement.getId()).setParameter("periods", periods).getResultList().stream()
                .collect(Collectors.groupingBy(SlaEvaluationResult::getPeriod, TreeMap::new, Collectors.collectingAndThen(
                        Collectors.toList(), stored -> AgreementEvaluation.withUnmeasured(agreement, stored))));
        Map<String, List<SlaViolation>> violations = em.createQuery("SELECT v FROM SlaViolation v"
                + " WHERE v.agreementId = :id AND v.period IN :periods", SlaViolation.class)
                .setParameter("id", agreement.getId()).setParameter("periods", periods).getResultList().stream()
                .sorted(Comparator.comparing(SlaViolation::getObjective))
                .collect(Collectors.groupingBy(SlaViolation::getPeriod));
        return periods.stream().map(p -> new SlaEvaluation(agreement, p, results.getOrDefault(p, List.of()),
                violations.getOrDefault(p, List.of()))).toList();
    }
}
