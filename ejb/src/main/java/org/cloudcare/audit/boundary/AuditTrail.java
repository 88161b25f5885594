package org.cloudcare.audit.boundary;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.cloudcare.audit.entity.AuditEntry;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.security.Caller;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.Roles;

/**
 * The audit trail (ISO/TS 23535 5.8): every change, and every read of health-sensitive data, by whom and when. Other
 * boundaries {@link #record} inside their own transaction; a customer's administrator reads its own tenant's trail,
 * the provider's managers read all of it.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** Joins the caller's transaction: the audit line commits or rolls back with the change it describes. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Caller actor, String tenant, String action, String entityType, String entityId, String detail) {
        em.persist(new AuditEntry(actor.username(), tenant, action, entityType, entityId, detail, clock));
    }

    /**
     * For a change made outside CloudCare's database (a user in Keycloak): the line commits in its own transaction at
     * once, so it stays even when the caller's transaction rolls back afterwards. Call it only once the change has
     * happened, never before.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordOutsideTransaction(Caller actor, String tenant, String action, String entityType,
            String entityId, String detail) {
        em.persist(new AuditEntry(actor.username(), tenant, action, entityType, entityId, detail, clock));
    }

    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER, Roles.CSP_BUSINESS_MANAGER})
    public Page<AuditEntry> entries(String entityType, String entityId, PageRequest page) {
        Caller caller = callers.current();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (caller.isCustomerUser()) {
            where.append(" AND a.tenant = :tenant");
            parameters.put("tenant", caller.tenant());
        }
        if (entityType != null) {
            where.append(" AND a.entityType = :entityType");
            parameters.put("entityType", entityType);
        }
        if (entityId != null) {
            where.append(" AND a.entityId = :entityId");
            parameters.put("entityId", entityId);
        }
        TypedQuery<AuditEntry> items = em.createQuery(
                "SELECT a FROM AuditEntry a" + where + " ORDER BY a.occurredAt DESC, a.id", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        return Page.of(items, count, page);
    }
}
