package org.cloudcare.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines CloudCare's database and brings its schema up to date with the versioned Flyway migrations before anything
 * else runs. Embedded H2 unless configured otherwise; PostgreSQL in production, chosen with the
 * {@code CLOUDCARE_DB_*} environment variables (MicroProfile Config keys {@code cloudcare.db.*}). The defaults are
 * inlined because the application's own config file is read too late for data source definitions.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=cloudcare.db.datasource:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=cloudcare.db.url:jdbc:h2:mem:cloudcare;DB_CLOSE_DELAY=-1}",
        user = "${MPCONFIG=cloudcare.db.user:sa}",
        password = "${MPCONFIG=cloudcare.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                // survive a database restart: validate pooled connections before handing them out, each at most once
                // a minute; validating at every checkout cost a database round trip per query (5 % of the CPU time
                // under the dashboard benchmark, and as many extra statements for PostgreSQL as the queries themselves)
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.validate-atmost-once-period-in-seconds=60",
                // Connection.isValid(): works for H2 and PostgreSQL alike (the default "table" method needs a table)
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits each migration itself
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/cloudcare";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now) on " + result.database);
    }

    /**
     * The portable migrations, and on PostgreSQL those only it can run ({@code db/postgresql}: partial indexes, which
     * H2 lacks). A version number is used in one of the two folders only.
     */
    private String[] locations() {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgresql = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
            return postgresql ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                    : new String[] {"classpath:db/migration"};
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database CloudCare runs on", e);
        }
    }
}
