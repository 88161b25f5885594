package org.cloudcare.platform.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.cloudcare.platform.error.CloudCareException;

/**
 * Writes pending changes inside the business call, so that what the database refuses becomes an answer the caller
 * can act on instead of an internal error at commit: a concurrent change is CONFLICT, a unique constraint that a
 * concurrent request won is VALIDATION naming the field the constraint protects.
 */
public final class Flush {

    /** SQLSTATE of a unique violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Flush() {
    }

    /**
     * @param what              the object written, for the conflict message (e.g. "Customer riverside")
     * @param fieldByConstraint the unique constraints the write may hit, by name, with the input field each protects
     */
    public static void now(EntityManager em, String what, Map<String, String> fieldByConstraint) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw CloudCareException.conflict(what + " was changed by someone else at the same time."
                    + " Reload and try again.");
        } catch (PersistenceException e) {
            throw uniqueViolation(e, fieldByConstraint);
        }
    }

    private static RuntimeException uniqueViolation(PersistenceException failure, Map<String, String> fields) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                for (Map.Entry<String, String> constraint : fields.entrySet()) {
                    if (message.contains(constraint.getKey().toLowerCase(Locale.ROOT))) {
                        return CloudCareException.invalid(constraint.getValue(), "The " + constraint.getValue()
                                + " is already taken.");
                    }
                }
            }
        }
        return failure;
    }
}
