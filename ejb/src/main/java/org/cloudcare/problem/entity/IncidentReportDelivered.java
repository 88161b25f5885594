package org.cloudcare.problem.entity;

import org.cloudcare.platform.outbox.DomainEvent;

/** An incident report or conclusion report was delivered to the customer (ISO/TS 23535 5.5 report delivery). */
public record IncidentReportDelivered(String reportId, String ticketId, String tenant, IncidentReportKind reportKind)
        implements DomainEvent {

    public static final String TYPE = "problem.incident-report-delivered";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return IncidentReport.TYPE;
    }

    @Override
    public String aggregateId() {
        return reportId;
    }
}
