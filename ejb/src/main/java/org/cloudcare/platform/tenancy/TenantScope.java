package org.cloudcare.platform.tenancy;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.TenantFilter;

/**
 * The tenant rule, once for every area: which tenant-owned objects the current caller may see, as an object check
 * ({@link #find}, {@link #requireVisible}) and as a query predicate ({@link #visible}), both derived from the caller's
 * {@link TenantFilter}. Objects of another tenant answer NOT_FOUND, exactly like ids that do not exist, so ids of
 * other customers cannot even be probed. A caller that is neither staff nor a customer's user is refused here.
 */
@Dependent
public class TenantScope {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    CallerContext callers;

    /** The current caller's filter; refuses callers that may read no customer data (service accounts). */
    public TenantFilter filter() {
        return callers.current().tenantFilter();
    }

    /** The object with this id, if the caller may see it. */
    public <T extends TenantOwned> T find(Class<T> type, String what, String id) {
        Checks.required("id", id);
        return requireVisible(em.find(type, id), what, id);
    }

    /** The object itself if the caller may see it; a missing or foreign object is NOT_FOUND. */
    public <T extends TenantOwned> T requireVisible(T object, String what, Object id) {
        if (object == null || !filter().admits(object.getTenant())) {
            throw CloudCareException.notFound(what, id);
        }
        return object;
    }

    /** The predicate that limits a query over {@code owned} to the objects the caller may see. */
    public Predicate visible(CriteriaBuilder cb, Path<? extends TenantOwned> owned) {
        return filter().tenant()
                .map(tenant -> cb.equal(owned.get(TenantOwned.TENANT), tenant))
                .orElseGet(cb::conjunction);
    }
}
