package org.cloudcare.api.problem;

import java.util.Map;

import org.cloudcare.api.VocabularyContract;
import org.cloudcare.problem.entity.ActorKind;
import org.cloudcare.problem.entity.DeadlineKind;
import org.cloudcare.problem.entity.IncidentReportKind;
import org.cloudcare.problem.entity.NoteVisibility;
import org.cloudcare.problem.entity.ReceptionChannel;
import org.cloudcare.problem.entity.TicketImpact;
import org.cloudcare.problem.entity.TicketKind;
import org.cloudcare.problem.entity.TicketPriority;
import org.cloudcare.problem.entity.TicketSeverity;
import org.cloudcare.problem.entity.TicketStatus;

/** Contract drift: each trouble ticket enum of the GraphQL contract carries exactly the constants of its domain enum. */
class ProblemVocabularyTest extends VocabularyContract {

    ProblemVocabularyTest() {
        super(Vocabulary.class, Map.of(
                Vocabulary.Status.class, TicketStatus.class,
                Vocabulary.Kind.class, TicketKind.class,
                Vocabulary.Severity.class, TicketSeverity.class,
                Vocabulary.Priority.class, TicketPriority.class,
                Vocabulary.Impact.class, TicketImpact.class,
                Vocabulary.Channel.class, ReceptionChannel.class,
                Vocabulary.NoteVisibility.class, NoteVisibility.class,
                Vocabulary.ActorKind.class, ActorKind.class,
                Vocabulary.DeadlineKind.class, DeadlineKind.class,
                Vocabulary.ReportKind.class, IncidentReportKind.class));
    }
}
