package org.cloudcare.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;

/** Turns a {@link Page} into a cursor connection of the GraphQL contract. */
public final class Connections {

    private Connections() {
    }

    public static <T, V, E, C> C of(Page<T> page, Function<T, V> view, BiFunction<String, V, E> edge,
            ConnectionFactory<E, C> connection) {
        List<E> edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(edge.apply(PageRequest.cursorOf(page.offset() + i), view.apply(page.items().get(i))));
        }
        String endCursor = edges.isEmpty() ? null : PageRequest.cursorOf(page.offset() + edges.size() - 1);
        return connection.create(edges, new PageInfo(page.hasNextPage(), page.offset() > 0, endCursor),
                page.totalCount());
    }

    @FunctionalInterface
    public interface ConnectionFactory<E, C> {
        C create(List<E> edges, PageInfo pageInfo, long totalCount);
    }
}
