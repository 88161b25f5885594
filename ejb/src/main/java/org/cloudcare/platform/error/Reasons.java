package org.cloudcare.platform.error;

import java.util.ArrayList;
import java.util.List;

import org.cloudcare.platform.error.InvalidInput.Reason;

/**
 * Collects every reason an input is refused, each naming its field, so the caller corrects them all at once instead
 * of one per attempt; {@link #throwIfAny()} refuses the input with all of them as one {@link InvalidInput}. A
 * boundary adds what only it can know (an unknown or foreign subscription) before throwing.
 */
public final class Reasons {

    private final List<Reason> found = new ArrayList<>();

    public Reasons add(String field, String message) {
        found.add(new Reason(field, message));
        return this;
    }

    /** Adds a reason when {@code message} is not null: for checks that return their reason. */
    public Reasons addIf(String field, String message) {
        return message == null ? this : add(field, message);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Reason> list() {
        return List.copyOf(found);
    }

    /** Every reason as {@code field: sentence}. */
    public String summary() {
        return InvalidInput.summary(found);
    }

    /** Throws a VALIDATION error carrying every reason; does nothing when there is none. */
    public void throwIfAny() {
        throwIfAny(null);
    }

    /** As {@link #throwIfAny()}, the message opening with {@code lead}. */
    public void throwIfAny(String lead) {
        if (!found.isEmpty()) {
            throw new InvalidInput(lead, list());
        }
    }
}
