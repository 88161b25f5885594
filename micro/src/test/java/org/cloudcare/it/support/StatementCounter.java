package org.cloudcare.it.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cloudcare.platform.persistence.DatabaseMigration;

/**
 * How often each SQL statement has run so far, counted by H2 itself ({@code QUERY_STATISTICS}, which counts every
 * execution on every connection), one line per statement: count, tab, SQL. A test reads it before and after one
 * GraphQL request. Statements on
 * H2's own schema and on the outbox, which a background relay polls, are left out, and so are the queries of the order
 * orchestration's timers (due fulfilment steps, jeopardy candidates).
 */
@WebServlet("/it/sql-statements")
public class StatementCounter extends HttpServlet {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private static volatile boolean counting;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            if (!counting) {
                sql.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
                sql.execute("SET QUERY_STATISTICS TRUE");
                counting = true;
            }
            StringBuilder counts = new StringBuilder();
            try (ResultSet statements = sql.executeQuery("SELECT EXECUTION_COUNT, SQL_STATEMENT"
                    + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE UPPER(SQL_STATEMENT) NOT LIKE '%INFORMATION_SCHEMA%'"
                    + " AND UPPER(SQL_STATEMENT) NOT LIKE '%OUTBOX%' AND UPPER(SQL_STATEMENT) NOT LIKE '%LEASE%'"
                    + " AND UPPER(SQL_STATEMENT) NOT LIKE '%QUERY_STATISTICS%'"
                    + " AND UPPER(SQL_STATEMENT) NOT LIKE '%NEXT_STEP_AT <=%'"
                    + " AND UPPER(SQL_STATEMENT) NOT LIKE '%EXPECTED_COMPLETION_DATE > %'")) {
                while (statements.next()) {
                    counts.append(statements.getLong(1)).append('\t')
                            .append(statements.getString(2).replaceAll("\\s+", " ")).append('\n');
                }
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(counts.toString());
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
