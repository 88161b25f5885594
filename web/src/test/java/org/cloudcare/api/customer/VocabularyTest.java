package org.cloudcare.api.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cloudcare.api.Enums;
import org.cloudcare.customer.entity.CustomerKind;
import org.cloudcare.customer.entity.CustomerStatus;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.customer.entity.InteractionDirection;
import org.cloudcare.customer.entity.NotificationChannel;
import org.cloudcare.customer.entity.SubscriptionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract drift: each enum of the published GraphQL contract must carry exactly the constants of the domain enum it
 * is mapped from, or {@link Enums#as} fails at run time for the constant that is missing on one side.
 */
class VocabularyTest {

    private static final Map<Class<? extends Enum<?>>, Class<? extends Enum<?>>> DOMAIN_OF_CONTRACT = Map.of(
            Vocabulary.Kind.class, CustomerKind.class,
            Vocabulary.Status.class, CustomerStatus.class,
            Vocabulary.Notification.class, NotificationChannel.class,
            Vocabulary.Channel.class, InteractionChannel.class,
            Vocabulary.Direction.class, InteractionDirection.class,
            Vocabulary.SubscriptionState.class, SubscriptionStatus.class);

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

    @Test
    void enumsMapsAConstantToTheSameNameOnTheOtherSideAndNoneToNone() {
        assertEquals(Vocabulary.Kind.PUBLIC_HEALTH_CENTRE,
                Enums.as(Vocabulary.Kind.class, CustomerKind.PUBLIC_HEALTH_CENTRE));
        assertEquals(NotificationChannel.WEBHOOK, Enums.as(NotificationChannel.class, Vocabulary.Notification.WEBHOOK));
        assertNull(Enums.as(Vocabulary.Status.class, null));
    }
}
