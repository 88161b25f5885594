package org.cloudcare.sla.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cloudcare.sla.entity.QualityTrend.Flag;
import org.junit.jupiter.api.Test;

class QualityTrendTest {

    private static List<QualityTrend.Month> months(String... averages) {
        List<QualityTrend.Month> months = new ArrayList<>();
        for (int i = 0; i < averages.length; i++) {
            BigDecimal value = averages[i] == null ? null : new BigDecimal(averages[i]);
            months.add(new QualityTrend.Month("2026-0" + (i + 1), value, value, 3));
        }
        return months;
    }

    private static QualityTrend availability(String warning, String... averages) {
        return new QualityTrend(months(averages), true, warning == null ? null : new BigDecimal(warning));
    }

    @Test
    void threeMonthOnMonthDeclinesInARowAreADeterioration() {
        assertEquals(List.of(Flag.CONSECUTIVE_DECLINE),
                availability(null, "99.99", "99.98", "99.97", "99.96").flags());
    }

    @Test
    void twoDeclinesOrAnImprovementInBetweenAreNot() {
        assertFalse(availability(null, "99.99", "99.98", "99.97").deteriorates());
        assertFalse(availability(null, "99.99", "99.98", "99.99", "99.97").deteriorates());
        assertFalse(availability(null, "99.99", "99.98", "99.98", "99.97").deteriorates(), "equal is no decline");
    }

    @Test
    void forResponseTimesARiseIsTheDecline() {
        QualityTrend rising = new QualityTrend(months("100", "120", "140", "160"), false, null);

        assertEquals(List.of(Flag.CONSECUTIVE_DECLINE), rising.flags());
        assertFalse(new QualityTrend(months("160", "140", "120", "100"), false, null).deteriorates());
    }

    @Test
    void crossingTheWarningValueInTheLatestMonthIsADeterioration() {
        assertEquals(List.of(Flag.CROSSED_WARNING), availability("99.95", "99.99", "99.90").flags());
    }

    @Test
    void stayingBeyondTheWarningIsNotFlaggedAgainNorIsStayingAboveIt() {
        assertFalse(availability("99.95", "99.90", "99.80").deteriorates());
        assertFalse(availability("99.95", "99.99", "99.96").deteriorates());
        assertFalse(availability("99.95", "99.99", "99.95").deteriorates(), "at the warning is not beyond it");
    }

    @Test
    void monthsWithoutAValueAreLeftOutBeforeJudging() {
        QualityTrend trend = availability("99.95", "99.99", null, "99.90");

        assertEquals(2, trend.months().size());
        assertEquals(List.of(Flag.CROSSED_WARNING), trend.flags());
    }

    @Test
    void aSteepDeclineAcrossTheWarningRaisesBothFlags() {
        assertEquals(List.of(Flag.CONSECUTIVE_DECLINE, Flag.CROSSED_WARNING),
                availability("99.95", "99.99", "99.98", "99.97", "99.90").flags());
    }
}
