package org.cloudcare.api.problem;

import java.util.ArrayList;
import java.util.List;

import org.cloudcare.api.Moments;
import org.cloudcare.problem.entity.ChronologyEntry;
import org.cloudcare.problem.entity.TicketReport;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the trouble ticket mutations. Everything is checked by the ticket's reception rules. */
final class Inputs {

    private Inputs() {
    }

    @Input("ReportProblemInput")
    @Description("A problem or request about one subscription. Every reason a report is refused for is in"
            + " extensions.reasons, each with its field.")
    public record ReportProblem(@Id String subscriptionId, Vocabulary.Kind kind,
            @Description("The type of problem, e.g. availability, performance, access.") String ticketType,
            Vocabulary.Severity severity, Vocabulary.Priority priority, Vocabulary.Impact impact, String description,
            @Description("How the provider received it; a customer's users report through the portal (the default"
                    + " for them), support records other channels on the customer's behalf.") Vocabulary.Channel channel,
            List<@NonNull AttachmentInput> attachments) {

        List<TicketReport.Attachment> links() {
            return attachments == null ? List.of() : attachments.stream()
                    .map(a -> new TicketReport.Attachment(a.url(), a.name())).toList();
        }
    }

    @Input("TroubleTicketAttachmentInput")
    @Description("A link to a file (https), and its name.")
    public record AttachmentInput(String url, String name) {
    }

    @Input("IncidentChronologyEntryInput")
    public record ChronologyInput(@Description("ISO 8601 date and time with offset.") String occurredAt, String text) {
    }

    /** The chronology entries, each refusal naming {@code chronology[i]}'s field. */
    static List<ChronologyEntry> chronology(List<ChronologyInput> chronology) {
        if (chronology == null) {
            return null;
        }
        List<ChronologyEntry> entries = new ArrayList<>(chronology.size());
        for (int i = 0; i < chronology.size(); i++) {
            ChronologyInput entry = chronology.get(i);
            entries.add(new ChronologyEntry(Moments.parse("chronology[" + i + "].occurredAt", entry.occurredAt()),
                    entry.text()));
        }
        return entries;
    }
}
