package org.cloudcare.problem.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cloudcare.problem.entity.SatisfactionRating;

/**
 * The customer's satisfaction with the resolution of its tickets (ISO/TS 23535 5.5; ITU-T 10.1.2.3 customer
 * satisfaction validation): the ratings given when tickets were closed in a period, their mean score and how many
 * gave each score.
 *
 * @param ratings       closed tickets that carry a rating
 * @param averageScore  the mean score, two decimals (half up); null without any rating
 * @param countsByScore how many ratings gave 1, 2, 3, 4 and 5, in that order (always five entries)
 */
public record SatisfactionFigures(long ratings, BigDecimal averageScore, List<Long> countsByScore) {

    public SatisfactionFigures {
        countsByScore = List.copyOf(countsByScore);
    }

    /** The figures from the number of ratings per score; scores outside 1-5 cannot be stored and are refused here. */
    public static SatisfactionFigures of(Map<Integer, Long> countPerScore) {
        List<Long> counts = new ArrayList<>();
        long ratings = 0;
        long sum = 0;
        for (int score = SatisfactionRating.LOWEST; score <= SatisfactionRating.HIGHEST; score++) {
            long count = countPerScore.getOrDefault(score, 0L);
            counts.add(count);
            ratings += count;
            sum += count * score;
        }
        for (Integer score : countPerScore.keySet()) {
            if (score == null || score < SatisfactionRating.LOWEST || score > SatisfactionRating.HIGHEST) {
                throw new IllegalArgumentException("No satisfaction score " + score);
            }
        }
        BigDecimal average = ratings == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings), 2, RoundingMode.HALF_UP);
        return new SatisfactionFigures(ratings, average, counts);
    }
}
