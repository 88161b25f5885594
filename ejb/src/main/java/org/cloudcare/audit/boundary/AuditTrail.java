package org.cloudcare.audit.boundary;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;

import org.cloudcare.audit.entity.AuditEntry;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.paging.PagedQuery;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.tenancy.TenantScope;

/**
 * The audit trail (ISO/TS 23535 5.8): every change, and every read of health-sensitive data, by whom and when. Areas
 * write it through {@link org.cloudcare.audit.control.AuditLog} inside their own transaction; a customer's
 * administrator reads its own tenant's trail, the provider's managers read all of it.
 */
@Stateless
@CheckedInput
public class AuditTrail {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    TenantScope scope;

    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER, Roles.CSP_BUSINESS_MANAGER})
    public Page<AuditEntry> entries(String entityType, String entityId, PageRequest page) {
        return PagedQuery.page(em, AuditEntry.class, (cb, entry) -> {
            List<Predicate> where = new ArrayList<>(List.of(scope.visible(cb, entry)));
            if (entityType != null) {
                where.add(cb.equal(entry.get("entityType"), entityType));
            }
            if (entityId != null) {
                where.add(cb.equal(entry.get("entityId"), entityId));
            }
            return cb.and(where.toArray(Predicate[]::new));
        }, (cb, entry) -> List.of(cb.desc(entry.get("occurredAt")), cb.asc(entry.get("id"))), page);
    }
}
