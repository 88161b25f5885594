package org.cloudcare.api.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cloudcare.order.entity.CustomerOrderState;
import org.cloudcare.order.entity.OrderItemAction;
import org.cloudcare.order.entity.ProductOrderState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Contract drift: each order enum of the GraphQL contract carries exactly the constants of its domain enum. */
class OrderVocabularyTest {

    private static final Map<Class<? extends Enum<?>>, Class<? extends Enum<?>>> DOMAIN_OF_CONTRACT = Map.of(
            Vocabulary.OrderState.class, CustomerOrderState.class,
            Vocabulary.ProductOrderState.class, ProductOrderState.class,
            Vocabulary.ItemAction.class, OrderItemAction.class);

    static Stream<Arguments> contractAndDomainEnums() {
        return DOMAIN_OF_CONTRACT.entrySet().stream()
                .map(pair -> Arguments.of(pair.getKey().getSimpleName(), pair.getKey(), pair.getValue()));
    }

    private static Set<String> constantsOf(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contractAndDomainEnums")
    void aContractEnumHasExactlyTheConstantsOfItsDomainEnum(String name, Class<? extends Enum<?>> contract,
            Class<? extends Enum<?>> domain) {
        assertEquals(constantsOf(domain), constantsOf(contract),
                "Vocabulary." + name + " must list exactly the constants of " + domain.getSimpleName());
    }

    @Test
    void everyContractEnumInTheVocabularyIsCheckedAgainstADomainEnum() {
        Set<Class<?>> unchecked = Arrays.stream(Vocabulary.class.getDeclaredClasses()).filter(Class::isEnum)
                .filter(type -> !DOMAIN_OF_CONTRACT.containsKey(type)).collect(Collectors.toSet());
        assertTrue(unchecked.isEmpty(), "add a domain counterpart to this test for " + unchecked);
    }
}
