package org.cloudcare.platform.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Loads one page of a child list for many parents in two statements (the page, with a window function, and the
 * counts), so a GraphQL list of customers with their interactions costs two queries, not one per customer.
 */
public final class PartitionedPages {

    private PartitionedPages() {
    }

    /**
     * @param table        the child table (a trusted constant, never user input)
     * @param parentColumn the column holding the parent id
     * @param orderBy      the order inside each parent's list, e.g. {@code occurred_at DESC, id}
     * @param parentIds    the parents asked for
     * @param readable     those of them the caller may read; the others get an empty page
     * @return one page per parent, in the order of {@code parentIds}
     */
    public static <T> List<Page<T>> load(EntityManager em, Class<T> type, String table, String parentColumn,
            String orderBy, List<String> parentIds, Collection<String> readable, Function<T, String> parentOf,
            PageRequest request) {
        List<String> queried = parentIds.stream().filter(readable::contains).distinct().toList();
        Map<String, Long> totals = new HashMap<>();
        Map<String, List<T>> items = new HashMap<>();
        if (!queried.isEmpty()) {
            totals = counts(em, table, parentColumn, queried);
            if (request.first() > 0 && !totals.isEmpty()) {
                items = items(em, type, table, parentColumn, orderBy, queried, parentOf, request);
            }
        }
        List<Page<T>> pages = new ArrayList<>();
        for (String parentId : parentIds) {
            pages.add(new Page<>(items.getOrDefault(parentId, List.of()), request.offset(),
                    totals.getOrDefault(parentId, 0L)));
        }
        return pages;
    }

    private static Map<String, Long> counts(EntityManager em, String table, String parentColumn,
            List<String> parentIds) {
        String in = placeholders(parentIds);
        Query counts = em.createNativeQuery("SELECT " + parentColumn + ", COUNT(*) FROM " + table + " WHERE "
                + parentColumn + " IN (" + in + ") GROUP BY " + parentColumn);
        bind(counts, parentIds);
        Map<String, Long> totals = new HashMap<>();
        for (Object row : counts.getResultList()) {
            Object[] columns = (Object[]) row;
            totals.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return totals;
    }

    private static <T> Map<String, List<T>> items(EntityManager em, Class<T> type, String table, String parentColumn,
            String orderBy, List<String> parentIds, Function<T, String> parentOf, PageRequest request) {
        String in = placeholders(parentIds);
        Map<String, List<T>> items = new HashMap<>();
        Query page = em.createNativeQuery("SELECT * FROM (SELECT t.*, ROW_NUMBER() OVER (PARTITION BY t."
                    + parentColumn + " ORDER BY " + orderBy + ") AS position_in_parent FROM " + table + " t WHERE t."
                    + parentColumn + " IN (" + in + ")) numbered WHERE position_in_parent > ? AND position_in_parent <= ?"
                + " ORDER BY " + parentColumn + ", position_in_parent", type);
        bind(page, parentIds);
        page.setParameter(parentIds.size() + 1, request.offset());
        page.setParameter(parentIds.size() + 2, request.offset() + request.first());
        for (Object item : page.getResultList()) {
            T child = type.cast(item);
            items.computeIfAbsent(parentOf.apply(child), id -> new ArrayList<>()).add(child);
        }
        return items;
    }

    private static String placeholders(List<String> values) {
        return String.join(", ", values.stream().map(value -> "?").toList());
    }

    private static void bind(Query query, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
    }
}
