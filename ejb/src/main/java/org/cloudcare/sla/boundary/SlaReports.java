package org.cloudcare.sla.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.order.boundary.OrderReporting;
import org.cloudcare.order.entity.OrderCompletionOnTime;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.tenancy.TenantScope;
import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.problem.boundary.TicketFigures;
import org.cloudcare.problem.boundary.TicketReporting;
import org.cloudcare.sla.control.AgreementEvaluation;
import org.cloudcare.sla.entity.EvaluationPeriod;
import org.cloudcare.sla.entity.PlannedOutage;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.SlaEvaluationResult;
import org.cloudcare.sla.entity.SlaIssue;
import org.cloudcare.sla.entity.SlaViolation;

/**
 * The SLA report of one customer and month (ITU-T Y.3525 10.1.2.2 SLA reporting, eTOM 1.3.8): the customer's
 * agreements in force in the month, each with its stored evaluation (contractual against delivered per objective, as
 * the evaluation computed it - nothing is computed a second way here), the violations with their service credits and
 * the total credit per currency, the planned outages that touched the customer's subscriptions, the SLA issues
 * reported for the month and their outcome, and the customer's ticket figures ({@link TicketReporting}) and order
 * completion on time ({@link OrderReporting}) of the month. Reading it stores nothing.
 * <p>
 * Readers: the customer's administrator and business manager their own customer (another customer's id is
 * NOT_FOUND), provider staff every customer; a plain csc-user and the monitoring account are refused.
 */
@Stateless
@CheckedInput
public class SlaReports {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    TenantScope scope;

    @Inject
    TicketReporting tickets;

    @Inject
    OrderReporting orders;

    @Inject
    java.time.Clock clock;

    /** The report of the customer for the month {@code period} ({@code yyyy-MM}; VALIDATION names it otherwise). */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER,
            Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public SlaReport slaReport(String customerId, String period) {
        Customer customer = scope.find(Customer.class, Customer.TYPE, customerId);
        EvaluationPeriod month = EvaluationPeriod.parse("period", period);
        OffsetDateTime from = Timestamps.at(month.start());
        OffsetDateTime to = Timestamps.at(month.end());
        List<ServiceLevelAgreement> agreements = em.createQuery("SELECT a FROM ServiceLevelAgreement a"
                + " WHERE a.customerId = :customer AND a.startDate < :end AND (a.endedAt IS NULL OR a.endedAt > :start)"
                + " ORDER BY a.name, a.id", ServiceLevelAgreement.class).setParameter("customer", customer.getId())
                .setParameter("start", from).setParameter("end", to).getResultList();
        Map<String, List<SlaEvaluationResult>> results = em.createQuery("SELECT r FROM SlaEvaluationResult r"
                + " WHERE r.customerId = :customer AND r.period = :period", SlaEvaluationResult.class)
                .setParameter("customer", customer.getId()).setParameter("period", month.toString()).getResultList()
                .stream().collect(Collectors.groupingBy(SlaEvaluationResult::getAgreementId));
        List<SlaViolation> violations = em.createQuery("SELECT v FROM SlaViolation v WHERE v.customerId = :customer"
                + " AND v.period = :period ORDER BY v.agreementId, v.objective", SlaViolation.class)
                .setParameter("customer", customer.getId()).setParameter("period", month.toString())
                .getResultList();
        Map<String, BigDecimal> credits = SlaViolation.creditsDue(violations);
        List<PlannedOutage> outages = em.createQuery("SELECT DISTINCT o FROM PlannedOutage o"
                + " WHERE o.windowStart < :end AND o.windowEnd > :start AND (EXISTS (SELECT s FROM Subscription s,"
                + " PlannedOutage x JOIN x.subscriptionIds named WHERE x = o AND named = s.id AND s.customerId ="
                + " :customer) OR EXISTS (SELECT t FROM Subscription t, PlannedOutage y JOIN y.productOfferingIds"
                + " offering WHERE y = o AND offering = t.productOfferingId AND t.customerId = :customer))",
                PlannedOutage.class).setParameter("start", from).setParameter("end", to)
                .setParameter("customer", customer.getId()).getResultList().stream()
                .sorted(Comparator.comparing(PlannedOutage::getWindowStart).thenComparing(PlannedOutage::getId))
                .toList();
        // of the subscriptions an outage names, the report shows the customer's own only
        Set<String> own = new HashSet<>(em.createQuery("SELECT s.id FROM Subscription s"
                + " WHERE s.customerId = :customer", String.class).setParameter("customer", customer.getId())
                .getResultList());
        List<PlannedOutages.Notice> notices = outages.stream().map(o -> new PlannedOutages.Notice(o,
                o.getSubscriptionIds().stream().filter(own::contains).sorted().toList())).toList();
        List<SlaIssue> issues = em.createQuery("SELECT i FROM SlaIssue i WHERE i.customerId = :customer"
                + " AND i.period = :period ORDER BY i.reportedAt, i.id", SlaIssue.class)
                .setParameter("customer", customer.getId()).setParameter("period", month.toString())
                .getResultList();
        List<TicketFigures> ticketFigures = tickets.troubleTicketStatistics(customer.getId(), from, to,
                TicketReporting.Grouping.CUSTOMER);
        OrderCompletionOnTime orderFigures = orders.orderCompletionOnTime(customer.getId(), month.start(),
                month.end());
        return new SlaReport(customer, month.toString(), Timestamps.now(clock),
                agreements.stream().map(a -> new SlaReport.AgreementSection(a,
                        AgreementEvaluation.withUnmeasured(a, results.getOrDefault(a.getId(), List.of())),
                        violations.stream()
                                .filter(v -> v.getAgreementId().equals(a.getId())).toList())).toList(),
                violations, credits, notices, issues, ticketFigures.isEmpty() ? null : ticketFigures.get(0),
                orderFigures);
    }
}
