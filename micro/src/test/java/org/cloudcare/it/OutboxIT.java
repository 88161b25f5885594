package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.inject.Inject;

import org.cloudcare.it.support.BusinessManager;
import org.cloudcare.it.support.Delivery;
import org.cloudcare.it.support.EventPublisher;
import org.cloudcare.it.support.Probe;
import org.cloudcare.it.support.RecordingObserver;
import org.cloudcare.it.support.SupportRepresentative;
import org.cloudcare.platform.claim.Lease;
import org.cloudcare.platform.claim.Leases;
import org.cloudcare.platform.outbox.Claim;
import org.cloudcare.platform.outbox.DeliveryAttempt;
import org.cloudcare.platform.outbox.DeliveryOutcome;
import org.cloudcare.platform.outbox.EventStatus;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.outbox.OutboxClaims;
import org.cloudcare.platform.outbox.OutboxEntry;
import org.cloudcare.platform.outbox.OutboxRelay;
import org.cloudcare.platform.persistence.DatabaseMigration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The transactional outbox and the database claims inside Payara Micro, on the real WAR and its in-memory H2 database:
 * nothing of a rolled-back transaction is delivered, a committed event reaches its observer once and only after the
 * commit, a failing observer is retried with backoff and every attempt is logged, relays racing for the same events
 * (simulated instances with their own names, on their own threads) never claim one twice, an expired lease is taken
 * over and its former holder cannot deliver any more, and job keys are claimed once.
 *
 * <p>The application's own relay runs here too (schedule and after-commit nudge). Tests that need to drive the relays
 * themselves park their events an hour ahead ({@link EventPublisher#publishDueAt}) and claim "as of" that time, which
 * the scheduled relay will not reach while the test runs.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration LEASE = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/cloudcare.war"))
                .addClass(OutboxIT.class)
                .addPackage(BusinessManager.class.getPackage())
                .addAsWebInfResource("run-as-glassfish-web.xml", "glassfish-web.xml");
    }

    @Inject
    EventPublisher publisher;

    @Inject
    RecordingObserver observer;

    @Inject
    SupportRepresentative support;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxClaims claims;

    @Inject
    Leases leases;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void anEventOfARolledBackTransactionIsNeverDelivered() {
        String rolledBack = publisher.publishAndRollBack(probe(Probe.RECORDED));
        String committed = publisher.publish(probe(Probe.RECORDED));

        awaitDelivery(committed);
        relay.runOnce();

        assertEquals(List.of(), observer.attemptsOf(rolledBack));
        assertNull(support.call(() -> outbox.event(rolledBack)), "the event row rolled back with the transaction");
        assertEquals(List.of(), support.call(() -> outbox.attempts(rolledBack)));
    }

    @Test
    void anEventOfACommittedTransactionIsDeliveredOnceAfterTheCommit() throws Exception {
        Probe published = probe(Probe.RECORDED);
        AtomicReference<OutboxEntry> seenWhileOpen = new AtomicReference<>();
        AtomicInteger deliveredWhileOpen = new AtomicInteger(-1);

        String id = publisher.publishAndHold(published, eventId -> {
            relay.runOnce();
            seenWhileOpen.set(support.call(() -> outbox.event(eventId)));
            deliveredWhileOpen.set(observer.attemptsOf(eventId).size());
        });

        assertNull(seenWhileOpen.get(), "other transactions (and so the relay) do not see the uncommitted event");
        assertEquals(0, deliveredWhileOpen.get(), "nothing delivered before the commit");
        Instant committedAt = observer.committedAt(id); // when the commit began
        assertNotNull(committedAt);
        // no relay run from the test: the after-commit nudge (or, failing that, the schedule) delivers it
        Delivery delivery = awaitDelivery(id, false);
        assertFalse(delivery.at().isBefore(committedAt), delivery.at() + " before the commit at " + committedAt);
        assertTrue(delivery.inTransaction(), "observers run inside the delivery transaction");
        assertEquals(1, delivery.attempt());
        assertEquals(published, delivery.payload(), "the observer reads the published record back");

        // more relay runs, on this thread and by the schedule (every 5 s), deliver nothing more
        relay.runOnce();
        Thread.sleep(5_500);
        relay.runOnce();
        assertEquals(1, observer.attemptsOf(id).size());
        assertEquals(1, observer.qualifiedDeliveriesOf(id), "the @EventType(\"it.recorded\") observer saw it once");

        OutboxEntry entry = support.call(() -> outbox.event(id));
        assertEquals(EventStatus.DELIVERED, entry.getStatus());
        assertEquals(1, entry.getAttempts());
        assertEquals(Probe.RECORDED, entry.getType());
        assertEquals("ItProbe", entry.getAggregateType());
        assertEquals(published.aggregateId(), entry.getAggregateId());
        assertEquals("riverside", entry.getTenant());
        assertEquals(ZoneOffset.UTC, entry.getOccurredAt().getOffset());
        assertNotNull(entry.getDeliveredAt());
        assertNull(entry.getLastError());
        List<DeliveryAttempt> log = support.call(() -> outbox.attempts(id));
        assertEquals(1, log.size());
        assertEquals(DeliveryOutcome.DELIVERED, log.get(0).getOutcome());
        assertEquals(1, log.get(0).getAttempt());
        assertEquals(entry.getClaimedBy(), log.get(0).getInstance());
        assertFalse(log.get(0).getFinishedAt().isBefore(log.get(0).getStartedAt()));
    }

    @Test
    void aCommitNudgesTheRelaySoDeliveryNeedNotWaitForTheSchedule() {
        // the schedule alone (every 5 s) would make a delivery wait 0-5 s; with the after-commit nudge it follows at
        // once. The fastest of three counts, so that one slow moment of a busy machine does not fail the test, while
        // a missing nudge fails it nearly always (three schedule waits all below 2 s: about 6 %).
        List<Duration> latencies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = publisher.publish(probe(Probe.RECORDED));
            Instant committed = Instant.now();
            Delivery delivery = awaitDelivery(id, false);
            latencies.add(Duration.between(committed, delivery.at()));
        }
        assertTrue(latencies.stream().anyMatch(latency -> latency.compareTo(Duration.ofSeconds(2)) < 0),
                "delivered after " + latencies + " only: the after-commit nudge did not start the relay");
    }

    @Test
    void aTransactionThatPublishesManyEventsNudgesTheRelayOnceAndItDeliversThemAll() throws Exception {
        // a month's evaluation publishes its violations by the thousand in a few transactions: one nudge each, and
        // that relay run goes on batch after batch (100 claimed at a time) until all are delivered
        List<String> ids = publisher.publishAll(IntStream.range(0, 250).mapToObj(i -> probe(Probe.RECORDED))
                .toList());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(4)); // within the schedule's 5 s
        while (Instant.now().isBefore(deadline)
                && !ids.stream().allMatch(id -> observer.attemptsOf(id).size() == 1)) {
            Thread.sleep(50);
        }
        for (String id : ids) {
            assertEquals(1, observer.attemptsOf(id).size(), id);
        }
        assertEquals(Set.of(EventStatus.DELIVERED), ids.stream()
                .map(id -> support.call(() -> outbox.event(id)).getStatus()).collect(Collectors.toSet()));
    }

    @Test
    void aFailingObserverIsRetriedWithBackoffAndEveryAttemptIsLogged() {
        Probe flaky = new Probe(Probe.FLAKY, UUID.randomUUID().toString(), null, 2);
        String id = publisher.publish(flaky);

        Delivery delivery = awaitDelivery(id);

        assertEquals(3, delivery.attempt(), "refused twice, taken the third time");
        assertEquals(List.of(1, 2, 3), observer.attemptsOf(id).stream().map(Delivery::attempt).toList());
        List<DeliveryAttempt> log = support.call(() -> outbox.attempts(id));
        assertEquals(List.of(DeliveryOutcome.FAILED, DeliveryOutcome.FAILED, DeliveryOutcome.DELIVERED),
                log.stream().map(DeliveryAttempt::getOutcome).toList());
        assertEquals(List.of(1, 2, 3), log.stream().map(DeliveryAttempt::getAttempt).toList());
        assertTrue(log.get(0).getError().contains("flaky observer refuses attempt 1"), log.get(0).getError());
        assertTrue(log.get(1).getError().contains("flaky observer refuses attempt 2"), log.get(1).getError());
        assertNull(log.get(2).getError());
        // backoff: at least 1 s after the first failure, at least 2 s after the second
        assertTrue(Duration.between(log.get(0).getFinishedAt(), log.get(1).getStartedAt()).toMillis() >= 1_000,
                () -> "second attempt too early: " + log.get(0).getFinishedAt() + " / " + log.get(1).getStartedAt());
        assertTrue(Duration.between(log.get(1).getFinishedAt(), log.get(2).getStartedAt()).toMillis() >= 2_000,
                () -> "third attempt too early: " + log.get(1).getFinishedAt() + " / " + log.get(2).getStartedAt());

        OutboxEntry entry = support.call(() -> outbox.event(id));
        assertEquals(EventStatus.DELIVERED, entry.getStatus());
        assertEquals(3, entry.getAttempts());
        assertNull(entry.getLastError(), "a delivery clears the last error");
        assertNull(entry.getTenant(), "a provider-wide event");
    }

    @Test
    void twoRelaysRacingNeverClaimTheSameEvent() throws Exception {
        OffsetDateTime later = inAnHour();
        List<Probe> probes = IntStream.range(0, 40).mapToObj(i -> probe(Probe.RACE)).toList();
        Set<String> ids = new HashSet<>(publisher.publishDueAt(probes, later));

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<Claim>> a = threads.submit(claimAll("relay-a", later, start));
            Future<List<Claim>> b = threads.submit(claimAll("relay-b", later, start));
            List<Claim> claimedByA = a.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            List<Claim> claimedByB = b.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

            Set<String> idsA = eventIds(claimedByA);
            Set<String> idsB = eventIds(claimedByB);
            Set<String> both = new HashSet<>(idsA);
            both.retainAll(idsB);
            String counts = "relay-a claimed " + idsA.size() + ", relay-b " + idsB.size();
            assertEquals(Set.of(), both, "claimed by both relays; " + counts);
            assertEquals(claimedByA.size(), idsA.size(), "relay-a claimed an event twice");
            assertEquals(claimedByB.size(), idsB.size(), "relay-b claimed an event twice");
            Set<String> all = new HashSet<>(idsA);
            all.addAll(idsB);
            assertTrue(all.containsAll(ids), "every event claimed by one of them; " + counts);

            // each relay delivers what it claimed, at the same time as the other
            Future<?> deliveringA = threads.submit(() -> claimedByA.forEach(relay::deliver));
            Future<?> deliveringB = threads.submit(() -> claimedByB.forEach(relay::deliver));
            deliveringA.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            deliveringB.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        for (String id : ids) {
            assertEquals(1, observer.attemptsOf(id).size(), id);
            assertEquals(EventStatus.DELIVERED, support.call(() -> outbox.event(id)).getStatus());
        }
    }

    @Test
    void anExpiredLeaseIsTakenOverAndTheFormerHolderCannotDeliverAnyMore() {
        OffsetDateTime later = inAnHour();
        String id = publisher.publishDueAt(List.of(probe(Probe.RECORDED)), later).get(0);

        Claim byA = claimOf(id, claims.claim("relay-a", later, 100, LEASE));
        assertEquals(1, byA.event().attempt());
        assertTrue(claimsOf(id, claims.claim("relay-b", later.plusSeconds(10), 100, LEASE)).isEmpty(),
                "relay-a's lease still holds");
        // relay-a "crashes"; once its lease has run out, relay-b takes the event over
        Claim byB = claimOf(id, claims.claim("relay-b", later.plus(LEASE).plusSeconds(1), 100, LEASE));
        assertNotEquals(byA.token(), byB.token());

        assertEquals(DeliveryOutcome.LEASE_LOST, relay.deliver(byA), "a late former holder delivers nothing");
        assertEquals(List.of(), observer.attemptsOf(id));
        assertEquals(DeliveryOutcome.DELIVERED, relay.deliver(byB));
        assertEquals(DeliveryOutcome.LEASE_LOST, relay.deliver(byB), "a delivered event is not delivered again");

        assertEquals(1, observer.attemptsOf(id).size());
        OutboxEntry entry = support.call(() -> outbox.event(id));
        assertEquals(EventStatus.DELIVERED, entry.getStatus());
        assertEquals("relay-b", entry.getClaimedBy());
        List<DeliveryAttempt> log = support.call(() -> outbox.attempts(id));
        assertEquals(List.of("relay-b"), log.stream().map(DeliveryAttempt::getInstance).toList());
    }

    @Test
    void aJobKeyIsClaimedOnceAcrossInstancesTakenOverWhenItsLeaseRunsOutNeverAfterItIsCompletedAndGoneWhenReleased()
            throws Exception {
        String key = "it-job:" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Optional<Lease> first;
        Optional<Lease> second;
        try {
            Future<Optional<Lease>> a = threads.submit(() -> {
                start.await();
                return leases.tryAcquire(key, "node-a", LEASE, now);
            });
            Future<Optional<Lease>> b = threads.submit(() -> {
                start.await();
                return leases.tryAcquire(key, "node-b", LEASE, now);
            });
            first = a.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            second = b.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertTrue(first.isPresent() ^ second.isPresent(), "exactly one instance gets a new key: " + first + second);
        Lease winner = first.orElseGet(second::orElseThrow);
        String loser = winner.holder().equals("node-a") ? "node-b" : "node-a";

        assertTrue(leases.tryAcquire(key, loser, LEASE, now.plusSeconds(10)).isEmpty(), "the lease still holds");
        Lease takenOver = leases.tryAcquire(key, loser, LEASE, now.plus(LEASE).plusSeconds(1)).orElseThrow(
                () -> new AssertionError("an expired lease is taken over"));
        assertEquals(loser, takenOver.holder());
        assertFalse(leases.renew(winner, LEASE), "the former holder's token no longer counts");
        assertFalse(leases.complete(winner));
        assertFalse(leases.isCompleted(key));

        assertTrue(leases.complete(takenOver));
        assertTrue(leases.isCompleted(key));
        assertTrue(leases.tryAcquire(key, "node-c", LEASE, now.plusDays(1)).isEmpty(), "a completed key is done");

        AtomicInteger runs = new AtomicInteger();
        String monthly = "it-sla-evaluation:" + UUID.randomUUID();
        assertTrue(leases.runOnce(monthly, LEASE, runs::incrementAndGet));
        assertFalse(leases.runOnce(monthly, LEASE, runs::incrementAndGet));
        assertEquals(1, runs.get());

        String failing = "it-bill-run:" + UUID.randomUUID();
        EJBException failed = assertThrows(EJBException.class, () -> leases.runOnce(failing, LEASE, () -> {
            throw new IllegalStateException("bill run failed half way");
        }));
        assertEquals("bill run failed half way", failed.getCause().getMessage(), "the job's failure reaches the caller");
        assertTrue(leases.runOnce(failing, LEASE, runs::incrementAndGet), "a failed job's key is released");
        assertEquals(2, runs.get());

        String step = "it-fulfilment:" + UUID.randomUUID();
        leases.release(leases.tryAcquire(step, "node-a", LEASE, now).orElseThrow());
        assertEquals(0, leaseRows(step), "a released key leaves no row behind");
        assertTrue(leases.tryAcquire(step, "node-b", LEASE, now).isPresent(), "and another instance takes it at once");
    }

    private long leaseRows(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM lease WHERE lease_key = ?")) {
            count.setString(1, key);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void publishingOutsideATransactionIsAProgrammingErrorAndTheLogIsForProviderStaff() {
        assertThrows(EJBTransactionRequiredException.class, () -> outbox.publish(probe(Probe.RECORDED)));
        assertThrows(EJBAccessException.class, () -> outbox.attempts("any"));
        assertThrows(EJBAccessException.class, () -> outbox.event("any"));
    }

    private Callable<List<Claim>> claimAll(String instance, OffsetDateTime at, CyclicBarrier start) {
        return () -> {
            start.await();
            List<Claim> claimed = new ArrayList<>();
            for (List<Claim> batch = claims.claim(instance, at, 3, LEASE); !batch.isEmpty();
                    batch = claims.claim(instance, at, 3, LEASE)) {
                claimed.addAll(batch);
            }
            return claimed;
        };
    }

    private Delivery awaitDelivery(String id) {
        return awaitDelivery(id, true);
    }

    /** Waits for the observer to take the event, running the relay from the test or leaving it to the application. */
    private Delivery awaitDelivery(String id, boolean runRelay) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            List<Delivery> taken = observer.deliveriesOf(id);
            if (!taken.isEmpty()) {
                return taken.get(0);
            }
            if (runRelay) {
                relay.runOnce();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
        throw new AssertionError("event " + id + " not delivered within " + PATIENCE + "; attempts: "
                + observer.attemptsOf(id));
    }

    private static Claim claimOf(String id, List<Claim> claimed) {
        List<Claim> mine = claimsOf(id, claimed);
        assertEquals(1, mine.size(), "claims of " + id + ": " + claimed);
        return mine.get(0);
    }

    private static List<Claim> claimsOf(String id, List<Claim> claimed) {
        return claimed.stream().filter(claim -> claim.event().id().equals(id)).toList();
    }

    private static Set<String> eventIds(List<Claim> claimed) {
        Set<String> ids = new HashSet<>();
        claimed.forEach(claim -> ids.add(claim.event().id()));
        return ids;
    }

    private static OffsetDateTime inAnHour() {
        return OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).truncatedTo(ChronoUnit.MICROS);
    }

    private static Probe probe(String type) {
        return new Probe(type, UUID.randomUUID().toString(), "riverside", 0);
    }
}
