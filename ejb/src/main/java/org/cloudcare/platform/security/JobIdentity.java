package org.cloudcare.platform.security;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The identity of one of CloudCare's own scheduled jobs (automatic fulfilment, the jeopardy sweep) while it changes
 * business data: a timer has no caller, yet every change names who made it in the audit trail, the state history and
 * the customer's interactions. Inside {@link #as} the {@link CallerContext} answers a provider staff caller named after
 * the job with the service manager's role, the role whose work the job does.
 * <p>
 * Only server code can enter it; the container's {@code @RolesAllowed} checks are not affected (a job calls boundary
 * methods meant for it, which are {@code @PermitAll} and reachable from no API).
 */
public final class JobIdentity {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private JobIdentity() {
    }

    /** Runs {@code work} on this thread as the job called {@code job}. */
    public static <T> T as(String job, Supplier<T> work) {
        String outer = CURRENT.get();
        CURRENT.set(job);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The job running on this thread as a caller, or null outside {@link #as}. */
    static Caller current() {
        String job = CURRENT.get();
        return job == null ? null : Caller.of(job, job, null, Set.of(Roles.CSP_SERVICE_MANAGER), null);
    }
}
