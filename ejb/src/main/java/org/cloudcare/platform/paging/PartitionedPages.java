package org.cloudcare.platform.paging;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Query;
import jakarta.persistence.Table;

import org.cloudcare.platform.security.TenantFilter;
import org.cloudcare.platform.tenancy.TenantOwned;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * One page of a child list for many parents in two statements (the counts, and the page with a window function), so
 * a GraphQL list of customers with their interactions costs two queries, not one per customer. JPQL has no window
 * functions, so the SQL is native; it is built from the entity's own mapping (its {@code @Table} and
 * {@code @Column}s), so callers name attributes, never tables or columns, and a wrong attribute fails when the
 * description is created. Only the rows of the tenants in the caller's {@link TenantFilter} are read.
 *
 * <pre>{@code
 * static final PartitionedPages<Interaction> HISTORIES = PartitionedPages.of(Interaction.class, "customerId",
 *         Interaction::getCustomerId, Sort.descending("occurredAt"), Sort.ascending("id"));
 * HISTORIES.load(em, customerIds, scope.filter(), page);
 * }</pre>
 */
public final class PartitionedPages<T extends TenantOwned> {

    private final Class<T> type;
    private final Function<T, String> parentOf;
    private final String countSql;
    private final String pageSql;
    private final String tenantCondition;

    private PartitionedPages(Class<T> type, String parentAttribute, Function<T, String> parentOf, List<Sort> order) {
        this.type = type;
        this.parentOf = parentOf;
        String table = tableOf(type);
        String parent = columnOf(type, parentAttribute);
        String tenant = columnOf(type, TenantOwned.TENANT);
        String orderBy = order.stream().map(sort -> "t." + columnOf(type, sort.attribute())
                + (sort.descending() ? " DESC" : "")).collect(Collectors.joining(", "));
        // the parent ids and the tenant are the only values, always bound as parameters; %2$s is the tenant condition
        String where = " WHERE t." + parent + " IN (%1$s)%2$s";
        this.tenantCondition = " AND t." + tenant + " = ?";
        this.countSql = "SELECT t." + parent + ", COUNT(*) FROM " + table + " t" + where + " GROUP BY t." + parent;
        this.pageSql = "SELECT * FROM (SELECT t.*, ROW_NUMBER() OVER (PARTITION BY t." + parent + " ORDER BY "
                + orderBy + ") AS position_in_parent FROM " + table + " t" + where
                + ") numbered WHERE position_in_parent > ? AND position_in_parent <= ? ORDER BY " + parent
                + ", position_in_parent";
    }

    /**
     * @param parentAttribute the attribute holding the parent's id
     * @param parentOf        reads that attribute, to hand each row to its parent
     * @param order           the order inside each parent's list; end with a unique attribute so pages are stable
     */
    public static <T extends TenantOwned> PartitionedPages<T> of(Class<T> type, String parentAttribute,
            Function<T, String> parentOf, Sort... order) {
        if (order.length == 0) {
            throw new IllegalArgumentException("A paged list needs an order");
        }
        return new PartitionedPages<>(type, parentAttribute, parentOf, Arrays.asList(order));
    }

    /** One page per parent, in the order of {@code parentIds}; parents the caller may not see get an empty page. */
    public List<Page<T>> load(EntityManager em, List<String> parentIds, TenantFilter filter, PageRequest request) {
        List<String> queried = parentIds.stream().distinct().toList();
        Map<String, Long> totals = queried.isEmpty() ? Map.of() : counts(em, queried, filter);
        Map<String, List<T>> items = request.first() == 0 || totals.isEmpty() ? Map.of()
                : items(em, queried, filter, request);
        List<Page<T>> pages = new ArrayList<>(parentIds.size());
        for (String parentId : parentIds) {
            pages.add(new Page<>(items.getOrDefault(parentId, List.of()), request.offset(),
                    totals.getOrDefault(parentId, 0L)));
        }
        return pages;
    }

    private Map<String, Long> counts(EntityManager em, List<String> parentIds, TenantFilter filter) {
        Query counts = em.createNativeQuery(sql(countSql, parentIds, filter));
        bind(counts, parentIds, filter);
        Map<String, Long> totals = new HashMap<>();
        for (Object row : counts.getResultList()) {
            Object[] columns = (Object[]) row;
            totals.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return totals;
    }

    private Map<String, List<T>> items(EntityManager em, List<String> parentIds, TenantFilter filter,
            PageRequest request) {
        Query page = em.createNativeQuery(sql(pageSql, parentIds, filter), type).setHint(QueryHints.READ_ONLY,
                HintValues.TRUE);
        int next = bind(page, parentIds, filter);
        page.setParameter(next, request.offset());
        page.setParameter(next + 1, request.offset() + request.first());
        Map<String, List<T>> items = new HashMap<>();
        for (Object item : page.getResultList()) {
            T child = type.cast(item);
            items.computeIfAbsent(parentOf.apply(child), id -> new ArrayList<>()).add(child);
        }
        return items;
    }

    private String sql(String template, List<String> parentIds, TenantFilter filter) {
        return template.formatted(String.join(", ", Collections.nCopies(parentIds.size(), "?")),
                filter.tenant().isPresent() ? tenantCondition : "");
    }

    /** Binds the parent ids and the tenant, if any; returns the next parameter position. */
    private static int bind(Query query, List<String> parentIds, TenantFilter filter) {
        int position = 1;
        for (String id : parentIds) {
            query.setParameter(position++, id);
        }
        if (filter.tenant().isPresent()) {
            query.setParameter(position++, filter.tenant().get());
        }
        return position;
    }

    private static String tableOf(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table == null || table.name().isEmpty()) {
            throw new IllegalArgumentException(type.getName() + " names no table");
        }
        return table.name();
    }

    private static String columnOf(Class<?> type, String attribute) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(attribute);
                Column column = field.getAnnotation(Column.class);
                if (column != null && !column.name().isEmpty()) {
                    return column.name();
                }
                if (column != null || field.isAnnotationPresent(Id.class)) {
                    return attribute;
                }
                throw new IllegalArgumentException(type.getName() + "." + attribute + " is not a mapped column");
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException(type.getName() + " has no attribute " + attribute);
    }

    /** One key of the order inside each parent's list. */
    public record Sort(String attribute, boolean descending) {

        public static Sort ascending(String attribute) {
            return new Sort(attribute, false);
        }

        public static Sort descending(String attribute) {
            return new Sort(attribute, true);
        }
    }
}
