package org.cloudcare.platform.paging;

import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static String encoded(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withoutArgumentsThePageIsTheFirst20() {
        assertEquals(new PageRequest(20, 0), PageRequest.of(null, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100})
    void firstMayBeBetween0And100Inclusive(int first) {
        assertEquals(first, PageRequest.of(first, null).first());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void firstOutside0To100IsRefusedNamingTheArgument(int first) {
        assertInvalid("first", () -> PageRequest.of(first, null));
    }

    @Test
    void anEmptyCursorMeansFromTheStart() {
        assertEquals(0, PageRequest.of(10, "").offset());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 99_999})
    void thePageAfterACursorStartsRightBehindItsPosition(int position) {
        assertEquals(position + 1, PageRequest.of(10, PageRequest.cursorOf(position)).offset());
    }

    @Test
    void aCursorIsOpaqueAndSafeInAUrl() {
        String cursor = PageRequest.cursorOf(1234);
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
        assertFalse(cursor.contains("1234"), cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor!", "%%%", "   "})
    void aGarbageCursorIsRefusedNamingTheArgument(String cursor) {
        assertInvalid("after", () -> PageRequest.of(10, cursor));
    }

    @Test
    void aCursorOfAnotherFormatIsRefused() {
        assertInvalid("after", () -> PageRequest.of(10, encoded("offset:5")));
        assertInvalid("after", () -> PageRequest.of(10, encoded("cursor:five")));
        assertInvalid("after", () -> PageRequest.of(10, encoded("cursor:")));
    }

    @Test
    void aCursorWithANegativePositionIsRefused() {
        assertInvalid("after", () -> PageRequest.of(10, encoded("cursor:-1")));
    }

    @Test
    void aCursorAtTheLargestPositionIsRefusedRatherThanOverflowingTheOffset() {
        assertInvalid("after", () -> PageRequest.of(10, encoded("cursor:" + Integer.MAX_VALUE)));
        assertInvalid("after", () -> PageRequest.of(10, encoded("cursor:" + Long.MAX_VALUE)));
    }
}
