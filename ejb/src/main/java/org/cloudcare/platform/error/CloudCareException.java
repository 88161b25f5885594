package org.cloudcare.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * A business failure with a stable {@link ErrorCode}. Thrown from entities and boundaries alike; the container rolls
 * the transaction back, so nothing half-written stays behind. The message is meant for the caller: a full sentence,
 * no class names, no SQL.
 */
@ApplicationException(rollback = true)
public class CloudCareException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public CloudCareException(ErrorCode code, String message) {
        this(code, null, message);
    }

    public CloudCareException(ErrorCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public static CloudCareException notFound(String what, Object id) {
        return new CloudCareException(ErrorCode.NOT_FOUND, what + " " + id + " does not exist.");
    }

    public static CloudCareException invalid(String field, String message) {
        return new CloudCareException(ErrorCode.VALIDATION, field, message);
    }

    public static CloudCareException conflict(String message) {
        return new CloudCareException(ErrorCode.CONFLICT, message);
    }

    public static CloudCareException forbidden(String message) {
        return new CloudCareException(ErrorCode.FORBIDDEN, message);
    }

    public ErrorCode code() {
        return code;
    }

    /** The input field the failure is about, or null when it is not about one field. */
    public String field() {
        return field;
    }
}
