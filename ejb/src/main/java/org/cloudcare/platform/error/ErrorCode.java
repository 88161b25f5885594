package org.cloudcare.platform.error;

/** The stable error codes a GraphQL client sees in {@code extensions.code}. */
public enum ErrorCode {
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    VALIDATION,
    CONFLICT,
    INTERNAL
}
