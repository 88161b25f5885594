package org.cloudcare.sla.entity;

import java.time.Duration;
import java.time.Instant;

import org.cloudcare.problem.entity.Interval;

/**
 * A planned outage as the availability sees it: its window and when the customers were told. The rule (ISO/TS 23535
 * 5.2.6-5.2.7): an outage announced at least the agreement's disruption notice before it begins is excused - its time
 * does not count against availability - for that agreement; a late or unannounced one (announcedAt null) is not. A
 * cancelled outage excuses nothing.
 */
public record PlannedWindow(Interval window, Instant announcedAt, boolean cancelled) {

    public boolean isExcusedWith(int disruptionNoticeHours) {
        return !cancelled && announcedAt != null
                && !announcedAt.plus(Duration.ofHours(disruptionNoticeHours)).isAfter(window.start());
    }
}
