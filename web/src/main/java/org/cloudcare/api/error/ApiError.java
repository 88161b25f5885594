package org.cloudcare.api.error;

import java.util.List;

/**
 * The errors a GraphQL client sees. One subclass per {@code extensions.code}, because SmallRye takes the code from
 * the {@code @ErrorCode} of the exception class; {@link ApiErrorField} adds the input field a failure is about.
 */
public abstract sealed class ApiError extends RuntimeException permits ApiError.Unauthenticated, ApiError.Forbidden,
        ApiError.NotFound, ApiError.Validation, ApiError.Conflict, ApiError.Internal {

    private final String field;
    private final transient List<Reason> reasons;

    ApiError(String message, String field) {
        this(message, field, List.of());
    }

    ApiError(String message, String field, List<Reason> reasons) {
        super(message, null, false, false); // no stack trace: these are answers, not bugs
        this.field = field;
        this.reasons = List.copyOf(reasons);
    }

    public String field() {
        return field;
    }

    /** Every reason of a validation that found several (a rejected order), each with its field; else empty. */
    public List<Reason> reasons() {
        return reasons;
    }

    /** One reason of a validation error: the input field and the sentence about it. */
    public record Reason(String field, String message) {
    }

    @io.smallrye.graphql.api.ErrorCode("UNAUTHENTICATED")
    public static final class Unauthenticated extends ApiError {
        public Unauthenticated(String message) {
            super(message, null);
        }
    }

    @io.smallrye.graphql.api.ErrorCode("FORBIDDEN")
    public static final class Forbidden extends ApiError {
        public Forbidden(String message) {
            super(message, null);
        }
    }

    @io.smallrye.graphql.api.ErrorCode("NOT_FOUND")
    public static final class NotFound extends ApiError {
        public NotFound(String message) {
            super(message, null);
        }
    }

    @io.smallrye.graphql.api.ErrorCode("VALIDATION")
    public static final class Validation extends ApiError {
        public Validation(String message, String field) {
            super(message, field);
        }

        public Validation(String message, String field, List<Reason> reasons) {
            super(message, field, reasons);
        }
    }

    @io.smallrye.graphql.api.ErrorCode("CONFLICT")
    public static final class Conflict extends ApiError {
        public Conflict(String message) {
            super(message, null);
        }
    }

    @io.smallrye.graphql.api.ErrorCode("INTERNAL")
    public static final class Internal extends ApiError {
        public Internal(String message) {
            super(message, null);
        }
    }
}
