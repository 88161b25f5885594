package org.cloudcare.sla.entity;

/** An evaluation run is running until every agreement of its period is done; a completed run may be run again. */
public enum EvaluationRunState {
    RUNNING,
    COMPLETED
}
