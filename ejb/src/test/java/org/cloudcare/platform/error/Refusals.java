package org.cloudcare.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts that an action is refused with a given error code and - where it is about one input - field. */
public final class Refusals {

    private Refusals() {
    }

    public static CloudCareException assertRefused(ErrorCode code, String field, Executable action) {
        CloudCareException refusal = assertThrows(CloudCareException.class, action);
        assertEquals(code, refusal.code(), "error code");
        assertEquals(field, refusal.field(), "field");
        return refusal;
    }

    public static CloudCareException assertInvalid(String field, Executable action) {
        return assertRefused(ErrorCode.VALIDATION, field, action);
    }

    public static CloudCareException assertConflict(Executable action) {
        return assertRefused(ErrorCode.CONFLICT, null, action);
    }
}
