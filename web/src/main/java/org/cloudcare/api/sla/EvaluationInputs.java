package org.cloudcare.api.sla;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the planned outage mutations; the boundary checks them and names the field at fault. */
final class EvaluationInputs {

    private EvaluationInputs() {
    }

    @Input("SchedulePlannedOutageInput")
    @Description("At least one offering or subscription; the window is ISO 8601 with offset, not in the past, ending"
            + " after it starts (at most 31 days).")
    public record SchedulePlannedOutage(
            List<@NonNull String> productOfferingIds,
            List<@NonNull String> subscriptionIds,
            String windowStart,
            String windowEnd,
            @Description("What the outage is for (at most 1000 characters).") String description) {

        static Set<String> set(List<String> ids) {
            return ids == null ? Set.of() : new LinkedHashSet<>(ids);
        }
    }

    @Input("CancelPlannedOutageInput")
    public record CancelPlannedOutage(@Id @NonNull String id, @Description("Why (at most 500 characters).")
            String reason) {
    }
}
