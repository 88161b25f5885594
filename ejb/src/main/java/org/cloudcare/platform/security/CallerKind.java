package org.cloudcare.platform.security;

/**
 * What kind of party a caller is. Every caller is exactly one of these; a token that makes it none (no CloudCare
 * role) or more than one (customer and provider roles at once) is refused, so no caller is ever given the widest view
 * by default.
 */
public enum CallerKind {
    /** The provider's people: see every tenant, within what their role allows. */
    PROVIDER_STAFF,
    /** A user of a cloud service customer: sees its own tenant only. */
    CUSTOMER_USER,
    /** A machine (the monitoring system): pushes data, never reads customer data. */
    SERVICE_ACCOUNT
}
