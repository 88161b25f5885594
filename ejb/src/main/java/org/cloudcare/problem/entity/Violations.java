package org.cloudcare.problem.entity;

import java.util.ArrayList;
import java.util.List;

import org.cloudcare.platform.error.ErrorCode;

/**
 * Collects every reason an input is refused, each naming its field, so the caller corrects them all at once instead of
 * one per attempt. The boundary adds what only it can know (an unknown or foreign subscription) before
 * {@link #throwIfAny()}.
 */
public final class Violations {

    /** One refused field and why. */
    public record Violation(String field, String message) {
    }

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String message) {
        found.add(new Violation(field, message));
        return this;
    }

    /** Adds a violation when {@code message} is not null: for checks that return their reason. */
    public Violations addIf(String field, String message) {
        return message == null ? this : add(field, message);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** Throws a VALIDATION error that names the first field and carries every violation. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInput(list());
        }
    }

    /** A refused input with all of its reasons; the code is VALIDATION and the field the first refused one. */
    public static final class InvalidInput extends org.cloudcare.platform.error.CloudCareException {

        private static final long serialVersionUID = 1L;

        private final transient List<Violation> violations;

        InvalidInput(List<Violation> violations) {
            super(ErrorCode.VALIDATION, violations.get(0).field(), message(violations));
            this.violations = violations;
        }

        private static String message(List<Violation> violations) {
            StringBuilder text = new StringBuilder();
            for (Violation violation : violations) {
                text.append(text.length() == 0 ? "" : " ").append(violation.message());
            }
            return text.toString();
        }

        public List<Violation> violations() {
            return violations;
        }
    }
}
