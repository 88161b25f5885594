package org.cloudcare.problem.boundary;

import java.util.Map;

/**
 * The trouble ticket figures of one group (a customer, an offering, a priority or a month) over the tickets received
 * in a period. Times are wall-clock minutes from reception; null when no ticket of the group got that far.
 *
 * @param group                          the customer's code, the offering's id, the priority or the month (yyyy-MM)
 * @param tickets                        tickets received in the period
 * @param acknowledged                   of them, answered by the provider (first response)
 * @param meanMinutesToAcknowledge       time to acknowledge, mean
 * @param medianMinutesToAcknowledge     time to acknowledge, median
 * @param repaired                       incidents resolved
 * @param meanMinutesToRepair            time to repair of resolved incidents, mean
 * @param medianMinutesToRepair          time to repair of resolved incidents, median
 * @param percentAcknowledgedWithinTarget answered tickets whose response deadline was not escalated, in percent
 * @param percentRepairedWithinTarget    resolved incidents whose repair deadline was not escalated, in percent
 * @param meanMinutesToAnswerInformationRequests customer contact performance: first response to information requests
 * @param backlog                        the tickets per status now
 */
public record TicketFigures(String group, long tickets, long acknowledged, Double meanMinutesToAcknowledge,
        Double medianMinutesToAcknowledge, long repaired, Double meanMinutesToRepair, Double medianMinutesToRepair,
        Double percentAcknowledgedWithinTarget, Double percentRepairedWithinTarget,
        Double meanMinutesToAnswerInformationRequests, Map<String, Long> backlog) {
}
