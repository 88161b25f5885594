package org.cloudcare.platform.claim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.cloudcare.platform.persistence.DatabaseMigration;
import org.cloudcare.platform.time.Timestamps;

/**
 * The platform's claim mechanism for work that must happen once across all instances: a lease on a key in the
 * {@code lease} table. Typical use by a scheduled job of a business area:
 *
 * <pre>{@code
 * @Schedule(hour = "2", persistent = false)
 * void evaluateLastMonth() {
 *     leases.runOnce("sla-evaluation:" + YearMonth.now(clock).minusMonths(1), Duration.ofMinutes(30),
 *             () -> evaluation.evaluate(period));
 * }
 * }</pre>
 *
 * <p>How a claim works, on H2 and PostgreSQL alike: one conditional {@code UPDATE ... WHERE lease_key = ? AND
 * completed_at IS NULL AND leased_until <= now} takes an existing key whose lease has run out (the database row lock
 * lets only one of two racing updates see the old expiry; the other counts 0 rows), and a plain {@code INSERT} creates a
 * key seen for the first time (the primary key lets only one of two racing inserts through). Each statement commits on
 * its own (no transaction: {@code NOT_SUPPORTED}), so the lease is visible to the other instances at once and is not
 * undone when the job's own transaction rolls back.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Leases {

    static final int MAX_KEY_LENGTH = 200;
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String TAKE_EXPIRED = "UPDATE lease SET holder = ?, token = ?, acquired_at = ?, leased_until = ?"
            + " WHERE lease_key = ? AND completed_at IS NULL AND leased_until <= ?";
    private static final String CREATE = "INSERT INTO lease (lease_key, holder, token, acquired_at, leased_until)"
            + " VALUES (?, ?, ?, ?, ?)";
    private static final String EXTEND = "UPDATE lease SET leased_until = ?"
            + " WHERE lease_key = ? AND token = ? AND completed_at IS NULL";
    private static final String RELEASE = "DELETE FROM lease WHERE lease_key = ? AND token = ? AND completed_at IS NULL";
    private static final String COMPLETE = "UPDATE lease SET completed_at = ?, leased_until = ?"
            + " WHERE lease_key = ? AND token = ? AND completed_at IS NULL";
    private static final String COMPLETED = "SELECT completed_at FROM lease WHERE lease_key = ?";

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    InstanceName instance;

    @Inject
    Clock clock;

    /** Takes the lease on {@code key} for this instance, if nobody holds it and it was never completed. */
    public Optional<Lease> tryAcquire(String key, Duration ttl) {
        return tryAcquire(key, instance.get(), ttl, Timestamps.now(clock));
    }

    /**
     * Takes the lease on {@code key} for {@code holder} as of {@code now}: empty when another holder's lease has not
     * run out yet or the key is completed.
     */
    public Optional<Lease> tryAcquire(String key, String holder, Duration ttl, OffsetDateTime now) {
        checkKey(key);
        checkTtl(ttl);
        Lease lease = new Lease(key, holder, UUID.randomUUID().toString(), now.plus(ttl));
        try (Connection connection = autoCommitted()) {
            try (PreparedStatement takeExpired = connection.prepareStatement(TAKE_EXPIRED)) {
                takeExpired.setString(1, holder);
                takeExpired.setString(2, lease.token());
                takeExpired.setObject(3, now);
                takeExpired.setObject(4, lease.until());
                takeExpired.setString(5, key);
                takeExpired.setObject(6, now);
                if (takeExpired.executeUpdate() == 1) {
                    return Optional.of(lease);
                }
            }
            try (PreparedStatement create = connection.prepareStatement(CREATE)) {
                create.setString(1, key);
                create.setString(2, holder);
                create.setString(3, lease.token());
                create.setObject(4, now);
                create.setObject(5, lease.until());
                create.executeUpdate();
                return Optional.of(lease);
            } catch (SQLException taken) {
                if (UNIQUE_VIOLATION.equals(taken.getSQLState())) {
                    return Optional.empty(); // the key exists: held by someone else, or completed
                }
                throw taken;
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not claim the lease " + key + ".", failure);
        }
    }

    /** Extends a held lease to {@code ttl} from now; false when it was taken over or completed meanwhile. */
    public boolean renew(Lease lease, Duration ttl) {
        checkTtl(ttl);
        return update(EXTEND, lease, Timestamps.now(clock).plus(ttl));
    }

    /**
     * Gives the key up before the lease runs out, so that another instance (or a later run) may take it at once. The
     * row goes: keys taken once per product order or ticket would otherwise pile up in the table for ever.
     */
    public void release(Lease lease) {
        try (Connection connection = autoCommitted();
                PreparedStatement release = connection.prepareStatement(RELEASE)) {
            release.setString(1, lease.key());
            release.setString(2, lease.token());
            release.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not release the lease " + lease.key() + ".", failure);
        }
    }

    /** Marks the key done for good: nobody can take it again. False when the lease had been taken over. */
    public boolean complete(Lease lease) {
        OffsetDateTime now = Timestamps.now(clock);
        try (Connection connection = autoCommitted();
                PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
            complete.setObject(1, now);
            complete.setObject(2, now);
            complete.setString(3, lease.key());
            complete.setString(4, lease.token());
            return complete.executeUpdate() == 1;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not complete the lease " + lease.key() + ".", failure);
        }
    }

    public boolean isCompleted(String key) {
        try (Connection connection = autoCommitted();
                PreparedStatement completed = connection.prepareStatement(COMPLETED)) {
            completed.setString(1, key);
            try (ResultSet row = completed.executeQuery()) {
                return row.next() && row.getObject(1) != null;
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the lease " + key + ".", failure);
        }
    }

    /**
     * Runs {@code job} if this instance gets the key, and completes the key when the job returns; when the job fails
     * the key is released, so that the next attempt (here or on another instance) runs it again. The job runs without
     * a transaction: it calls boundaries or controls that have their own. Returns whether the job ran here; a job's
     * failure reaches the caller as the container's {@code EJBException} (an application exception as itself).
     */
    public boolean runOnce(String key, Duration ttl, Runnable job) {
        Optional<Lease> lease = tryAcquire(key, ttl);
        if (lease.isEmpty()) {
            return false;
        }
        try {
            job.run();
        } catch (RuntimeException failure) {
            release(lease.get());
            throw failure;
        }
        complete(lease.get());
        return true;
    }

    private boolean update(String sql, Lease lease, OffsetDateTime until) {
        try (Connection connection = autoCommitted();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, until);
            update.setString(2, lease.key());
            update.setString(3, lease.token());
            return update.executeUpdate() == 1;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not update the lease " + lease.key() + ".", failure);
        }
    }

    private Connection autoCommitted() throws SQLException {
        Connection connection = dataSource.getConnection();
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
        return connection;
    }

    static void checkKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("A lease key is 1 to " + MAX_KEY_LENGTH + " characters: " + key);
        }
    }

    static void checkTtl(Duration ttl) {
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("A lease lasts a positive time: " + ttl);
        }
    }
}
