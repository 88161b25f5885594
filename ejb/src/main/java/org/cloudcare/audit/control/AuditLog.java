package org.cloudcare.audit.control;

import java.time.Clock;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.cloudcare.audit.entity.AuditAction;
import org.cloudcare.audit.entity.AuditEntry;
import org.cloudcare.platform.security.Caller;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.tenancy.TenantOwned;

/**
 * Writes the audit trail from inside a business operation. The actor is always the current caller and the tenant the
 * one of the object changed, both taken here rather than trusted from the caller; the line joins the operation's
 * transaction, so it commits or rolls back with the change it describes.
 */
@Dependent
@Transactional(TxType.MANDATORY)
public class AuditLog {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** Records {@code action} on a tenant-owned object, in that object's tenant. */
    public void record(AuditAction action, TenantOwned subject, String detail) {
        persist(callers.current(), subject.getTenant(), action, subject.getId(), detail);
    }

    /**
     * Records {@code action} on something the provider owns rather than a tenant (the catalogue): the line has no
     * tenant, so provider staff read it and no customer does.
     */
    public void recordProviderWide(AuditAction action, String entityId, String detail) {
        persist(callers.current(), null, action, entityId, detail);
    }

    /**
     * For a change of the calling customer user's own tenant made outside CloudCare's database (a user in Keycloak):
     * the line commits in its own transaction at once, so it stays even when the caller's transaction rolls back
     * afterwards. Call it only once the change has happened, never before.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordInOwnTenantAtOnce(AuditAction action, String entityId, String detail) {
        Caller caller = callers.current();
        persist(caller, caller.requireTenant(), action, entityId, detail);
    }

    private void persist(Caller actor, String tenant, AuditAction action, String entityId, String detail) {
        em.persist(new AuditEntry(actor.username(), tenant, action, entityId, detail, clock));
    }
}
