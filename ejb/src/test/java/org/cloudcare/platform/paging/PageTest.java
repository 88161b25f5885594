package org.cloudcare.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PageTest {

    private static final List<Integer> TWENTY_FIVE = IntStream.rangeClosed(1, 25).boxed().toList();

    @Test
    void theFirstPageOfAListHoldsTheFirstItemsAndKnowsThereAreMore() {
        Page<Integer> page = Page.of(TWENTY_FIVE, PageRequest.of(10, null));

        assertEquals(IntStream.rangeClosed(1, 10).boxed().toList(), page.items());
        assertEquals(0, page.offset());
        assertEquals(25, page.totalCount());
        assertTrue(page.hasNextPage());
    }

    @Test
    void thePageAfterTheLastCursorContinuesWhereTheFirstEnded() {
        Page<Integer> page = Page.of(TWENTY_FIVE, PageRequest.of(10, PageRequest.cursorOf(9)));

        assertEquals(IntStream.rangeClosed(11, 20).boxed().toList(), page.items());
        assertEquals(10, page.offset());
        assertTrue(page.hasNextPage());
    }

    @Test
    void theLastPageIsShortAndHasNoNextPage() {
        Page<Integer> page = Page.of(TWENTY_FIVE, PageRequest.of(10, PageRequest.cursorOf(19)));

        assertEquals(List.of(21, 22, 23, 24, 25), page.items());
        assertFalse(page.hasNextPage());
    }

    @Test
    void aCursorBeyondTheEndGivesAnEmptyPageAtTheEnd() {
        Page<Integer> page = Page.of(TWENTY_FIVE, PageRequest.of(10, PageRequest.cursorOf(500)));

        assertEquals(List.of(), page.items());
        assertEquals(25, page.offset());
        assertEquals(25, page.totalCount());
        assertFalse(page.hasNextPage());
    }

    @Test
    void askingForNoItemsStillTellsTheCountAndWhetherThereAreAny() {
        Page<Integer> page = Page.of(TWENTY_FIVE, PageRequest.of(0, null));

        assertEquals(List.of(), page.items());
        assertEquals(25, page.totalCount());
        assertTrue(page.hasNextPage());
    }

    @Test
    void mappingAPageKeepsItsPositionAndCount() {
        Page<String> page = Page.of(TWENTY_FIVE, PageRequest.of(2, PageRequest.cursorOf(4))).map(i -> "#" + i);

        assertEquals(List.of("#6", "#7"), page.items());
        assertEquals(5, page.offset());
        assertEquals(25, page.totalCount());
    }
}
