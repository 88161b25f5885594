package org.cloudcare.platform.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.problem.control.TicketTerms;
import org.cloudcare.problem.entity.Actor;
import org.cloudcare.problem.entity.ChronologyEntry;
import org.cloudcare.problem.entity.DeadlineKind;
import org.cloudcare.problem.entity.IncidentReport;
import org.cloudcare.problem.entity.NoteVisibility;
import org.cloudcare.problem.entity.ReceptionChannel;
import org.cloudcare.problem.entity.TicketImpact;
import org.cloudcare.problem.entity.TicketKind;
import org.cloudcare.problem.entity.TicketPriority;
import org.cloudcare.problem.entity.TicketReport;
import org.cloudcare.problem.entity.TicketSeverity;
import org.cloudcare.problem.entity.TicketTargets;
import org.cloudcare.problem.entity.TroubleTicket;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo trouble tickets, made with the ticket's own entity methods at moments in the recent past: Riverside's
 * virtual machine incident that nobody answered for four days (both deadlines missed and escalated, low to high),
 * Riverside's major incident (critical, resolved, with an incident report and its conclusion report delivered, an
 * internal and a customer-visible note), an information request support took by phone and answered (resolved,
 * awaiting the customer's acceptance), and Harbor's incident waiting for Harbor's answer and a closed one with a
 * satisfaction rating. Demo history, not news: nothing goes through the outbox. Switched off with
 * {@code CLOUDCARE_DEMO_DATA=false}.
 */
@Singleton
@Startup
@DependsOn("OrderDemoData")
public class TicketDemoData {

    private static final Logger LOG = Logger.getLogger(TicketDemoData.class.getName());
    private static final Actor ALICE = Actor.customer("alice", "riverside");
    private static final Actor HUGO = Actor.customer("hugo", "harbor");
    private static final Actor HARRIET = Actor.customer("harriet", "harbor");
    private static final Actor SAM = Actor.provider("sam");
    private static final Actor SELMA = Actor.provider("selma");

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cloudcare.demo-data", defaultValue = "true")
    boolean enabled;

    @Inject
    TicketTerms terms;

    @Inject
    Clock clock;

    private Instant now;

    @PostConstruct
    void load() {
        if (!enabled || em.createQuery("SELECT COUNT(t) FROM TroubleTicket t", Long.class).getSingleResult() > 0) {
            return;
        }
        String riversideMachine = subscription("riverside", CatalogDemoData.VIRTUAL_MACHINE);
        String riversideDatabase = subscription("riverside", CatalogDemoData.MANAGED_POSTGRESQL);
        String harborMachine = subscription("harbor", CatalogDemoData.VIRTUAL_MACHINE);
        if (riversideMachine == null || riversideDatabase == null || harborMachine == null) {
            return;
        }
        TicketTargets machineTargets = terms.of(riversideMachine);
        if (machineTargets == null) {
            // demo subscriptions of a database older than agreements: tickets without deadlines would teach nothing
            LOG.info("No demo trouble tickets: the demo subscriptions have no service level agreement");
            return;
        }
        now = clock.instant();

        TroubleTicket unanswered = received(report("riverside", riversideMachine, TicketKind.INCIDENT,
                "performance", TicketSeverity.MINOR, TicketPriority.LOW, TicketImpact.INDIVIDUAL,
                "The radiology workstation VM is slow every morning between 8 and 9.", ReceptionChannel.PORTAL),
                ALICE, ago(Duration.ofDays(4)));
        unanswered.escalate(DeadlineKind.RESPONSE, machineTargets, at(ago(Duration.ofDays(4).minusHours(9))));
        unanswered.escalate(DeadlineKind.REPAIR, machineTargets, at(ago(Duration.ofHours(20))));
        planned(unanswered);

        TroubleTicket outage = received(report("riverside", riversideMachine, TicketKind.INCIDENT, "availability",
                TicketSeverity.CRITICAL, TicketPriority.CRITICAL, TicketImpact.ORGANISATION,
                "The electronic health records cannot be reached from any ward.", ReceptionChannel.PHONE), SAM,
                ago(Duration.ofHours(6)));
        outage.startWork(SELMA, at(ago(Duration.ofHours(6).minusMinutes(10))));
        outage.addNote(SELMA, NoteVisibility.INTERNAL, "Storage controller B in Zurich reports a firmware fault;"
                + " failover did not trigger.", at(ago(Duration.ofHours(5).plusMinutes(30))));
        outage.addNote(SELMA, NoteVisibility.CUSTOMER_VISIBLE, "We found the cause in our storage and are switching"
                + " to the standby system.", at(ago(Duration.ofHours(5).plusMinutes(20))));
        delivered(outage.writeIncidentReport(SELMA, "All wards of Riverside could not reach patient records.",
                "A storage controller failure in the Zurich data centre.", at(ago(Duration.ofHours(5)))));
        outage.resolve(SELMA, "Switched to the standby storage controller; service restored.",
                "Firmware fault of storage controller B; automatic failover misconfigured.",
                at(ago(Duration.ofHours(4))));
        OffsetDateTime started = ago(Duration.ofHours(6)).atOffset(ZoneOffset.UTC);
        delivered(outage.writeConclusionReport(SELMA, "All wards of Riverside could not reach patient records for"
                + " two hours.", List.of(new ChronologyEntry(started, "Riverside reports the outage by phone."),
                        new ChronologyEntry(started.plusMinutes(10), "Service management takes the incident."),
                        new ChronologyEntry(started.plusMinutes(60), "Failing storage controller identified."),
                        new ChronologyEntry(started.plusMinutes(120), "Standby controller active; service back.")),
                "The firmware of storage controller B stopped answering; failover waited for a health check that"
                        + " was switched off after maintenance.",
                "Health checks are part of the maintenance checklist; firmware updated on all controllers.",
                at(ago(Duration.ofHours(1)))));
        planned(outage);

        TroubleTicket question = received(report("riverside", riversideDatabase, TicketKind.INFORMATION_REQUEST,
                "backup", TicketSeverity.MINOR, TicketPriority.MEDIUM, TicketImpact.DEPARTMENT,
                "How long are the database backups kept?", ReceptionChannel.PHONE), SAM, ago(Duration.ofDays(1)));
        question.startWork(SAM, at(ago(Duration.ofHours(23))));
        question.resolve(SAM, "Backups are kept for 30 days; point-in-time recovery covers the last 7.", null,
                at(ago(Duration.ofHours(22))));
        planned(question);

        TroubleTicket waiting = received(report("harbor", harborMachine, TicketKind.INCIDENT, "access",
                TicketSeverity.MAJOR, TicketPriority.MEDIUM, TicketImpact.DEPARTMENT,
                "The vaccination team cannot sign in to the scheduling VM.", ReceptionChannel.PORTAL), HUGO,
                ago(Duration.ofHours(3)));
        waiting.startWork(SAM, at(ago(Duration.ofHours(2).plusMinutes(45))));
        waiting.addNote(SAM, NoteVisibility.CUSTOMER_VISIBLE, "Which user names are affected?",
                at(ago(Duration.ofHours(2).plusMinutes(30))));
        waiting.waitForCustomer(SAM, "Waiting for the affected user names.", at(ago(Duration.ofHours(2))));
        planned(waiting);

        TroubleTicket done = received(report("harbor", harborMachine, TicketKind.INCIDENT, "performance",
                TicketSeverity.MINOR, TicketPriority.LOW, TicketImpact.INDIVIDUAL,
                "Reports take a minute to open.", ReceptionChannel.PORTAL), HARRIET, ago(Duration.ofDays(7)));
        done.startWork(SAM, at(ago(Duration.ofDays(7).minusHours(1))));
        done.resolve(SAM, "Added memory to the VM.", "The VM ran out of memory.", at(ago(Duration.ofDays(6))));
        done.close(HARRIET, null, 4, "Fast and friendly.", at(ago(Duration.ofDays(5))));
        planned(done);

        LOG.info("Demo data loaded: trouble tickets of riverside (escalated, major incident with reports, answered"
                + " question) and harbor (waiting, closed)");
    }

    private TroubleTicket received(TicketReport report, Actor actor, Instant at) {
        TroubleTicket ticket = TroubleTicket.receive(report, actor, at(at));
        em.persist(ticket);
        return ticket;
    }

    private void delivered(IncidentReport report) {
        report.deliver(at(report.getWrittenAt().toInstant()));
        em.persist(report);
    }

    private void planned(TroubleTicket ticket) {
        ticket.plan(terms.of(ticket.getSubscriptionId()), now);
    }

    private TicketReport report(String tenant, String subscription, TicketKind kind, String type,
            TicketSeverity severity, TicketPriority priority, TicketImpact impact, String description,
            ReceptionChannel channel) {
        return new TicketReport(tenant, subscription, terms.agreementOf(subscription), kind, type, severity, priority, impact, description,
                channel, List.of());
    }

    private Instant ago(Duration duration) {
        return now.minus(duration);
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private String subscription(String tenant, String offeringCode) {
        return em.createQuery("SELECT s.id FROM Subscription s, ProductOffering o WHERE o.id = s.productOfferingId"
                + " AND s.tenant = :tenant AND o.code = :code ORDER BY s.id", String.class)
                .setParameter("tenant", tenant).setParameter("code", offeringCode).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }
}
