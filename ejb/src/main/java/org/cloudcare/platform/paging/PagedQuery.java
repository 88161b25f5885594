package org.cloudcare.platform.paging;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * One page of a typed query and its count, with the same condition for both, so a list's {@code totalCount} always
 * counts what its pages show. Conditions are Criteria predicates, so a boundary adds the tenant predicate of
 * {@code TenantScope} like any other condition.
 */
public final class PagedQuery {

    private PagedQuery() {
    }

    public static <T> Page<T> page(EntityManager em, Class<T> type, Condition<T> where, Ordering<T> order,
            PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> items = cb.createQuery(type);
        Root<T> item = items.from(type);
        items.select(item).where(where.on(cb, item)).orderBy(order.on(cb, item));
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> counted = count.from(type);
        count.select(cb.count(counted)).where(where.on(cb, counted));
        return Page.of(em.createQuery(items).setHint(QueryHints.READ_ONLY, HintValues.TRUE), em.createQuery(count), request);
    }

    @FunctionalInterface
    public interface Condition<T> {
        Predicate on(CriteriaBuilder cb, Root<T> root);
    }

    @FunctionalInterface
    public interface Ordering<T> {
        List<Order> on(CriteriaBuilder cb, Root<T> root);
    }
}
