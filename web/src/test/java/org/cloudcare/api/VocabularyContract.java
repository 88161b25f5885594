package org.cloudcare.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract drift, for one area's {@code Vocabulary}: each enum of the GraphQL contract carries exactly the constants
 * of its domain enum, and none is left unchecked. Each area's test names its vocabulary and the pairs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class VocabularyContract {

    private final Class<?> vocabulary;
    private final Map<Class<? extends Enum<?>>, Class<? extends Enum<?>>> domainOfContract;

    protected VocabularyContract(Class<?> vocabulary,
            Map<Class<? extends Enum<?>>, Class<? extends Enum<?>>> domainOfContract) {
        this.vocabulary = vocabulary;
        this.domainOfContract = domainOfContract;
    }

    Stream<Arguments> contractAndDomainEnums() {
        return domainOfContract.entrySet().stream()
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
        Set<Class<?>> unchecked = Arrays.stream(vocabulary.getDeclaredClasses()).filter(Class::isEnum)
                .filter(type -> !domainOfContract.containsKey(type)).collect(Collectors.toSet());
        assertTrue(unchecked.isEmpty(), "add a domain counterpart to this test for " + unchecked);
    }
}
