package org.cloudcare.api.sla;

import java.util.Map;

import org.cloudcare.api.VocabularyContract;
import org.cloudcare.sla.entity.EvaluatedObjective;
import org.cloudcare.sla.entity.EvaluationRunState;
import org.cloudcare.sla.entity.MeasureUnit;
import org.cloudcare.sla.entity.PlannedOutageStatus;
import org.cloudcare.sla.entity.ViolationStatus;

/** Contract drift: each evaluation enum of the GraphQL contract carries exactly the constants of its domain enum. */
class EvaluationVocabularyTest extends VocabularyContract {

    EvaluationVocabularyTest() {
        super(EvaluationVocabulary.class, Map.of(
                EvaluationVocabulary.Objective.class, EvaluatedObjective.class,
                EvaluationVocabulary.Unit.class, MeasureUnit.class,
                EvaluationVocabulary.ViolationState.class, ViolationStatus.class,
                EvaluationVocabulary.RunState.class, EvaluationRunState.class,
                EvaluationVocabulary.OutageState.class, PlannedOutageStatus.class));
    }
}
