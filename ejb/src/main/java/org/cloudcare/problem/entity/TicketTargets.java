package org.cloudcare.problem.entity;

import java.util.EnumMap;
import java.util.Map;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.Checks;

/**
 * What a ticket's timers count against: the agreement's support hours and its targets per priority. The agreement
 * area fills it from the customer's cloud service agreement; tickets keep no copy, so a changed agreement applies to
 * the next reading.
 */
public record TicketTargets(SupportHours supportHours, Map<TicketPriority, TargetTimes> perPriority) {

    public TicketTargets {
        Checks.required("supportHours", supportHours);
        Checks.required("perPriority", perPriority);
        for (TicketPriority priority : TicketPriority.values()) {
            if (perPriority.get(priority) == null) {
                throw CloudCareException.invalid("perPriority", "The targets for priority " + priority
                        + " are missing.");
            }
        }
        perPriority = Map.copyOf(new EnumMap<>(perPriority));
    }

    public TargetTimes forPriority(TicketPriority priority) {
        return perPriority.get(priority);
    }

    public BusinessCalendar calendar() {
        return new BusinessCalendar(supportHours);
    }
}
