package org.cloudcare.api.catalog;

import java.time.DayOfWeek;
import java.util.Map;

import org.cloudcare.api.VocabularyContract;
import org.cloudcare.catalog.entity.AvailabilityPeriod;
import org.cloudcare.catalog.entity.IncidentPriority;
import org.cloudcare.catalog.entity.OfferingCategory;
import org.cloudcare.catalog.entity.OfferingStatus;
import org.cloudcare.catalog.entity.PeerRole;
import org.cloudcare.catalog.entity.PriceType;
import org.cloudcare.catalog.entity.ThresholdObjective;
import org.cloudcare.catalog.entity.ThresholdUnit;

/** Contract drift: each catalogue enum of the GraphQL contract carries exactly the constants of its domain enum. */
class CatalogVocabularyTest extends VocabularyContract {

    CatalogVocabularyTest() {
        super(Vocabulary.class, Map.of(
                Vocabulary.Objective.class, ThresholdObjective.class,
                Vocabulary.Unit.class, ThresholdUnit.class,
                Vocabulary.Category.class, OfferingCategory.class,
                Vocabulary.Status.class, OfferingStatus.class,
                Vocabulary.Price.class, PriceType.class,
                Vocabulary.Priority.class, IncidentPriority.class,
                Vocabulary.Period.class, AvailabilityPeriod.class,
                Vocabulary.PeerRole.class, PeerRole.class,
                Vocabulary.Weekday.class, DayOfWeek.class));
    }
}
