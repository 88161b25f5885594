package org.cloudcare.problem.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.customer.control.CustomerAccess;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.Interaction;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.customer.entity.InteractionDirection;
import org.cloudcare.customer.entity.Subscription;
import org.cloudcare.customer.entity.SubscriptionStatus;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.Reasons;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.input.LongText;
import org.cloudcare.platform.input.TextHygiene;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.paging.PagedQuery;
import org.cloudcare.platform.persistence.Flush;
import org.cloudcare.platform.security.Caller;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.tenancy.TenantScope;
import org.cloudcare.order.control.OrderPlacement;
import org.cloudcare.order.entity.CustomerOrder;
import org.cloudcare.order.entity.OrderItemRequest;
import org.cloudcare.order.entity.OrderOrigin;
import org.cloudcare.platform.error.InvalidInput;
import org.cloudcare.problem.control.ChangeOrders;
import org.cloudcare.problem.control.TicketReading;
import org.cloudcare.problem.control.TicketTerms;
import org.cloudcare.problem.entity.Actor;
import org.cloudcare.problem.entity.ChangeAcceptance;
import org.cloudcare.problem.entity.ChronologyEntry;
import org.cloudcare.problem.entity.DiagnosticNote;
import org.cloudcare.problem.entity.IncidentReport;
import org.cloudcare.problem.entity.NoteVisibility;
import org.cloudcare.problem.entity.ProblemAuditAction;
import org.cloudcare.problem.entity.ReceptionChannel;
import org.cloudcare.problem.entity.TicketImpact;
import org.cloudcare.problem.entity.TicketKind;
import org.cloudcare.problem.entity.TicketPriority;
import org.cloudcare.problem.entity.TicketReport;
import org.cloudcare.problem.entity.TicketSeverity;
import org.cloudcare.problem.entity.TicketStatus;
import org.cloudcare.problem.entity.TicketStatusChanged;
import org.cloudcare.problem.entity.TicketTargets;
import org.cloudcare.problem.entity.TroubleTicket;

/**
 * Customer problem management (ITU-T Y.3525 10.1.2.1, TMF621): reception, the ticket lifecycle, diagnostics,
 * resolution and incident reports.
 * <p>
 * <b>Reception</b> is one transaction: a customer's user reports a problem on a subscription of their own customer
 * through the portal; provider support records one on a customer's behalf from another channel (email, phone, chat,
 * forum), and the channel is kept. Every reason a report is refused for is named at once (an unknown, foreign or
 * terminated subscription among them), and a refused report stores nothing.
 * <p>
 * <b>Moves.</b> The ticket entity decides who may make which move (a customer cannot resolve, staff close only by
 * recording the customer's acceptance); this boundary decides which roles reach a move at all and that a customer's
 * user acts on their own customer's tickets only - another customer's ticket answers NOT_FOUND, like an id that does
 * not exist. Each move writes an interaction on the customer's history, an audit line and an outbox event in its own
 * transaction, and plans the ticket's next deadlines against the agreed targets ({@link TicketTerms}).
 * <p>
 * <b>Reading.</b> Customers' users read their own customer's tickets, provider staff all; the queue is sorted by the
 * earliest running deadline, so the ticket with the least time left comes first. Customers never see internal notes.
 */
@Stateless
@CheckedInput
public class TroubleTickets {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    TenantScope scope;

    @Inject
    TicketTerms terms;

    @Inject
    CustomerAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    OrderPlacement placement;

    // --- reception ---

    /** The agreement the subscription records, else its active agreement (subscriptions older than agreements). */
    private String agreementOf(Subscription subscription) {
        return subscription.getAgreementId() != null ? subscription.getAgreementId()
                : terms.agreementOf(subscription.getId());
    }

    /**
     * Receives a problem report about one subscription: a customer's user reports through the portal for their own
     * customer; provider support records it on the customer's behalf with the channel it came by.
     */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER})
    public TicketReading reportProblem(String subscriptionId, TicketKind kind, String ticketType,
            TicketSeverity severity, TicketPriority priority, TicketImpact impact, @LongText String description,
            ReceptionChannel channel, List<TicketReport.Attachment> attachments) {
        Caller caller = callers.current();
        Actor actor = actor(caller);
        ReceptionChannel received = channel == null && caller.isCustomerUser() ? ReceptionChannel.PORTAL : channel;
        List<TicketReport.Attachment> links = attachments == null ? List.of() : attachments;
        refuseHostileText(links);
        Subscription subscription = subscriptionId == null || subscriptionId.isBlank() || subscriptionId.length() > 36
                ? null : em.find(Subscription.class, subscriptionId.strip());
        boolean usable = subscription != null && scope.filter().admits(subscription.getTenant())
                && subscription.getStatus() != SubscriptionStatus.TERMINATED;
        TicketReport report = new TicketReport(usable ? subscription.getTenant() : actor.tenant(), subscriptionId,
                usable ? agreementOf(subscription) : null, kind, ticketType, severity, priority, impact,
                description, received, links);
        Reasons reasons = new Reasons();
        // without a usable subscription the customer is unknown: the subscription's reason says so, not a second one
        report.violations(actor).list().stream().filter(reason -> usable || !reason.field().equals("tenant"))
                .forEach(reason -> reasons.add(reason.field(), reason.message()));
        if (!usable && reasons.list().stream().noneMatch(reason -> reason.field().equals("subscriptionId"))) {
            reasons.add("subscriptionId", "The subscription names no active subscription of the customer.");
        }
        reasons.throwIfAny("The problem report was refused.");
        TroubleTicket ticket = TroubleTicket.receive(report, actor, clock);
        Instant now = clock.instant();
        ticket.plan(terms.of(ticket.getSubscriptionId()), now);
        em.persist(ticket);
        Flush.now(em, TroubleTicket.TYPE + " " + ticket.getId(), Map.of());
        audit.record(ProblemAuditAction.TICKET_RECEIVED, ticket, ticket.getKind() + " " + ticket.getPriority() + " via "
                + ticket.getChannel() + (ticket.isOnBehalfOfCustomer() ? ", recorded by the provider" : ""));
        outbox.publish(new TicketStatusChanged(ticket.getId(), ticket.getTenant(), null, TicketStatus.ACKNOWLEDGED,
                "received via " + ticket.getChannel().name().toLowerCase(), actor.name(), actor.kind()));
        em.persist(new Interaction(customerOf(ticket), interactionChannel(ticket.getChannel()),
                InteractionDirection.INBOUND, "Problem reported: " + ticket.getTicketType(), ticket.getDescription(),
                caller.username(), clock).about(TroubleTicket.TYPE, ticket.getId()));
        return reading(ticket, caller);
    }

    /** The text rule of every boundary for the texts inside the attachment links, every one named. */
    private static void refuseHostileText(List<TicketReport.Attachment> attachments) {
        Reasons reasons = new Reasons();
        for (int i = 0; i < attachments.size(); i++) {
            TicketReport.Attachment attachment = attachments.get(i);
            if (attachment != null) {
                hygiene(reasons, "attachments[" + i + "].url", attachment.url());
                hygiene(reasons, "attachments[" + i + "].name", attachment.name());
            }
        }
        reasons.throwIfAny();
    }

    private static void hygiene(Reasons reasons, String field, String value) {
        if (value != null) {
            try {
                TextHygiene.check(field, value, false);
            } catch (CloudCareException refused) {
                reasons.add(field, refused.getMessage());
            }
        }
    }

    private static InteractionChannel interactionChannel(ReceptionChannel channel) {
        return switch (channel) {
            case EMAIL -> InteractionChannel.EMAIL;
            case PHONE -> InteractionChannel.PHONE;
            case CHAT -> InteractionChannel.CHAT;
            case PORTAL, FORUM -> InteractionChannel.PORTAL;
        };
    }

    // --- the lifecycle ---

    /** The provider takes the ticket into work: its first response. */
    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER})
    public TicketReading startTroubleTicket(String id) {
        return move(id, (ticket, actor) -> ticket.startWork(actor, clock));
    }

    /** The provider refuses the request, with the reason the customer is told. */
    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER})
    public TicketReading rejectTroubleTicket(String id, @LongText String reason) {
        return move(id, (ticket, actor) -> ticket.reject(actor, reason, clock));
    }

    /** The provider waits for the customer: the repair clock pauses. */
    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER})
    public TicketReading pendTroubleTicket(String id, @LongText String reason) {
        return move(id, (ticket, actor) -> ticket.waitForCustomer(actor, reason, clock));
    }

    /** The provider holds the ticket (a third party, a planned change): the repair clock runs on. */
    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER})
    public TicketReading holdTroubleTicket(String id, @LongText String reason) {
        return move(id, (ticket, actor) -> ticket.hold(actor, reason, clock));
    }

    /** Work goes on; a customer resumes a ticket that waited for them, only the provider a held one. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER})
    public TicketReading resumeTroubleTicket(String id, @LongText String reason) {
        return move(id, (ticket, actor) -> ticket.resume(actor, reason, clock));
    }

    /** The provider has repaired or answered, with the resolution and, if known, the root cause. */
    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER, Roles.CSC_USER, Roles.CSC_ADMIN,
            Roles.CSC_BUSINESS_MANAGER})
    public TicketReading resolveTroubleTicket(String id, @LongText String resolution, @LongText String rootCause) {
        // customers reach the ticket, which refuses them: a customer cannot resolve their own ticket (FORBIDDEN)
        return move(id, (ticket, actor) -> ticket.resolve(actor, resolution, rootCause, clock));
    }

    /**
     * The customer accepts the resolution, with a satisfaction rating (1-5) and a comment if they like; staff close
     * on the customer's behalf only by recording how the customer accepted.
     */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER})
    public TicketReading closeTroubleTicket(String id, @LongText String customerAcceptance, Integer satisfaction,
            @LongText String satisfactionComment) {
        return move(id, (ticket, actor) -> ticket.close(actor, customerAcceptance, satisfaction,
                satisfactionComment, clock));
    }

    /** The customer does not accept the resolution: back to work, with the customer's reason. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER})
    public TicketReading reopenTroubleTicket(String id, @LongText String reason) {
        return move(id, (ticket, actor) -> ticket.reopen(actor, reason, clock));
    }

    /** The customer withdraws the request, or the provider cancels it (a duplicate); not once resolved. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER})
    public TicketReading cancelTroubleTicket(String id, @LongText String reason) {
        return move(id, (ticket, actor) -> ticket.cancel(actor, reason, clock));
    }

    private interface Move {
        TicketStatusChanged on(TroubleTicket ticket, Actor actor);
    }

    private TicketReading move(String id, Move move) {
        Caller caller = callers.current();
        TroubleTicket ticket = lockedTicket(id);
        TicketStatusChanged changed = move.on(ticket, actor(caller));
        changed(ticket);
        recordMove(ticket, changed, caller);
        return reading(ticket, caller);
    }

    /** What every move leaves behind: an audit line, the outbox event and an interaction on the customer's history. */
    private void recordMove(TroubleTicket ticket, TicketStatusChanged changed, Caller caller) {
        audit.record(ProblemAuditAction.TICKET_STATUS_CHANGED, ticket, (changed.from() == null ? ""
                : changed.from().tmfName()) + " -> " + changed.to().tmfName()
                + (changed.reason() == null ? "" : ": " + changed.reason()));
        outbox.publish(changed);
        em.persist(new Interaction(customerOf(ticket), InteractionChannel.PORTAL, caller.isCustomerUser()
                ? InteractionDirection.INBOUND : InteractionDirection.OUTBOUND, "Ticket " + changed.to().tmfName(),
                changed.reason(), caller.username(), clock).about(TroubleTicket.TYPE, ticket.getId()));
    }

    // --- change requests (ITU-T Y.3502 8.3.2.14) ---

    /**
     * The provider's service manager accepts a customer's change request. One transaction places the {@code modify}
     * customer order that carries it out, through the orders area's placement with its TMF622 consistency check, on
     * the customer's behalf: placed by the service manager, naming the ticket that records the customer's request
     * (whoever recorded the request is credited with a relocation consent the manager confirms). The subscription is
     * the ticket's; {@code quantity} and {@code region} default to the subscription's, and at least one of them must
     * change. The ticket and the order name each other, the ticket goes on {@code inProgress} with a note the
     * customer sees, and the acceptance is audited, told to the customer and published. The order's idempotency key
     * is derived from the ticket, so a retry answers the same order and the ticket as it is; a refused order is
     * VALIDATION naming this operation's fields and stores nothing. Another kind of ticket, or one accepted already,
     * ended or resolved, is CONFLICT.
     */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public TicketReading acceptChangeRequest(String id, Integer quantity, String region, boolean relocationConsent,
            Instant requestedCompletionDate) {
        Caller caller = callers.current();
        TroubleTicket ticket = lockedTicket(id);
        Actor actor = actor(caller);
        Subscription subscription = em.find(Subscription.class, ticket.getSubscriptionId());
        if (ticket.getChangeOrderId() == null) {
            ticket.requireChangeAcceptable(actor);
            ChangeOrders.requireAChange(subscription, quantity, region);
        }
        OrderItemRequest item = ChangeOrders.modifyItem(subscription, quantity, region, relocationConsent);
        CustomerOrder order;
        try {
            order = placement.place(customerOf(ticket), ChangeOrders.idempotencyKey(ticket), requestedCompletionDate,
                    List.of(item), OrderOrigin.changeRequest(caller.username(), ticket.getId(),
                            ticket.getRecordedBy(), ticket.getReceivedAt().toInstant()));
        } catch (InvalidInput refused) {
            throw ChangeOrders.asFieldsOfTheAcceptance(refused);
        }
        if (!ticket.getId().equals(order.getTroubleTicketId())) {
            throw CloudCareException.conflict("The customer has an order with the key "
                    + ChangeOrders.idempotencyKey(ticket) + " that is not this change request's.");
        }
        String change = ChangeOrders.describe(item, subscription);
        Optional<ChangeAcceptance> accepted = ticket.acceptChange(actor, order.getId(), change, clock);
        if (accepted.isEmpty()) {
            return reading(ticket, caller); // a retry: the same order, nothing new
        }
        changed(ticket);
        audit.record(ProblemAuditAction.TICKET_CHANGE_ORDER_LINKED, ticket, "order " + order.getId() + ": " + change
                + (relocationConsent ? "; relocation consent from the request recorded by " + ticket.getRecordedBy()
                        + " at " + ticket.getReceivedAt() : ""));
        audit.record(ProblemAuditAction.TICKET_NOTE_ADDED, ticket, "CUSTOMER_VISIBLE note "
                + accepted.get().note().getId());
        if (accepted.get().statusChange() != null) {
            recordMove(ticket, accepted.get().statusChange(), caller);
        }
        outbox.publish(accepted.get().accepted());
        em.persist(new Interaction(customerOf(ticket), InteractionChannel.PORTAL, InteractionDirection.OUTBOUND,
                "Change request accepted", "Customer order " + order.getId() + " carries it out: " + change + ".",
                caller.username(), clock).about(TroubleTicket.TYPE, ticket.getId()));
        return reading(ticket, caller);
    }

    // --- diagnostics and resolution ---

    /** A diagnostic note, internal (provider staff only) or visible to the customer; customers write visible ones. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER})
    public TicketReading addTroubleTicketNote(String id, NoteVisibility visibility, @LongText String text) {
        Caller caller = callers.current();
        TroubleTicket ticket = lockedTicket(id);
        DiagnosticNote note = ticket.addNote(actor(caller), visibility, text, clock);
        changed(ticket);
        audit.record(ProblemAuditAction.TICKET_NOTE_ADDED, ticket, note.getVisibility() + " note " + note.getId());
        return reading(ticket, caller);
    }

    /** Relates two tickets about the same cause (one outage, many tickets), both ways. Provider staff. */
    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER})
    public TicketReading relateTroubleTickets(String id, String relatedTicketId) {
        Caller caller = callers.current();
        TroubleTicket ticket = lockedTicket(id);
        if (relatedTicketId == null || relatedTicketId.isBlank() || relatedTicketId.length() > 36
                || em.find(TroubleTicket.class, relatedTicketId.strip()) == null) {
            throw CloudCareException.invalid("relatedTicketId", "The relatedTicketId names no trouble ticket.");
        }
        Actor actor = actor(caller);
        if (ticket.relateTo(actor, relatedTicketId, clock)) {
            TroubleTicket other = lockedTicket(relatedTicketId.strip());
            other.relateTo(actor, ticket.getId(), clock);
            audit.record(ProblemAuditAction.TICKET_RELATED, ticket, "related to " + other.getId());
            audit.record(ProblemAuditAction.TICKET_RELATED, other, "related to " + ticket.getId());
        }
        changed(ticket);
        return reading(ticket, caller);
    }

    /** The root cause found so far; it can be refined until the ticket ends. Provider staff. */
    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER})
    public TicketReading recordTroubleTicketRootCause(String id, @LongText String rootCause) {
        Caller caller = callers.current();
        TroubleTicket ticket = lockedTicket(id);
        ticket.recordRootCause(actor(caller), rootCause, clock);
        changed(ticket);
        audit.record(ProblemAuditAction.TICKET_ROOT_CAUSE_RECORDED, ticket, ticket.getRootCause());
        return reading(ticket, caller);
    }

    // --- incident reports (ISO/TS 23535 5.5) ---

    /** The provider reports a major incident while it lasts; it is delivered to the customer's administrators. */
    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER})
    public IncidentReport writeIncidentReport(String ticketId, @LongText String impact, @LongText String causeSoFar) {
        TroubleTicket ticket = lockedTicket(ticketId);
        return delivered(ticket.writeIncidentReport(actor(callers.current()), impact, causeSoFar, clock));
    }

    /** Once the incident is resolved: chronology, explanations and countermeasures, delivered to the customer. */
    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER})
    public IncidentReport writeIncidentConclusionReport(String ticketId, @LongText String impact,
            List<ChronologyEntry> chronology, @LongText String explanation, @LongText String countermeasures) {
        TroubleTicket ticket = lockedTicket(ticketId);
        if (chronology != null) {
            for (int i = 0; i < chronology.size(); i++) {
                if (chronology.get(i) != null) {
                    TextHygiene.check("chronology[" + i + "].text", chronology.get(i).getText(), true);
                }
            }
        }
        return delivered(ticket.writeConclusionReport(actor(callers.current()), impact, chronology, explanation,
                countermeasures, clock));
    }

    private IncidentReport delivered(IncidentReport report) {
        em.persist(report);
        audit.record(ProblemAuditAction.INCIDENT_REPORT_WRITTEN, report, report.getKind() + " about ticket "
                + report.getTicketId());
        outbox.publish(report.deliver(clock));
        audit.record(ProblemAuditAction.INCIDENT_REPORT_DELIVERED, report, "to the customer's administrators");
        Flush.now(em, IncidentReport.TYPE + " " + report.getId(), Map.of());
        report.getChronology().size();
        return report;
    }

    /** The customer's administrator adds the customer's own evaluation and the business impact. */
    @RolesAllowed(Roles.CSC_ADMIN)
    public IncidentReport evaluateIncidentReport(String reportId, @LongText String evaluation,
            @LongText String businessImpact) {
        Caller caller = callers.current();
        IncidentReport report = scope.find(IncidentReport.class, IncidentReport.TYPE, reportId);
        em.lock(report, LockModeType.PESSIMISTIC_WRITE);
        report.evaluate(actor(caller), evaluation, businessImpact, clock);
        audit.record(ProblemAuditAction.INCIDENT_REPORT_EVALUATED, report, "by " + caller.username());
        Flush.now(em, IncidentReport.TYPE + " " + report.getId(), Map.of());
        report.getChronology().size();
        return report;
    }

    /** The incident reports of a ticket, oldest first: the customer's administrator and provider staff. */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS,
            Roles.CSP_BUSINESS_MANAGER})
    public List<IncidentReport> incidentReports(String ticketId) {
        TroubleTicket ticket = scope.find(TroubleTicket.class, TroubleTicket.TYPE, ticketId);
        List<IncidentReport> reports = em.createQuery("SELECT r FROM IncidentReport r WHERE r.ticketId = :ticket"
                + " ORDER BY r.writtenAt, r.id", IncidentReport.class).setParameter("ticket", ticket.getId())
                .getResultList();
        reports.forEach(report -> report.getChronology().size()); // read by the views after the transaction
        return reports;
    }

    // --- reading ---

    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public TicketReading troubleTicket(String id) {
        return reading(scope.find(TroubleTicket.class, TroubleTicket.TYPE, id), callers.current());
    }

    /**
     * The ticket queue: the tickets the caller may see (a customer's users their own customer's, staff every
     * customer's), optionally in one status and of one customer, the least time left first - tickets whose clock
     * does not run (waiting for the customer, resolved, ended) after them, newest first.
     */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Page<TicketReading> troubleTickets(TicketStatus status, String customerId, PageRequest page) {
        Caller caller = callers.current();
        String tenant = customerId == null || customerId.isBlank() ? null : tenantOf(customerId);
        Page<TroubleTicket> tickets = PagedQuery.page(em, TroubleTicket.class, (cb, ticket) -> {
            List<Predicate> where = new ArrayList<>(List.of(scope.visible(cb, ticket)));
            if (status != null) {
                where.add(cb.equal(ticket.get("status"), status));
            }
            if (customerId != null && !customerId.isBlank()) {
                where.add(cb.equal(ticket.get("tenant"), tenant));
            }
            return cb.and(where.toArray(Predicate[]::new));
        }, (cb, ticket) -> List.of(
                cb.asc(cb.selectCase().when(cb.isNull(ticket.get("nextDueAt")), 1).otherwise(0)),
                cb.asc(ticket.get("nextDueAt")), cb.desc(ticket.get("receivedAt")), cb.asc(ticket.get("id"))), page);
        Map<String, TicketTargets> targets = terms.of(tickets.items().stream().map(TroubleTicket::getSubscriptionId)
                .collect(Collectors.toSet()));
        Instant now = clock.instant();
        return tickets.map(ticket -> reading(ticket, caller, targets.get(ticket.getSubscriptionId()), now));
    }

    /** A customer's tenant key from its id; an unknown id matches no ticket. */
    private String tenantOf(String customerId) {
        Customer customer = customerId.length() > 36 ? null : em.find(Customer.class, customerId.strip());
        return customer == null ? "" : customer.getTenant();
    }

    private TicketReading reading(TroubleTicket ticket, Caller caller) {
        return reading(ticket, caller, terms.of(ticket.getSubscriptionId()), clock.instant());
    }

    private static TicketReading reading(TroubleTicket ticket, Caller caller, TicketTargets targets, Instant now) {
        // the views read these after the transaction: touched here, for a page in one statement each
        ticket.getStatusChanges().size();
        ticket.getAttachments().size();
        ticket.getRelatedTicketIds().size();
        ticket.getEscalations().size();
        return new TicketReading(ticket, targets == null ? List.of() : ticket.deadlines(targets, now),
                caller.isCustomerUser() ? ticket.getCustomerVisibleNotes() : List.copyOf(ticket.getNotes()));
    }

    // --- shared ---

    private TroubleTicket lockedTicket(String id) {
        TroubleTicket ticket = scope.find(TroubleTicket.class, TroubleTicket.TYPE, id);
        em.lock(ticket, LockModeType.PESSIMISTIC_WRITE);
        return ticket;
    }

    /** After a change: the next deadlines are planned again, and the change is written now. */
    private void changed(TroubleTicket ticket) {
        ticket.plan(terms.of(ticket.getSubscriptionId()), clock.instant());
        Flush.now(em, TroubleTicket.TYPE + " " + ticket.getId(), Map.of());
    }

    private Customer customerOf(TroubleTicket ticket) {
        return access.ofTenant(ticket.getTenant());
    }

    private static Actor actor(Caller caller) {
        return caller.isCustomerUser() ? Actor.customer(caller.username(), caller.tenant())
                : Actor.provider(caller.username());
    }
}
