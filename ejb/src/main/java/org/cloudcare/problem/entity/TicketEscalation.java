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
import jakarta.persistence.UniqueConstraint;

import org.cloudcare.platform.tenancy.TenantOwned;

/**
 * A missed deadline and what it led to: the priority raised one step. At most one per ticket and deadline kind, held
 * by the ticket and by a unique key in the database.
 */
@Entity
@Table(name = "trouble_ticket_escalation",
        uniqueConstraints = @UniqueConstraint(columnNames = {"ticket_id", "deadline_kind"}))
public class TicketEscalation implements TenantOwned {

    @Id
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private TroubleTicket ticket;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind", nullable = false, updatable = false)
    private DeadlineKind deadlineKind;

    @Column(name = "deadline_at", nullable = false, updatable = false)
    private OffsetDateTime deadline;

    @Column(name = "escalated_at", nullable = false, updatable = false)
    private OffsetDateTime escalatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_priority", nullable = false, updatable = false)
    private TicketPriority fromPriority;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_priority", nullable = false, updatable = false)
    private TicketPriority toPriority;

    protected TicketEscalation() {
    }

    TicketEscalation(TroubleTicket ticket, DeadlineKind deadlineKind, OffsetDateTime deadline,
            TicketPriority fromPriority, TicketPriority toPriority, OffsetDateTime escalatedAt) {
        this.id = UUID.randomUUID().toString();
        this.ticket = ticket;
        this.tenant = ticket.getTenant();
        this.deadlineKind = deadlineKind;
        this.deadline = deadline;
        this.fromPriority = fromPriority;
        this.toPriority = toPriority;
        this.escalatedAt = escalatedAt;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getTenant() {
        return tenant;
    }

    public DeadlineKind getDeadlineKind() {
        return deadlineKind;
    }

    public OffsetDateTime getDeadline() {
        return deadline;
    }

    public OffsetDateTime getEscalatedAt() {
        return escalatedAt;
    }

    public TicketPriority getFromPriority() {
        return fromPriority;
    }

    public TicketPriority getToPriority() {
        return toPriority;
    }
}
