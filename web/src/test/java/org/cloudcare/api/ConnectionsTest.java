package org.cloudcare.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.junit.jupiter.api.Test;

class ConnectionsTest {

    record Edge(String cursor, String node) {
    }

    record Connection(List<Edge> edges, PageInfo pageInfo, long totalCount) {
    }

    private static final List<Integer> TWENTY_FIVE = IntStream.rangeClosed(1, 25).boxed().toList();

    private static Connection connectionOf(Integer first, String after) {
        return Connections.of(Page.of(TWENTY_FIVE, PageRequest.of(first, after)), i -> "item " + i, Edge::new,
                Connection::new);
    }

    @Test
    void everyEdgeCarriesItsViewInOrderAndTheTotalCountIsPassedOn() {
        Connection connection = connectionOf(3, null);

        assertEquals(List.of("item 1", "item 2", "item 3"), connection.edges().stream().map(Edge::node).toList());
        assertEquals(25, connection.totalCount());
    }

    @Test
    void eachEdgeCursorPointsAtItsOwnPositionInTheWholeList() {
        Connection connection = connectionOf(3, PageRequest.cursorOf(4));

        assertEquals(List.of(PageRequest.cursorOf(5), PageRequest.cursorOf(6), PageRequest.cursorOf(7)),
                connection.edges().stream().map(Edge::cursor).toList());
        Edge middle = connection.edges().get(1);
        assertEquals("item 8", connectionOf(1, middle.cursor()).edges().get(0).node(),
                "the page after an edge's cursor starts with the item behind it");
    }

    @Test
    void theEndCursorIsTheLastEdgesCursorAndContinuesTheList() {
        Connection first = connectionOf(10, null);

        assertEquals(first.edges().get(9).cursor(), first.pageInfo().endCursor());
        Connection second = connectionOf(10, first.pageInfo().endCursor());
        assertEquals("item 11", second.edges().get(0).node());
    }

    @Test
    void theFirstPageHasANextButNoPreviousPage() {
        PageInfo info = connectionOf(10, null).pageInfo();

        assertTrue(info.hasNextPage());
        assertFalse(info.hasPreviousPage());
    }

    @Test
    void aMiddlePageHasBothANextAndAPreviousPage() {
        PageInfo info = connectionOf(10, PageRequest.cursorOf(9)).pageInfo();

        assertTrue(info.hasNextPage());
        assertTrue(info.hasPreviousPage());
    }

    @Test
    void theLastPageHasAPreviousButNoNextPage() {
        Connection last = connectionOf(10, PageRequest.cursorOf(19));

        assertEquals(5, last.edges().size());
        assertFalse(last.pageInfo().hasNextPage());
        assertTrue(last.pageInfo().hasPreviousPage());
    }

    @Test
    void aPageWithoutEdgesHasNoEndCursorButStillTheTotalCount() {
        Connection none = connectionOf(0, null);

        assertTrue(none.edges().isEmpty());
        assertNull(none.pageInfo().endCursor());
        assertTrue(none.pageInfo().hasNextPage());
        assertEquals(25, none.totalCount());
    }

    @Test
    void anEmptyListGivesAnEmptyConnectionWithoutNeighbours() {
        Connection empty = Connections.of(Page.of(List.<Integer>of(), PageRequest.of(null, null)), i -> "item " + i,
                Edge::new, Connection::new);

        assertTrue(empty.edges().isEmpty());
        assertEquals(new PageInfo(false, false, null), empty.pageInfo());
        assertEquals(0, empty.totalCount());
    }
}
