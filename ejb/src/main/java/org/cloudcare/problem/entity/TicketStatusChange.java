package org.cloudcare.problem.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cloudcare.platform.tenancy.TenantOwned;

/** One line of a ticket's status-change history (TMF621 statusChange): who moved it, when, from where, to where, why. */
@Entity
@Table(name = "trouble_ticket_status_change")
public class TicketStatusChange implements TenantOwned {

    @Id
    private String id;

    // lazy: the history is read in batches by ticket id, never to reach its ticket
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private TroubleTicket ticket;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private TicketStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private TicketStatus toStatus;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, updatable = false)
    private ActorKind actorKind;

    @Column(updatable = false)
    private String reason;

    protected TicketStatusChange() {
    }

    TicketStatusChange(TroubleTicket ticket, int sequence, TicketStatus from, TicketStatus to, Actor actor,
            String reason, OffsetDateTime changedAt) {
        this.id = UUID.randomUUID().toString();
        this.ticket = ticket;
        this.tenant = ticket.getTenant();
        this.sequence = sequence;
        this.fromStatus = from;
        this.toStatus = to;
        this.changedBy = actor.name();
        this.actorKind = actor.kind();
        this.reason = reason;
        this.changedAt = changedAt;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getTenant() {
        return tenant;
    }

    public int getSequence() {
        return sequence;
    }

    /** The status before; null for the reception. */
    public TicketStatus getFrom() {
        return fromStatus;
    }

    public TicketStatus getTo() {
        return toStatus;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public String getReason() {
        return reason;
    }
}
