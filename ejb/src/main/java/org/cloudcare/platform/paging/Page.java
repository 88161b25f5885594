package org.cloudcare.platform.paging;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.TypedQuery;

/** The items of one page, where they start, and how many there are in all. */
public record Page<T>(List<T> items, int offset, long totalCount) {

    public boolean hasNextPage() {
        return offset + items.size() < totalCount;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), offset, totalCount);
    }

    /** Pages a list that is already in memory (small, bounded lists such as a tenant's users). */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.first(), all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), from, all.size());
    }

    /** Runs one page of a query and its count. */
    public static <T> Page<T> of(TypedQuery<T> items, TypedQuery<Long> count, PageRequest request) {
        List<T> page = request.first() == 0 ? List.of()
                : items.setFirstResult(request.offset()).setMaxResults(request.first()).getResultList();
        return new Page<>(page, request.offset(), count.getSingleResult());
    }
}
