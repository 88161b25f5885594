/**
 * The audit trail (ISO/TS 23535 5.8, data governance): who changed what, when, in which tenant, and reads of
 * health-sensitive data. Lines are written only through {@link org.cloudcare.audit.control.AuditLog} inside the
 * transaction of the change they describe, with typed {@link org.cloudcare.audit.entity.AuditAction}s; the actor and
 * tenant are taken from the caller and the object, never from arguments. Lines are never changed or deleted. A
 * customer's administrator reads its own tenant's trail; provider managers read all of it.
 */
package org.cloudcare.audit;
