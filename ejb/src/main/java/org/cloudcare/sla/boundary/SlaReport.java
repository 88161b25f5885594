package org.cloudcare.sla.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.order.entity.OrderCompletionOnTime;
import org.cloudcare.problem.boundary.TicketFigures;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.SlaEvaluationResult;
import org.cloudcare.sla.entity.SlaIssue;
import org.cloudcare.sla.entity.SlaViolation;

/**
 * One customer's SLA report for a month, as {@link SlaReports} assembled it.
 *
 * @param plannedOutages the outages that touched the customer's subscriptions, naming only its own
 * @param creditTotals the violations' service credits summed per ISO 4217 currency
 * @param tickets      the customer's ticket figures of the tickets received in the month; null when none was
 * @param orders       the customer's order completion on time in the month
 */
public record SlaReport(Customer customer, String period, OffsetDateTime generatedAt,
        List<AgreementSection> agreements, List<SlaViolation> violations, Map<String, BigDecimal> creditTotals,
        List<PlannedOutages.Notice> plannedOutages, List<SlaIssue> issues, TicketFigures tickets,
        OrderCompletionOnTime orders) {

    /** One agreement with its stored evaluation of the month (empty when it was never evaluated). */
    public record AgreementSection(ServiceLevelAgreement agreement, List<SlaEvaluationResult> objectives,
            List<SlaViolation> violations) {
    }
}
