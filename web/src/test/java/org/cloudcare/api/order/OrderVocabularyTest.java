package org.cloudcare.api.order;

import java.util.Map;

import org.cloudcare.api.VocabularyContract;
import org.cloudcare.order.entity.CustomerOrderState;
import org.cloudcare.order.entity.OrderItemAction;
import org.cloudcare.order.entity.ProductOrderState;

/** Contract drift: each order enum of the GraphQL contract carries exactly the constants of its domain enum. */
class OrderVocabularyTest extends VocabularyContract {

    OrderVocabularyTest() {
        super(Vocabulary.class, Map.of(
                Vocabulary.OrderState.class, CustomerOrderState.class,
                Vocabulary.ProductOrderState.class, ProductOrderState.class,
                Vocabulary.ItemAction.class, OrderItemAction.class));
    }
}
