package org.cloudcare.sla.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.customer.boundary.Interactions;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.order.boundary.OrderReporting;
import org.cloudcare.order.entity.OrderCompletionOnTime;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.CallerKind;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.tenancy.TenantScope;
import org.cloudcare.problem.boundary.SatisfactionFigures;
import org.cloudcare.problem.boundary.TicketFigures;
import org.cloudcare.problem.boundary.TicketReporting;
import org.cloudcare.sla.entity.QualityAuditAction;

/**
 * Customer quality management (ITU-T Y.3525 10.1.2.3): one quality view per customer and period, made of the
 * figures the other areas already keep - satisfaction from the ratings of closed tickets and the contact performance
 * of the tickets ({@link TicketReporting}), order completion on time ({@link OrderReporting}), and the interactions
 * per channel ({@link Interactions}) - so each figure has one definition - and the SLA compliance: the share of the
 * objectives judged in the evaluations of the closed months within the period that were met
 * ({@link SlaCompliance}, from the stored evaluation results).
 * <p>
 * Readers: a customer's administrator and business manager their own customer (another customer's id is NOT_FOUND),
 * provider staff every customer; a customer's plain user and the monitoring account are refused. When provider staff
 * read it, the read is recorded as a customer profile inquiry in the customer's audit trail, in the same
 * transaction.
 */
@Stateless
@CheckedInput
public class CustomerQuality {

    @Inject
    TenantScope scope;

    @Inject
    CallerContext callers;

    @Inject
    TicketReporting tickets;

    @Inject
    OrderReporting orders;

    @Inject
    Interactions interactions;

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    /**
     * The quality view of the customer for [{@code from}, {@code to}): a period that is missing, does not run forwards
     * or is longer than ten years is VALIDATION naming {@code from} or {@code to}.
     */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER,
            Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Figures customerQuality(String customerId, OffsetDateTime from, OffsetDateTime to) {
        Customer customer = scope.find(Customer.class, Customer.TYPE, customerId);
        // checks the period (every reason at once) before anything else is read
        List<TicketFigures> ticketFigures = tickets.troubleTicketStatistics(customer.getId(), from, to,
                TicketReporting.Grouping.CUSTOMER);
        Figures figures = new Figures(customer, from, to, tickets.satisfaction(customer.getId(), from, to),
                ticketFigures.isEmpty() ? null : ticketFigures.get(0),
                orders.orderCompletionOnTime(customer.getId(), from.toInstant(), to.toInstant()),
                interactions.countsByChannel(customer.getId(), from, to), slaCompliance(customer.getId(), from, to));
        if (callers.current().kind() == CallerKind.PROVIDER_STAFF) {
            audit.record(QualityAuditAction.CUSTOMER_PROFILE_INQUIRY, customer, "customer quality view " + from
                    + " to " + to);
        }
        return figures;
    }

    /**
     * One customer's quality view for a period.
     *
     * @param contactPerformance the ticket figures of the tickets received in the period (time to acknowledge and to
     *                           repair, within target, first response to information requests); null when none was
     *                           received
     */
    public record Figures(Customer customer, OffsetDateTime from, OffsetDateTime to, SatisfactionFigures satisfaction,
            TicketFigures contactPerformance, OrderCompletionOnTime orderCompletionOnTime,
            Map<InteractionChannel, Long> interactionsByChannel, SlaCompliance slaCompliance) {
    }

    /**
     * SLA compliance over the closed months that lie wholly within the period: how many objectives the stored
     * evaluations judged (met or missed; the ones without a judgement are left out) and how many of them were met.
     *
     * @param firstMonth   the first month counted ({@code yyyy-MM}); null when no whole month lies in the period
     * @param lastMonth    the last month counted
     * @param percentMet   met / judged in percent, two decimals cut; null when nothing was judged
     */
    public record SlaCompliance(String firstMonth, String lastMonth, long objectivesJudged, long objectivesMet,
            BigDecimal percentMet) {
    }

    private SlaCompliance slaCompliance(String customerId, OffsetDateTime from, OffsetDateTime to) {
        YearMonth first = YearMonth.from(from.withOffsetSameInstant(ZoneOffset.UTC));
        if (!first.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC).isEqual(from)) {
            first = first.plusMonths(1);
        }
        YearMonth last = YearMonth.from(to.withOffsetSameInstant(ZoneOffset.UTC)).minusMonths(1);
        if (last.isBefore(first)) {
            return new SlaCompliance(null, null, 0, 0, null);
        }
        // booleans as parameters: EclipseLink writes a TRUE literal as 1, which H2 refuses to compare with a BOOLEAN
        String firstMonth = first.toString();
        String lastMonth = last.toString();
        java.util.function.Function<Boolean, Long> judgedAs = met -> em.createQuery("SELECT COUNT(r)"
                + " FROM SlaEvaluationResult r WHERE r.customerId = :customer AND r.periodClosed = :closed"
                + " AND r.met = :met AND r.period >= :first AND r.period <= :last", Long.class)
                .setParameter("customer", customerId).setParameter("closed", Boolean.TRUE).setParameter("met", met)
                .setParameter("first", firstMonth).setParameter("last", lastMonth).getSingleResult();
        long met = judgedAs.apply(Boolean.TRUE);
        long judged = met + judgedAs.apply(Boolean.FALSE);
        return new SlaCompliance(firstMonth, lastMonth, judged, met, judged == 0 ? null
                : BigDecimal.valueOf(met).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(judged), 2, RoundingMode.DOWN));
    }
}
