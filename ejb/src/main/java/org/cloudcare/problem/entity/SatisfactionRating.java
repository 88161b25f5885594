package org.cloudcare.problem.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.Checks;

/** How satisfied the customer is with the resolution, given on close: 1 (not at all) to 5 (fully), and a comment. */
@Embeddable
public class SatisfactionRating {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    @Column(name = "satisfaction_score")
    private Integer score;

    @Column(name = "satisfaction_comment")
    private String comment;

    @Column(name = "satisfaction_rated_at")
    private OffsetDateTime ratedAt;

    protected SatisfactionRating() {
    }

    SatisfactionRating(int score, String comment, OffsetDateTime ratedAt) {
        String problem = problemWith(score);
        if (problem != null) {
            throw CloudCareException.invalid("rating.score", problem);
        }
        this.score = score;
        this.comment = Checks.optionalText("rating.comment", comment, 2000);
        this.ratedAt = ratedAt;
    }

    static String problemWith(Integer score) {
        return score != null && score >= LOWEST && score <= HIGHEST ? null
                : "The rating must be a whole number from " + LOWEST + " to " + HIGHEST + ".";
    }

    public Integer getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public OffsetDateTime getRatedAt() {
        return ratedAt;
    }
}
