package org.cloudcare.problem.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.cloudcare.platform.error.Checks;

/** One line of an incident conclusion report's chronology: when, and what happened. */
@Embeddable
public class ChronologyEntry {

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "entry_text", nullable = false)
    private String text;

    protected ChronologyEntry() {
    }

    public ChronologyEntry(OffsetDateTime occurredAt, String text) {
        this.occurredAt = Checks.required("chronology.occurredAt", occurredAt);
        this.text = Checks.text("chronology.text", text, 1000);
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getText() {
        return text;
    }
}
