package org.cloudcare.api.sla;

import java.util.Map;

import org.cloudcare.api.VocabularyContract;
import org.cloudcare.sla.entity.MeasurementKind;

/** Contract drift: each measurement enum of the GraphQL contract carries exactly the constants of its domain enum. */
class MeasurementVocabularyTest extends VocabularyContract {

    MeasurementVocabularyTest() {
        super(MeasurementVocabulary.class, Map.of(MeasurementVocabulary.Kind.class, MeasurementKind.class));
    }
}
