package org.cloudcare.api.sla;

import java.util.Map;

import org.cloudcare.api.VocabularyContract;
import org.cloudcare.sla.entity.AgreementStatus;
import org.cloudcare.sla.entity.SlaObjective;

/** Contract drift: each agreement enum of the GraphQL contract carries exactly the constants of its domain enum. */
class SlaVocabularyTest extends VocabularyContract {

    SlaVocabularyTest() {
        super(Vocabulary.class, Map.of(
                Vocabulary.AgreementState.class, AgreementStatus.class,
                Vocabulary.Objective.class, SlaObjective.class));
    }
}
