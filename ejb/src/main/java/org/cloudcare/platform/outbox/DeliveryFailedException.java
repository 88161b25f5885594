package org.cloudcare.platform.outbox;

import jakarta.ejb.ApplicationException;

/**
 * The delivery target refused an event. An application exception, so the delivery transaction rolls back without the
 * container logging a system exception for every expected failure; the relay records the attempt and its backoff.
 */
@ApplicationException(rollback = true)
public class DeliveryFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DeliveryFailedException(Throwable cause) {
        super(describe(cause), cause);
    }

    /** The innermost cause, which says what went wrong (the outer ones are the container's wrappers). */
    static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
