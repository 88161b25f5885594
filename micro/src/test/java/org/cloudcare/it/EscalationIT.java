package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.cloudcare.customer.entity.Subscription;
import org.cloudcare.it.support.InTransaction;
import org.cloudcare.problem.control.EscalationJob;
import org.cloudcare.problem.control.TicketEscalations;
import org.cloudcare.problem.control.TicketTerms;
import org.cloudcare.problem.entity.Actor;
import org.cloudcare.problem.entity.DeadlineKind;
import org.cloudcare.problem.entity.ReceptionChannel;
import org.cloudcare.problem.entity.TicketImpact;
import org.cloudcare.problem.entity.TicketKind;
import org.cloudcare.problem.entity.TicketPriority;
import org.cloudcare.problem.entity.TicketReport;
import org.cloudcare.problem.entity.TicketSeverity;
import org.cloudcare.problem.entity.TroubleTicket;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Escalation exactly once: a low-priority incident received four days ago on a demo virtual machine (its offering's
 * SLA template: 8 h response, 72 h repair, 24x7) has missed both deadlines; two escalation runs racing - and two per-ticket escalations racing
 * past the lease - escalate each deadline once, with one outbox event each, and nothing is left to escalate.
 */
@ExtendWith(ArquillianExtension.class)
class EscalationIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/cloudcare.war"))
                .addClasses(EscalationIT.class, InTransaction.class);
    }

    @Inject
    InTransaction tx;

    @Inject
    EscalationJob job;

    @Inject
    TicketEscalations escalations;

    @Inject
    TicketTerms terms;

    private String overdueIncident() {
        Instant received = Instant.now().minus(Duration.ofDays(4));
        return tx.apply(em -> {
            Subscription subscription = em.createQuery("SELECT s FROM Subscription s, ProductOffering o"
                    + " WHERE o.id = s.productOfferingId AND o.code = 'vm-standard' AND s.tenant = 'riverside'"
                    + " ORDER BY s.id", Subscription.class).setMaxResults(1).getSingleResult();
            TroubleTicket ticket = TroubleTicket.receive(new TicketReport("riverside", subscription.getId(), null,
                    TicketKind.INCIDENT, "availability", TicketSeverity.MAJOR, TicketPriority.LOW,
                    TicketImpact.DEPARTMENT, "The archive does not answer.", ReceptionChannel.PORTAL, List.of()),
                    Actor.customer("alice", "riverside"), Clock.fixed(received, ZoneOffset.UTC));
            ticket.plan(terms.of(subscription.getId()), received);
            em.persist(ticket);
            return ticket.getId();
        });
    }

    private <T> List<T> race(Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private long escalationsOf(String ticketId) {
        return tx.apply(em -> em.createQuery("SELECT COUNT(e) FROM TicketEscalation e WHERE e.ticket.id = :id",
                Long.class).setParameter("id", ticketId).getSingleResult());
    }

    private long escalationEventsOf(String ticketId) {
        return tx.apply(em -> em.createQuery("SELECT COUNT(e) FROM OutboxEntry e WHERE e.aggregateId = :id"
                + " AND e.type = 'problem.escalated'", Long.class).setParameter("id", ticketId).getSingleResult());
    }

    @Test
    void twoRunsRacingEscalateEachMissedDeadlineOnce() throws Exception {
        String ticketId = overdueIncident();
        assertNotNull(tx.apply(em -> em.find(TroubleTicket.class, ticketId).getEscalationDueAt()));

        List<Integer> escalated = race(job::runOnce);

        assertTrue(escalated.stream().mapToInt(Integer::intValue).sum() <= 2, "escalated " + escalated);
        assertEquals(2, escalationsOf(ticketId), "response and repair, once each");
        assertEquals(2, escalationEventsOf(ticketId));
        tx.apply(em -> {
            TroubleTicket ticket = em.find(TroubleTicket.class, ticketId);
            assertTrue(ticket.isEscalated(DeadlineKind.RESPONSE) && ticket.isEscalated(DeadlineKind.REPAIR));
            assertEquals(TicketPriority.HIGH, ticket.getPriority(), "two steps up from low");
            assertNull(ticket.getEscalationDueAt(), "nothing left for the job");
            return null;
        });

        assertEquals(0, job.runOnce());
        assertEquals(2, escalationsOf(ticketId));
    }

    @Test
    void twoEscalationsOfOneTicketRacingPastTheLeaseStillEscalateOnce() throws Exception {
        String ticketId = overdueIncident();

        List<Integer> escalated = race(() -> {
            try {
                return escalations.escalate(ticketId);
            } catch (RuntimeException refused) {
                return 0; // the unique key refused a second escalation: it must not have committed anything
            }
        });

        assertTrue(escalated.stream().mapToInt(Integer::intValue).sum() <= 2, "escalated " + escalated);
        assertEquals(2, escalationsOf(ticketId));
        assertEquals(2, escalationEventsOf(ticketId));
        assertEquals(0, escalations.escalate(ticketId), "after a restart, nothing is escalated again");
    }
}
