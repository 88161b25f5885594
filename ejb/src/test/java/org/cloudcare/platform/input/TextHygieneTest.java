package org.cloudcare.platform.input;

import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.cloudcare.platform.error.Refusals.assertRefused;

import org.cloudcare.platform.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextHygieneTest {

    @ParameterizedTest
    @ValueSource(strings = {"Riverside General Hospital", "Zürich Universitätsspital", "Ærø Sygehus", "東京病院",
            "Clinic 🏥 West", "O'Brien & Sons <IT>", "", " "})
    void ordinaryTextIncludingAnyScriptAndEmojiPasses(String text) {
        TextHygiene.check("name", text, false);
        TextHygiene.check("description", text, true);
    }

    @Test
    void nothingToCheckInANull() {
        TextHygiene.check("name", null, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000inside", "escape\u001B[31mred", "bell\u0007", "delete\u007F", "c1\u0085next"})
    void controlCharactersAreRefusedNamingTheField(String text) {
        assertInvalid("name", () -> TextHygiene.check("name", text, false));
        assertInvalid("description", () -> TextHygiene.check("description", text, true));
    }

    @Test
    void lineBreaksAndTabsOnlyInLongTexts() {
        TextHygiene.check("description", "First line.\r\nSecond line.\tIndented.", true);
        assertInvalid("subject", () -> TextHygiene.check("subject", "Two\nlines", false));
        assertInvalid("name", () -> TextHygiene.check("name", "tab\there", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202Eevil", "a\u202Ab", "\u2066isolate\u2069", "\u202Doverride"})
    void bidirectionalOverridesAreRefusedEvenInLongTexts(String text) {
        assertInvalid("name", () -> TextHygiene.check("name", text, false));
        assertInvalid("description", () -> TextHygiene.check("description", text, true));
    }

    @Test
    void halfASurrogatePairIsRefused() {
        assertInvalid("name", () -> TextHygiene.check("name", "broken\uD83C", false));
        assertInvalid("name", () -> TextHygiene.check("name", "\uDFE5broken", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "customerId", "contactId", "customerIds"})
    void anIdThatBreaksTheRuleCannotExistAndIsNotFound(String field) {
        assertRefused(ErrorCode.NOT_FOUND, null, () -> TextHygiene.check(field, "abc\u0000", false));
    }
}
