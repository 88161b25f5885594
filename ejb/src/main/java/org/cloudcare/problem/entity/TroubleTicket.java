package org.cloudcare.problem.entity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.Reasons;
import org.cloudcare.platform.tenancy.TenantOwned;
import org.cloudcare.platform.time.Timestamps;

/**
 * A customer's problem or request (TMF621 TroubleTicket; ITU-T Y.3525 10.1.2.1 customer problem management), about one
 * subscription and counted against the customer's agreement.
 * <p>
 * Lifecycle (see {@link TicketStatus}): received as {@code acknowledged} - or not at all, when the report is invalid;
 * the provider takes it into work ({@code inProgress}, the first response) or rejects it; while in progress it may
 * wait for the customer ({@code pending}, the repair clock pauses) or be held by the provider ({@code held}, the
 * clock runs); the provider resolves it, and the customer accepts ({@code closed}, with a satisfaction rating) or not
 * (back to {@code inProgress}); it can be cancelled until it is resolved. Every move is kept in the status-change
 * history. Who may move: only provider staff work, hold, resolve and reject (a customer cannot resolve their own
 * ticket); a customer closes by accepting, and staff close on the customer's behalf only by recording how the customer
 * accepted; scheduled work (the escalation job) only escalates.
 * <p>
 * Timers (ISO/TS 23535 5.2.8 and 5.5): the response clock runs from reception until the provider's first response;
 * the repair clock of an incident from reception until resolution, only within the agreement's support hours and not
 * while pending or resolved. Targets come in as {@link TicketTargets} per priority; the ticket counts against the
 * priority it was received with, so an escalation (which raises the working priority) does not move its deadlines. A
 * missed deadline is escalated once: a second escalation for the same deadline is refused.
 */
@Entity
@Table(name = "trouble_ticket")
public class TroubleTicket implements TenantOwned {

    /** How tickets are named in errors and in the audit trail. */
    public static final String TYPE = "TroubleTicket";
    public static final int MAX_TEXT = 4000;
    public static final int MAX_RELATED = 100;
    public static final int MAX_NOTES = 500;

    @Id
    private String id;

    /** The customer code: the tenant key. */
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private String subscriptionId;

    @Column(name = "agreement_id")
    private String agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TicketKind kind;

    @Column(name = "ticket_type", nullable = false)
    private String ticketType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketSeverity severity;

    /** The working priority: raised by escalations. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketPriority priority;

    /** The priority the targets are counted against: the one given at reception. */
    @Enumerated(EnumType.STRING)
    @Column(name = "target_priority", nullable = false, updatable = false)
    private TicketPriority targetPriority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketImpact impact;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false)
    private ReceptionChannel channel;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    /** Whether provider staff recorded the ticket for the customer (from an email, a call, a chat, a forum post). */
    @Column(name = "on_behalf_of_customer", nullable = false, updatable = false)
    private boolean onBehalfOfCustomer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "responded_at")
    private OffsetDateTime respondedAt;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "root_cause")
    private String rootCause;

    private String resolution;

    /** How the customer accepted the resolution, when staff closed the ticket on the customer's behalf. */
    @Column(name = "customer_acceptance")
    private String customerAcceptance;

    @Embedded
    private SatisfactionRating rating;

    @Column(name = "change_order_id")
    private String changeOrderId;

    // read with a ticket's details; for a page of tickets in one statement, not one per ticket
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "trouble_ticket_attachment", joinColumns = @JoinColumn(name = "ticket_id"))
    private List<AttachmentLink> attachments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "trouble_ticket_relationship", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "related_ticket_id")
    private Set<String> relatedTicketIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("sequence")
    private List<TicketStatusChange> statusChanges = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("writtenAt")
    private List<DiagnosticNote> notes = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("escalatedAt")
    private List<TicketEscalation> escalations = new ArrayList<>();

    /**
     * The earliest deadline whose clock runs (breached or not), as last planned: the provider's queue sorts by it.
     * Null while no clock runs or the deadline is unknown (paused). See {@link #plan}.
     */
    @Column(name = "next_due_at")
    private OffsetDateTime nextDueAt;

    /** The earliest running deadline not escalated yet: the escalation job looks at tickets whose moment passed. */
    @Column(name = "escalation_due_at")
    private OffsetDateTime escalationDueAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected TroubleTicket() {
    }

    private TroubleTicket(TicketReport report, Actor actor, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.tenant = report.tenant();
        this.subscriptionId = report.subscriptionId().strip();
        this.agreementId = Checks.optionalText("agreementId", report.agreementId(), 36);
        this.kind = report.kind();
        this.ticketType = report.ticketType().strip();
        this.severity = report.severity();
        this.priority = report.priority();
        this.targetPriority = report.priority();
        this.impact = report.impact();
        this.description = report.description().strip();
        this.channel = report.channel();
        this.recordedBy = actor.name();
        this.onBehalfOfCustomer = actor.isProvider();
        for (TicketReport.Attachment attachment : report.attachments()) {
            attachments.add(new AttachmentLink(attachment.url(), attachment.name()));
        }
        this.receivedAt = now;
        this.updatedAt = now;
        this.status = TicketStatus.ACKNOWLEDGED;
        statusChanges.add(new TicketStatusChange(this, 0, null, TicketStatus.ACKNOWLEDGED, actor, null, now));
    }

    /**
     * Receives a report: the ticket is {@code acknowledged}, or - when anything in the report is wrong - nothing is
     * created and every reason is refused at once.
     */
    public static TroubleTicket receive(TicketReport report, Actor actor, Clock clock) {
        Checks.required("report", report);
        Checks.required("actor", actor);
        report.violations(actor).throwIfAny();
        return new TroubleTicket(report, actor, Timestamps.now(clock));
    }

    // --- the lifecycle ---

    /** The provider takes the ticket into work; the first time, this is its response. */
    public TicketStatusChanged startWork(Actor actor, Clock clock) {
        requireProvider(actor, "take a ticket into work");
        return move(TicketStatus.IN_PROGRESS, actor, null, clock, EnumSet.of(TicketStatus.ACKNOWLEDGED));
    }

    /** The provider refuses the request, e.g. it is not about its service. */
    public TicketStatusChanged reject(Actor actor, String reason, Clock clock) {
        requireProvider(actor, "reject a ticket");
        return move(TicketStatus.REJECTED, actor, Checks.text("reason", reason, 500), clock, null);
    }

    /** The provider waits for the customer (information, a test, access): the repair clock pauses. */
    public TicketStatusChanged waitForCustomer(Actor actor, String reason, Clock clock) {
        requireProvider(actor, "set a ticket to wait for the customer");
        return move(TicketStatus.PENDING, actor, Checks.text("reason", reason, 500), clock, null);
    }

    /** The provider holds the ticket, e.g. for a third party or a planned change: the repair clock runs on. */
    public TicketStatusChanged hold(Actor actor, String reason, Clock clock) {
        requireProvider(actor, "hold a ticket");
        return move(TicketStatus.HELD, actor, Checks.text("reason", reason, 500), clock, null);
    }

    /**
     * Work goes on after a wait or a hold. A customer may resume a ticket that waits for them (they supplied what was
     * asked); only the provider resumes a held one.
     */
    public TicketStatusChanged resume(Actor actor, String reason, Clock clock) {
        requireActingPerson(actor, "resume a ticket");
        if (actor.isCustomer() && status == TicketStatus.HELD) {
            throw CloudCareException.forbidden("A ticket held by the provider is resumed by the provider.");
        }
        return move(TicketStatus.IN_PROGRESS, actor, Checks.optionalText("reason", reason, 500), clock,
                EnumSet.of(TicketStatus.PENDING, TicketStatus.HELD));
    }

    /** The provider has repaired or answered: the repair clock stops, and the customer is asked to accept. */
    public TicketStatusChanged resolve(Actor actor, String resolution, String rootCause, Clock clock) {
        if (actor.isCustomer()) {
            throw CloudCareException.forbidden("A customer cannot resolve their own ticket; the provider resolves it"
                    + " and the customer accepts or not.");
        }
        requireProvider(actor, "resolve a ticket");
        requireMove(TicketStatus.RESOLVED);
        String checkedResolution = Checks.text("resolution", resolution, MAX_TEXT);
        String checkedRootCause = Checks.optionalText("rootCause", rootCause, MAX_TEXT);
        this.resolution = checkedResolution;
        if (checkedRootCause != null) {
            this.rootCause = checkedRootCause;
        }
        TicketStatusChanged changed = move(TicketStatus.RESOLVED, actor, null, clock, null);
        this.resolvedAt = updatedAt;
        return changed;
    }

    /**
     * The customer accepts the resolution and the ticket closes, with the customer's satisfaction rating if given. A
     * customer user closes by accepting; provider staff close only by recording how the customer accepted (e.g.
     * "confirmed by phone, 2 June, Dr. Meier").
     */
    public TicketStatusChanged close(Actor actor, String customerAcceptance, Integer ratingScore, String ratingComment,
            Clock clock) {
        requireActingPerson(actor, "close a ticket");
        requireMove(TicketStatus.CLOSED);
        Reasons violations = new Reasons();
        String acceptance = null;
        if (actor.isProvider()) {
            if (customerAcceptance == null || customerAcceptance.isBlank()) {
                violations.add("customerAcceptance", "Staff close a ticket on the customer's behalf only by recording"
                        + " how the customer accepted the resolution.");
            } else if (customerAcceptance.strip().length() > 500) {
                violations.add("customerAcceptance", "The customerAcceptance must be at most 500 characters long.");
            } else {
                acceptance = customerAcceptance.strip();
            }
        }
        if (ratingScore != null) {
            violations.addIf("rating.score", SatisfactionRating.problemWith(ratingScore));
        }
        if (ratingComment != null && ratingComment.strip().length() > 2000) {
            violations.add("rating.comment", "The rating comment must be at most 2000 characters long.");
        }
        if (ratingScore == null && ratingComment != null && !ratingComment.isBlank()) {
            violations.add("rating.score", "A rating comment needs a score from 1 to 5.");
        }
        violations.throwIfAny();
        OffsetDateTime now = Timestamps.now(clock);
        this.customerAcceptance = acceptance;
        if (ratingScore != null) {
            this.rating = new SatisfactionRating(ratingScore, ratingComment, now);
        }
        return move(TicketStatus.CLOSED, actor, acceptance == null ? "accepted by the customer" : acceptance, clock,
                null);
    }

    /**
     * The customer does not accept the resolution: the ticket goes back to work and the repair clock runs again.
     * Staff record this on the customer's behalf with the customer's reason.
     */
    public TicketStatusChanged reopen(Actor actor, String reason, Clock clock) {
        requireActingPerson(actor, "reopen a ticket");
        requireMove(TicketStatus.IN_PROGRESS);
        if (status != TicketStatus.RESOLVED) {
            throw CloudCareException.conflict("Ticket " + id + " is " + status.tmfName()
                    + "; only a resolved ticket can be reopened.");
        }
        TicketStatusChanged changed = move(TicketStatus.IN_PROGRESS, actor, Checks.text("reason", reason, 500), clock,
                null);
        this.resolvedAt = null;
        return changed;
    }

    /** The customer withdraws the request, or the provider cancels it (e.g. a duplicate); not once resolved. */
    public TicketStatusChanged cancel(Actor actor, String reason, Clock clock) {
        requireActingPerson(actor, "cancel a ticket");
        return move(TicketStatus.CANCELLED, actor, Checks.text("reason", reason, 500), clock, null);
    }

    private TicketStatusChanged move(TicketStatus target, Actor actor, String reason, Clock clock,
            Set<TicketStatus> onlyFrom) {
        requireMove(target);
        if (onlyFrom != null && !onlyFrom.contains(status)) {
            throw illegalMove(target);
        }
        TicketStatus from = status;
        OffsetDateTime now = Timestamps.now(clock);
        this.status = target;
        this.statusReason = reason;
        if (respondedAt == null && actor.kind() != ActorKind.CUSTOMER && from == TicketStatus.ACKNOWLEDGED) {
            this.respondedAt = now;
        }
        if (target.isFinal()) {
            this.endedAt = now;
        }
        statusChanges.add(new TicketStatusChange(this, statusChanges.size(), from, target, actor, reason, now));
        this.updatedAt = now;
        return new TicketStatusChanged(id, tenant, from, target, reason, actor.name(), actor.kind());
    }

    private void requireMove(TicketStatus target) {
        if (!status.canMoveTo(target)) {
            throw illegalMove(target);
        }
    }

    private CloudCareException illegalMove(TicketStatus target) {
        return CloudCareException.conflict("Ticket " + id + " is " + status.tmfName() + " and cannot become "
                + target.tmfName() + (status.isFinal() ? "; it has ended." : "."));
    }

    private void requireProvider(Actor actor, String what) {
        Checks.required("actor", actor);
        if (!actor.isProvider()) {
            throw CloudCareException.forbidden("Only the provider's staff may " + what + ".");
        }
    }

    /** A person of the provider, or a user of this ticket's own customer. */
    private void requireActingPerson(Actor actor, String what) {
        Checks.required("actor", actor);
        if (actor.kind() == ActorKind.SYSTEM) {
            throw CloudCareException.forbidden("Scheduled work may not " + what + ".");
        }
        requireOwnCustomer(actor);
    }

    private void requireOwnCustomer(Actor actor) {
        if (actor.isCustomer() && !tenant.equals(actor.tenant())) {
            throw CloudCareException.forbidden("A customer user acts on their own customer's tickets only.");
        }
    }

    // --- diagnostics and resolution ---

    /** Adds a diagnostic note; a customer's notes are always visible to the customer. */
    public DiagnosticNote addNote(Actor actor, NoteVisibility visibility, String text, Clock clock) {
        requireActingPerson(actor, "add a note");
        Checks.required("visibility", visibility);
        if (actor.isCustomer() && visibility == NoteVisibility.INTERNAL) {
            throw CloudCareException.forbidden("Only the provider's staff write internal notes.");
        }
        if (notes.size() >= MAX_NOTES) {
            throw CloudCareException.conflict("Ticket " + id + " has " + MAX_NOTES + " notes, the most it can have.");
        }
        DiagnosticNote note = new DiagnosticNote(this, visibility, actor, Checks.text("text", text, MAX_TEXT),
                Timestamps.now(clock));
        notes.add(note);
        this.updatedAt = note.getWrittenAt();
        return note;
    }

    /** Records the root cause found so far; it can be refined until the ticket ends. */
    public void recordRootCause(Actor actor, String rootCause, Clock clock) {
        requireProvider(actor, "record a root cause");
        requireNotEnded();
        this.rootCause = Checks.text("rootCause", rootCause, MAX_TEXT);
        this.updatedAt = Timestamps.now(clock);
    }

    /** Links another ticket about the same cause (one outage, many tickets). Linking twice changes nothing. */
    public boolean relateTo(Actor actor, String otherTicketId, Clock clock) {
        requireProvider(actor, "relate tickets");
        String other = Checks.text("relatedTicketId", otherTicketId, 36);
        if (other.equals(id)) {
            throw CloudCareException.invalid("relatedTicketId", "A ticket cannot be related to itself.");
        }
        if (relatedTicketIds.contains(other)) {
            return false;
        }
        if (relatedTicketIds.size() >= MAX_RELATED) {
            throw CloudCareException.conflict("Ticket " + id + " has " + MAX_RELATED + " related tickets, the most"
                    + " it can have.");
        }
        relatedTicketIds.add(other);
        this.updatedAt = Timestamps.now(clock);
        return true;
    }

    /**
     * Refuses what cannot accept a change now, before any order is placed for it: only provider staff accept, only a
     * change request leads to an order, once, and not after the ticket ended or while its resolution awaits the
     * customer (reopen it first).
     */
    public void requireChangeAcceptable(Actor actor) {
        requireProvider(actor, "accept a change request");
        if (kind != TicketKind.CHANGE_REQUEST) {
            throw CloudCareException.conflict("Ticket " + id + " is " + kind + "; only a change request leads to an"
                    + " order.");
        }
        if (changeOrderId != null) {
            throw CloudCareException.conflict("The change request " + id + " was already accepted as order "
                    + changeOrderId + ".");
        }
        requireNotEnded();
        if (status == TicketStatus.RESOLVED) {
            throw CloudCareException.conflict("Ticket " + id + " is resolved; a resolved change request is reopened"
                    + " before another change is accepted.");
        }
    }

    /**
     * The provider accepts the change the customer asked for: the ticket is linked to the {@code modify} customer
     * order that carries it out, goes on {@code inProgress} (from {@code acknowledged} this is also its first
     * response; from pending or held work resumes), and the customer is told in a visible note. Accepting again with
     * the same order changes nothing (a retry); anything {@link #requireChangeAcceptable} refuses is refused.
     *
     * @param change what the order changes, in words for the note ("quantity 4, region ch-geneva")
     * @return what changed, empty for a retry
     */
    public Optional<ChangeAcceptance> acceptChange(Actor actor, String orderId, String change, Clock clock) {
        String order = Checks.text("orderId", orderId, 36);
        if (order.equals(changeOrderId)) {
            requireProvider(actor, "accept a change request");
            return Optional.empty();
        }
        requireChangeAcceptable(actor);
        String what = Checks.text("change", change, 500);
        this.changeOrderId = order;
        TicketStatusChanged moved = status == TicketStatus.IN_PROGRESS ? null
                : move(TicketStatus.IN_PROGRESS, actor, "change accepted as order " + order, clock,
                        EnumSet.of(TicketStatus.ACKNOWLEDGED, TicketStatus.PENDING, TicketStatus.HELD));
        DiagnosticNote note = addNote(actor, NoteVisibility.CUSTOMER_VISIBLE, "Your change request was accepted:"
                + " customer order " + order + " carries it out (" + what + ").", clock);
        return Optional.of(new ChangeAcceptance(new ChangeRequestAccepted(id, tenant, order, what, actor.name()),
                moved, note));
    }

    /**
     * The change order this ticket was accepted as has finished ({@code outcome}: its TMF622 state word): the customer
     * is told in a visible note by CloudCare itself, also on a ticket that ended meanwhile. Once per order and outcome:
     * a second report of it (a redelivered event) adds nothing, nor does a report about another order.
     *
     * @return the note, empty when nothing was added
     */
    public Optional<DiagnosticNote> noteChangeOrderOutcome(Actor actor, String orderId, String outcome, Clock clock) {
        Checks.required("actor", actor);
        if (actor.kind() != ActorKind.SYSTEM) {
            throw CloudCareException.forbidden("Only CloudCare itself reports what became of a change order.");
        }
        String text = "Customer order " + orderId + ", which carries out this change request, is "
                + Checks.text("outcome", outcome, 40) + ".";
        if (changeOrderId == null || !changeOrderId.equals(orderId) || notes.size() >= MAX_NOTES
                || notes.stream().anyMatch(note -> note.getText().equals(text))) {
            return Optional.empty();
        }
        DiagnosticNote note = new DiagnosticNote(this, NoteVisibility.CUSTOMER_VISIBLE, actor, text,
                Timestamps.now(clock));
        notes.add(note);
        this.updatedAt = note.getWrittenAt();
        return Optional.of(note);
    }

    private void requireNotEnded() {
        if (status.isFinal()) {
            throw CloudCareException.conflict("Ticket " + id + " is " + status.tmfName() + " and can no longer change.");
        }
    }

    // --- incident reports (ISO/TS 23535 5.5) ---

    /** The provider reports a major incident while it lasts: its impact and the cause so far. */
    public IncidentReport writeIncidentReport(Actor actor, String impactDescription, String causeSoFar, Clock clock) {
        requireIncidentReportable(actor);
        requireNotEnded();
        return IncidentReport.interim(this, actor, impactDescription, causeSoFar, Timestamps.now(clock));
    }

    /** Once the incident is resolved, the provider concludes: chronology, explanations, countermeasures. */
    public IncidentReport writeConclusionReport(Actor actor, String impactDescription, List<ChronologyEntry> chronology,
            String explanation, String countermeasures, Clock clock) {
        requireIncidentReportable(actor);
        if (status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED) {
            throw CloudCareException.conflict("Ticket " + id + " is " + status.tmfName() + "; an incident conclusion"
                    + " report is written once the incident is resolved.");
        }
        return IncidentReport.conclusion(this, actor, impactDescription, chronology, explanation, countermeasures,
                Timestamps.now(clock));
    }

    private void requireIncidentReportable(Actor actor) {
        requireProvider(actor, "write incident reports");
        if (kind != TicketKind.INCIDENT) {
            throw CloudCareException.conflict("Ticket " + id + " is " + kind + "; incident reports are about"
                    + " incidents.");
        }
    }

    // --- timers ---

    /** The ticket's clocks at {@code now}: the response clock, and for an incident the repair clock. */
    public List<TicketDeadline> deadlines(TicketTargets targets, Instant now) {
        Checks.required("targets", targets);
        List<TicketDeadline> deadlines = new ArrayList<>(2);
        deadlines.add(deadline(DeadlineKind.RESPONSE, targets, now));
        if (kind == TicketKind.INCIDENT) {
            deadlines.add(deadline(DeadlineKind.REPAIR, targets, now));
        }
        return deadlines;
    }

    /** One clock at {@code now}; the repair clock of a ticket that is not an incident is refused. */
    public TicketDeadline deadline(DeadlineKind deadlineKind, TicketTargets targets, Instant now) {
        Checks.required("deadlineKind", deadlineKind);
        BusinessCalendar calendar = targets.calendar();
        Duration target = targets.forPriority(targetPriority).of(deadlineKind);
        Instant start = receivedAt.toInstant();
        if (deadlineKind == DeadlineKind.RESPONSE) {
            OffsetDateTime stop = respondedAt != null ? respondedAt : endedAt;
            Instant until = stop == null ? now : stop.toInstant();
            Duration left = calendar.timeLeft(start, target, List.of(), until);
            return new TicketDeadline(deadlineKind, target, calendar.deadline(start, target), left, stop != null,
                    left.isNegative());
        }
        if (kind != TicketKind.INCIDENT) {
            throw CloudCareException.conflict("Ticket " + id + " is " + kind + "; only incidents have a repair clock.");
        }
        List<Interval> pauses = repairPauses();
        boolean stopped = !status.repairClockRuns() && status != TicketStatus.PENDING;
        List<Interval> closedPauses = pauses.stream().filter(p -> !p.isOpen()).toList();
        Instant due = stopped ? calendar.deadline(start, target, closedPauses).orElse(null)
                : calendar.deadline(start, target, pauses).orElse(null);
        Duration left = calendar.timeLeft(start, target, pauses, now);
        return new TicketDeadline(deadlineKind, target, due, left, stopped, left.isNegative());
    }

    /**
     * When the repair clock stood still: every period the ticket spent in a state where it does not run (pending,
     * resolved, ended), taken from the status-change history; the last one is open while the ticket is in such a state.
     */
    List<Interval> repairPauses() {
        List<Interval> pauses = new ArrayList<>();
        Instant pausedSince = null;
        List<TicketStatusChange> history = new ArrayList<>(statusChanges);
        history.sort(Comparator.comparingInt(TicketStatusChange::getSequence));
        for (TicketStatusChange change : history) {
            Instant at = change.getChangedAt().toInstant();
            boolean runs = change.getTo().repairClockRuns();
            if (!runs && pausedSince == null) {
                pausedSince = at;
            } else if (runs && pausedSince != null) {
                pauses.add(new Interval(pausedSince, at));
                pausedSince = null;
            }
        }
        if (pausedSince != null) {
            pauses.add(Interval.open(pausedSince));
        }
        return pauses;
    }

    /** The deadlines that have passed at {@code now}, with their clock still running, and not yet escalated. */
    public List<DeadlineKind> breachesToEscalate(TicketTargets targets, Instant now) {
        List<DeadlineKind> breaches = new ArrayList<>();
        for (TicketDeadline deadline : deadlines(targets, now)) {
            if (deadline.breached() && deadline.isRunning() && !isEscalated(deadline.kind())) {
                breaches.add(deadline.kind());
            }
        }
        return breaches;
    }

    /**
     * Plans the ticket's next deadlines at {@code now} against {@code targets} (null when the subscription has no
     * agreed targets): the earliest running deadline, and the earliest one not escalated yet. A running clock's
     * deadline does not move while the ticket stays in its state, so the boundary plans after every change and the
     * stored moments stay true until the next one.
     */
    public void plan(TicketTargets targets, Instant now) {
        Instant due = null;
        Instant escalation = null;
        if (targets != null) {
            for (TicketDeadline deadline : deadlines(targets, now)) {
                if (deadline.isRunning() && deadline.due() != null) {
                    due = earlier(due, deadline.due());
                    if (!isEscalated(deadline.kind())) {
                        escalation = earlier(escalation, deadline.due());
                    }
                }
            }
        }
        this.nextDueAt = due == null ? null : due.atOffset(ZoneOffset.UTC);
        this.escalationDueAt = escalation == null ? null : escalation.atOffset(ZoneOffset.UTC);
    }

    private static Instant earlier(Instant one, Instant other) {
        return one == null || other.isBefore(one) ? other : one;
    }

    public boolean isEscalated(DeadlineKind deadlineKind) {
        return escalations.stream().anyMatch(e -> e.getDeadlineKind() == deadlineKind);
    }

    /**
     * Escalates a missed deadline: the working priority is raised one step and the escalation recorded. Refused when
     * the deadline has not passed, its clock has stopped, or it was escalated already - whoever tries again.
     */
    public TicketEscalated escalate(DeadlineKind deadlineKind, TicketTargets targets, Clock clock) {
        Checks.required("deadlineKind", deadlineKind);
        if (isEscalated(deadlineKind)) {
            throw CloudCareException.conflict("The " + deadlineKind.name().toLowerCase() + " deadline of ticket " + id
                    + " has been escalated already.");
        }
        Instant now = clock.instant();
        TicketDeadline deadline = deadline(deadlineKind, targets, now);
        if (!deadline.breached() || !deadline.isRunning()) {
            throw CloudCareException.conflict("The " + deadlineKind.name().toLowerCase() + " deadline of ticket " + id
                    + (deadline.isRunning() ? " has not passed." : " is no longer running."));
        }
        OffsetDateTime at = Timestamps.now(clock);
        OffsetDateTime due = deadline.due() == null ? at : deadline.due().atOffset(ZoneOffset.UTC);
        TicketPriority from = priority;
        this.priority = priority.raised();
        escalations.add(new TicketEscalation(this, deadlineKind, due, from, priority, at));
        this.updatedAt = at;
        return new TicketEscalated(id, tenant, deadlineKind, due, from, priority);
    }

    // --- reading ---

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getTenant() {
        return tenant;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public String getAgreementId() {
        return agreementId;
    }

    public TicketKind getKind() {
        return kind;
    }

    public String getTicketType() {
        return ticketType;
    }

    public TicketSeverity getSeverity() {
        return severity;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    public TicketPriority getTargetPriority() {
        return targetPriority;
    }

    public TicketImpact getImpact() {
        return impact;
    }

    public String getDescription() {
        return description;
    }

    public ReceptionChannel getChannel() {
        return channel;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public boolean isOnBehalfOfCustomer() {
        return onBehalfOfCustomer;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public OffsetDateTime getRespondedAt() {
        return respondedAt;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }

    public OffsetDateTime getEndedAt() {
        return endedAt;
    }

    public String getRootCause() {
        return rootCause;
    }

    public String getResolution() {
        return resolution;
    }

    public String getCustomerAcceptance() {
        return customerAcceptance;
    }

    public Optional<SatisfactionRating> getRating() {
        return Optional.ofNullable(rating).filter(r -> r.getScore() != null);
    }

    public String getChangeOrderId() {
        return changeOrderId;
    }

    public List<AttachmentLink> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }

    public Set<String> getRelatedTicketIds() {
        return Collections.unmodifiableSet(relatedTicketIds);
    }

    public List<TicketStatusChange> getStatusChanges() {
        return Collections.unmodifiableList(statusChanges);
    }

    public List<DiagnosticNote> getNotes() {
        return Collections.unmodifiableList(notes);
    }

    /** The notes a customer user may read. */
    public List<DiagnosticNote> getCustomerVisibleNotes() {
        return notes.stream().filter(DiagnosticNote::isCustomerVisible).toList();
    }

    public List<TicketEscalation> getEscalations() {
        return Collections.unmodifiableList(escalations);
    }

    public OffsetDateTime getNextDueAt() {
        return nextDueAt;
    }

    public OffsetDateTime getEscalationDueAt() {
        return escalationDueAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
