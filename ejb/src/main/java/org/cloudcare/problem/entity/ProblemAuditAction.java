package org.cloudcare.problem.entity;

import org.cloudcare.audit.entity.AuditAction;

/** What the audit trail records of the problem area. */
public enum ProblemAuditAction implements AuditAction {
    TICKET_RECEIVED(TroubleTicket.TYPE),
    TICKET_STATUS_CHANGED(TroubleTicket.TYPE),
    TICKET_NOTE_ADDED(TroubleTicket.TYPE),
    TICKET_RELATED(TroubleTicket.TYPE),
    TICKET_ROOT_CAUSE_RECORDED(TroubleTicket.TYPE),
    TICKET_CHANGE_ORDER_LINKED(TroubleTicket.TYPE),
    TICKET_ESCALATED(TroubleTicket.TYPE),
    INCIDENT_REPORT_WRITTEN(IncidentReport.TYPE),
    INCIDENT_REPORT_DELIVERED(IncidentReport.TYPE),
    INCIDENT_REPORT_EVALUATED(IncidentReport.TYPE);

    private final String entityType;

    ProblemAuditAction(String entityType) {
        this.entityType = entityType;
    }

    @Override
    public String entityType() {
        return entityType;
    }
}
