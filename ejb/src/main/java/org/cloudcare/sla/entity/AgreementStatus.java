package org.cloudcare.sla.entity;

/**
 * Where a cloud service agreement stands (TMF651 agreement status words): {@code active} from the start of its
 * subscription, {@code expired} at the end of a term that does not renew, {@code terminated} when its subscription
 * ends. Both ends are final.
 */
public enum AgreementStatus {
    ACTIVE,
    EXPIRED,
    TERMINATED
}
