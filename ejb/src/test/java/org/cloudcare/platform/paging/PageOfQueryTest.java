package org.cloudcare.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.persistence.TypedQuery;

import org.junit.jupiter.api.Test;

/**
 * {@link Page#of(TypedQuery, TypedQuery, PageRequest)}: which window of the query it asks the database for, and that
 * it takes the total from the count query. The queries here answer like a database would over 25 rows and record
 * what they were asked.
 */
class PageOfQueryTest {

    private static final List<Integer> ROWS = IntStream.rangeClosed(1, 25).boxed().toList();

    @Test
    void aPageAsksTheDatabaseForItsWindowOnlyAndCountsAll() {
        Recorded items = new Recorded();

        Page<Integer> page = Page.of(items.query(), count(), PageRequest.of(10, PageRequest.cursorOf(9)));

        assertEquals(List.of("first=10", "max=10", "list"), items.calls);
        assertEquals(IntStream.rangeClosed(11, 20).boxed().toList(), page.items());
        assertEquals(10, page.offset());
        assertEquals(25, page.totalCount());
        assertTrue(page.hasNextPage());
    }

    @Test
    void theLastPageIsShortAndHasNoNextPage() {
        Page<Integer> page = Page.of(new Recorded().query(), count(), PageRequest.of(10, PageRequest.cursorOf(19)));

        assertEquals(List.of(21, 22, 23, 24, 25), page.items());
        assertFalse(page.hasNextPage());
    }

    @Test
    void askingForNoItemsOnlyCountsAndNeverRunsTheItemQuery() {
        Recorded items = new Recorded();

        Page<Integer> page = Page.of(items.query(), count(), PageRequest.of(0, null));

        assertEquals(List.of(), items.calls);
        assertEquals(List.of(), page.items());
        assertEquals(25, page.totalCount());
    }

    @SuppressWarnings("unchecked")
    private static TypedQuery<Long> count() {
        return (TypedQuery<Long>) Proxy.newProxyInstance(PageOfQueryTest.class.getClassLoader(),
                new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSingleResult" -> (long) ROWS.size();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The item query: remembers the window it was given and answers it from {@link #ROWS}. */
    private static final class Recorded {
        final List<String> calls = new ArrayList<>();
        int first;
        int max = Integer.MAX_VALUE;

        @SuppressWarnings("unchecked")
        TypedQuery<Integer> query() {
            return (TypedQuery<Integer>) Proxy.newProxyInstance(PageOfQueryTest.class.getClassLoader(),
                    new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "setFirstResult" -> {
                            first = (int) args[0];
                            calls.add("first=" + first);
                            yield proxy;
                        }
                        case "setMaxResults" -> {
                            max = (int) args[0];
                            calls.add("max=" + max);
                            yield proxy;
                        }
                        case "getResultList" -> {
                            calls.add("list");
                            yield ROWS.subList(Math.min(first, ROWS.size()), Math.min(first + max, ROWS.size()));
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
