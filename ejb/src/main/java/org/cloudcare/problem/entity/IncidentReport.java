package org.cloudcare.problem.entity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.tenancy.TenantOwned;
import org.cloudcare.platform.time.Timestamps;

/**
 * A report about a major incident to the customer (ISO/TS 23535 5.5): the incident report while it lasts (impact, cause
 * so far), and the incident conclusion report once it is resolved (chronology, explanations, countermeasures). Written
 * by the provider from the ticket ({@link TroubleTicket#writeIncidentReport}, {@link TroubleTicket#writeConclusionReport}),
 * delivered to the customer once, after which its content no longer changes; the customer's administrator may then
 * add the customer's own evaluation and the business impact (5.1.1.3 e).
 */
@Entity
@Table(name = "incident_report")
public class IncidentReport implements TenantOwned {

    public static final String TYPE = "IncidentReport";
    public static final int MAX_TEXT = 4000;
    public static final int MAX_CHRONOLOGY = 200;

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private String ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_kind", nullable = false, updatable = false)
    private IncidentReportKind kind;

    @Column(name = "impact_description", nullable = false)
    private String impact;

    @Column(name = "cause_so_far")
    private String causeSoFar;

    private String explanation;

    private String countermeasures;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "incident_report_chronology", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("occurredAt")
    private List<ChronologyEntry> chronology = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(name = "customer_evaluation")
    private String customerEvaluation;

    @Column(name = "business_impact")
    private String businessImpact;

    @Column(name = "evaluated_by")
    private String evaluatedBy;

    @Column(name = "evaluated_at")
    private OffsetDateTime evaluatedAt;

    @Version
    private long version;

    protected IncidentReport() {
    }

    private IncidentReport(TroubleTicket ticket, IncidentReportKind kind, Actor author, String impact,
            OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.tenant = ticket.getTenant();
        this.ticketId = ticket.getId();
        this.kind = kind;
        this.impact = Checks.text("impact", impact, MAX_TEXT);
        this.author = author.name();
        this.writtenAt = now;
    }

    static IncidentReport interim(TroubleTicket ticket, Actor author, String impact, String causeSoFar,
            OffsetDateTime now) {
        IncidentReport report = new IncidentReport(ticket, IncidentReportKind.INCIDENT_REPORT, author, impact, now);
        report.causeSoFar = Checks.text("causeSoFar", causeSoFar, MAX_TEXT);
        return report;
    }

    static IncidentReport conclusion(TroubleTicket ticket, Actor author, String impact, List<ChronologyEntry> chronology,
            String explanation, String countermeasures, OffsetDateTime now) {
        IncidentReport report = new IncidentReport(ticket, IncidentReportKind.CONCLUSION_REPORT, author, impact, now);
        Checks.required("chronology", chronology);
        if (chronology.isEmpty()) {
            throw CloudCareException.invalid("chronology", "An incident conclusion report needs its chronology.");
        }
        if (chronology.size() > MAX_CHRONOLOGY) {
            throw CloudCareException.invalid("chronology", "A chronology has at most " + MAX_CHRONOLOGY + " entries.");
        }
        report.chronology.addAll(chronology);
        report.chronology.sort(Comparator.comparing(ChronologyEntry::getOccurredAt));
        report.explanation = Checks.text("explanation", explanation, MAX_TEXT);
        report.countermeasures = Checks.text("countermeasures", countermeasures, MAX_TEXT);
        report.causeSoFar = Checks.optionalText("rootCause", ticket.getRootCause(), MAX_TEXT);
        return report;
    }

    /** Delivers the report to the customer's administrators (through the outbox); once. */
    public IncidentReportDelivered deliver(Clock clock) {
        if (deliveredAt != null) {
            throw CloudCareException.conflict("Incident report " + id + " was delivered already.");
        }
        this.deliveredAt = Timestamps.now(clock);
        return new IncidentReportDelivered(id, ticketId, tenant, kind);
    }

    /** The customer's own evaluation of the incident and its business impact, given after delivery; may be revised. */
    public void evaluate(Actor actor, String evaluation, String businessImpact, Clock clock) {
        Checks.required("actor", actor);
        if (!actor.isCustomer() || !tenant.equals(actor.tenant())) {
            throw CloudCareException.forbidden("Only the customer the incident report is about evaluates it.");
        }
        if (deliveredAt == null) {
            throw CloudCareException.conflict("Incident report " + id + " has not been delivered yet.");
        }
        String checkedEvaluation = Checks.text("evaluation", evaluation, MAX_TEXT);
        String checkedImpact = Checks.optionalText("businessImpact", businessImpact, MAX_TEXT);
        this.customerEvaluation = checkedEvaluation;
        this.businessImpact = checkedImpact;
        this.evaluatedBy = actor.name();
        this.evaluatedAt = Timestamps.now(clock);
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getTenant() {
        return tenant;
    }

    public String getTicketId() {
        return ticketId;
    }

    public IncidentReportKind getKind() {
        return kind;
    }

    public String getImpact() {
        return impact;
    }

    /** The cause so far (incident report), or the root cause found (conclusion report). */
    public String getCauseSoFar() {
        return causeSoFar;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getCountermeasures() {
        return countermeasures;
    }

    public List<ChronologyEntry> getChronology() {
        return Collections.unmodifiableList(chronology);
    }

    public String getAuthor() {
        return author;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }

    public OffsetDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public boolean isDelivered() {
        return deliveredAt != null;
    }

    public String getCustomerEvaluation() {
        return customerEvaluation;
    }

    public String getBusinessImpact() {
        return businessImpact;
    }

    public String getEvaluatedBy() {
        return evaluatedBy;
    }

    public OffsetDateTime getEvaluatedAt() {
        return evaluatedAt;
    }

    public long getVersion() {
        return version;
    }
}
