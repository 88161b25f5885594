package org.cloudcare.api.error;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.InvalidInput;

/**
 * Maps what the EJB boundaries throw to the error codes of the GraphQL contract: business failures keep their code
 * and message; a refused role becomes FORBIDDEN (or UNAUTHENTICATED without a token); anything unexpected is logged
 * with a reference and reaches the client as INTERNAL, without class names, stack traces or SQL.
 */
@TranslatesErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ErrorTranslation {

    private static final Logger LOG = Logger.getLogger(ErrorTranslation.class.getName());

    @Inject
    SecurityContext security;

    @AroundInvoke
    Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (ApiError error) {
            throw error;
        } catch (CloudCareException failure) {
            throw translated(failure);
        } catch (EJBAccessException denied) {
            if (security.getCallerPrincipal() == null) {
                throw new ApiError.Unauthenticated("Sign in first: the request carries no valid token.");
            }
            throw new ApiError.Forbidden("Your role does not allow " + invocation.getMethod().getName() + ".");
        } catch (EJBException | OptimisticLockException failure) {
            if (causedByConcurrentChange(failure)) {
                throw new ApiError.Conflict("Someone else changed this at the same time. Reload and try again.");
            }
            throw internal(invocation, failure);
        } catch (RuntimeException failure) {
            throw internal(invocation, failure);
        }
    }

    private static ApiError translated(CloudCareException failure) {
        return switch (failure.code()) {
            case UNAUTHENTICATED -> new ApiError.Unauthenticated(failure.getMessage());
            case FORBIDDEN -> new ApiError.Forbidden(failure.getMessage());
            case NOT_FOUND -> new ApiError.NotFound(failure.getMessage());
            case VALIDATION -> failure instanceof InvalidInput rejected
                    ? new ApiError.Validation(failure.getMessage(), failure.field(), rejected.reasons().stream()
                            .map(reason -> new ApiError.Reason(reason.field(), reason.message())).toList())
                    : new ApiError.Validation(failure.getMessage(), failure.field());
            case CONFLICT -> new ApiError.Conflict(failure.getMessage());
            case INTERNAL -> new ApiError.Internal(failure.getMessage());
        };
    }

    private static ApiError internal(InvocationContext invocation, Throwable failure) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Internal error " + reference + " in " + invocation.getMethod(), failure);
        return new ApiError.Internal("Something went wrong on our side (reference " + reference + ").");
    }

    private static boolean causedByConcurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
