package org.cloudcare.problem.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SatisfactionFiguresTest {

    @Test
    void theAverageIsTheMeanScoreToTwoDecimalsRoundedHalfUp() {
        // 5 + 5 + 4 + 1 = 15 over 4 ratings = 3.75; 4 + 4 + 5 = 13 over 3 = 4.333...
        assertEquals(new BigDecimal("3.75"), SatisfactionFigures.of(Map.of(5, 2L, 4, 1L, 1, 1L)).averageScore());
        assertEquals(new BigDecimal("4.33"), SatisfactionFigures.of(Map.of(4, 2L, 5, 1L)).averageScore());
        // 1 + 2 + 2 = 5 over 3 = 1.666... -> 1.67
        assertEquals(new BigDecimal("1.67"), SatisfactionFigures.of(Map.of(1, 1L, 2, 2L)).averageScore());
    }

    @Test
    void theDistributionHasAllFiveScoresInOrderWithZeros() {
        SatisfactionFigures figures = SatisfactionFigures.of(Map.of(5, 2L, 2, 1L));

        assertEquals(List.of(0L, 1L, 0L, 0L, 2L), figures.countsByScore());
        assertEquals(3, figures.ratings());
    }

    @Test
    void withoutRatingsThereIsNoAverageAndFiveZeros() {
        SatisfactionFigures none = SatisfactionFigures.of(Map.of());

        assertEquals(0, none.ratings());
        assertNull(none.averageScore());
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), none.countsByScore());
    }

    @Test
    void aScoreOutsideOneToFiveIsNotCountedSilently() {
        assertThrows(IllegalArgumentException.class, () -> SatisfactionFigures.of(Map.of(6, 1L)));
        assertThrows(IllegalArgumentException.class, () -> SatisfactionFigures.of(Map.of(0, 1L)));
    }
}
