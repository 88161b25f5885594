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

/**
 * What someone found out or did while diagnosing a ticket (ITU-T Y.3525 10.1.2.1 diagnostics; TMF621 note). Internal
 * notes are for provider staff only. A note is history and never changes.
 */
@Entity
@Table(name = "trouble_ticket_note")
public class DiagnosticNote implements TenantOwned {

    public static final int MAX_TEXT = 4000;

    @Id
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private TroubleTicket ticket;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NoteVisibility visibility;

    @Column(nullable = false, updatable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false, updatable = false)
    private ActorKind authorKind;

    @Column(name = "written_at", nullable = false, updatable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "note_text", nullable = false, updatable = false)
    private String text;

    protected DiagnosticNote() {
    }

    DiagnosticNote(TroubleTicket ticket, NoteVisibility visibility, Actor author, String text,
            OffsetDateTime writtenAt) {
        this.id = UUID.randomUUID().toString();
        this.ticket = ticket;
        this.tenant = ticket.getTenant();
        this.visibility = visibility;
        this.author = author.name();
        this.authorKind = author.kind();
        this.text = text;
        this.writtenAt = writtenAt;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getTenant() {
        return tenant;
    }

    public NoteVisibility getVisibility() {
        return visibility;
    }

    public boolean isCustomerVisible() {
        return visibility == NoteVisibility.CUSTOMER_VISIBLE;
    }

    public String getAuthor() {
        return author;
    }

    public ActorKind getAuthorKind() {
        return authorKind;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}
