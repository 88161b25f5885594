package org.cloudcare.api.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.cloudcare.api.Enums;
import org.cloudcare.api.VocabularyContract;
import org.cloudcare.customer.entity.CustomerKind;
import org.cloudcare.customer.entity.CustomerStatus;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.customer.entity.InteractionDirection;
import org.cloudcare.customer.entity.NotificationChannel;
import org.cloudcare.customer.entity.SubscriptionStatus;
import org.junit.jupiter.api.Test;

/** Contract drift: each customer enum of the GraphQL contract carries exactly the constants of its domain enum. */
class VocabularyTest extends VocabularyContract {

    VocabularyTest() {
        super(Vocabulary.class, Map.of(
                Vocabulary.Kind.class, CustomerKind.class,
                Vocabulary.Status.class, CustomerStatus.class,
                Vocabulary.Notification.class, NotificationChannel.class,
                Vocabulary.Channel.class, InteractionChannel.class,
                Vocabulary.Direction.class, InteractionDirection.class,
                Vocabulary.SubscriptionState.class, SubscriptionStatus.class));
    }

    @Test
    void enumsMapsAConstantToTheSameNameOnTheOtherSideAndNoneToNone() {
        assertEquals(Vocabulary.Kind.PUBLIC_HEALTH_CENTRE,
                Enums.as(Vocabulary.Kind.class, CustomerKind.PUBLIC_HEALTH_CENTRE));
        assertEquals(NotificationChannel.WEBHOOK, Enums.as(NotificationChannel.class, Vocabulary.Notification.WEBHOOK));
        assertNull(Enums.as(Vocabulary.Status.class, null));
    }
}
