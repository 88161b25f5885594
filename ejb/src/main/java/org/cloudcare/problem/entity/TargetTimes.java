package org.cloudcare.problem.entity;

import java.time.Duration;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.Checks;

/** The agreed target response time and repair time for one priority, in business time (ISO/TS 23535 5.2.8, 5.5). */
public record TargetTimes(Duration response, Duration repair) {

    public TargetTimes {
        Checks.required("response", response);
        Checks.required("repair", repair);
        if (response.isNegative() || response.isZero()) {
            throw CloudCareException.invalid("response", "The target response time must be positive.");
        }
        if (repair.isNegative() || repair.isZero()) {
            throw CloudCareException.invalid("repair", "The repair time must be positive.");
        }
    }

    public Duration of(DeadlineKind kind) {
        return kind == DeadlineKind.RESPONSE ? response : repair;
    }
}
