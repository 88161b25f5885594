package org.cloudcare.sla.boundary;

import java.util.List;

import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.SlaEvaluationResult;
import org.cloudcare.sla.entity.SlaViolation;

/**
 * The stored evaluation of one agreement for one month: one result per objective (empty when the month was never
 * evaluated for it) and the violations recorded for it.
 */
public record SlaEvaluation(ServiceLevelAgreement agreement, String period, List<SlaEvaluationResult> results,
        List<SlaViolation> violations) {
}
