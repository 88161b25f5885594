package org.cloudcare.api.error;

/**
 * The errors a GraphQL client sees. One subclass per {@code extensions.code}, because SmallRye takes the code from
 * the {@code @ErrorCode} of the exception class; {@link ApiErrorField} adds the input field a failure is about.
 */
public abstract sealed class ApiError extends RuntimeException permits ApiError.Unauthenticated, ApiError.Forbidden,
        ApiError.NotFound, ApiError.Validation, ApiError.Conflict, ApiError.Internal {

    private final String field;

    ApiError(String message, String field) {
        super(message, null, false, false); // no stack trace: these are answers, not bugs
        this.field = field;
    }

    public String field() {
        return field;
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
