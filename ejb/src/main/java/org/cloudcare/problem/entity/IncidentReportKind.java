package org.cloudcare.problem.entity;

/** The two reports of ISO/TS 23535 5.5 about a major incident. */
public enum IncidentReportKind {
    /** While the incident lasts: its impact and the cause so far. */
    INCIDENT_REPORT,
    /** Once resolved: the chronology, explanations and countermeasures. */
    CONCLUSION_REPORT
}
