package org.cloudcare.platform.error;

import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shared input rules; the entity tests cover how the entities apply them to their fields. */
class ChecksTest {

    @Test
    void theLengthLimitAppliesToTheTrimmedText() {
        assertEquals("abc", Checks.text("name", "   abc   ", 3));
        assertInvalid("name", () -> Checks.text("name", "abcd", 3));
    }

    @Test
    void anOptionalTextThatIsBlankBecomesNone() {
        assertNull(Checks.optionalText("note", " \n\t ", 10));
        assertNull(Checks.optionalText("note", null, 10));
    }

    @Test
    void aRefusalMessageIsASentenceThatNamesTheField() {
        CloudCareException refusal = assertInvalid("name", () -> Checks.text("name", "", 10));
        assertEquals("The name must not be empty.", refusal.getMessage());
    }

    @Test
    void aPhoneOfThreeDigitsIsAcceptedAndOfTwoRefused() {
        assertEquals("144", Checks.optionalPhone("phone", "144"));
        assertInvalid("phone", () -> Checks.optionalPhone("phone", "14"));
    }

    @Test
    void editingAnOlderVersionIsAConflictThatTellsBothVersions() {
        Checks.sameVersion("Customer st-anna", 3, 3);

        CloudCareException refusal = assertConflict(() -> Checks.sameVersion("Customer st-anna", 3, 4));
        assertTrue(refusal.getMessage().contains("version 4"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("version 3"), refusal.getMessage());
    }
}
