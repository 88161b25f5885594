package org.cloudcare.sla.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.ErrorCode;
import org.cloudcare.platform.error.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * A suspected SLA issue: reported → in analysis → confirmed (with a violation) or rejected (with a reason); every
 * other move is refused and leaves the issue as it was.
 */
class SlaIssueTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
    private static final EvaluationPeriod NOVEMBER = EvaluationPeriod.parse("period", "2026-11");

    private static SlaIssue reported() {
        return SlaIssue.report(AgreementFixtures.startedAt(Instant.parse("2026-03-02T11:00:00Z")), NOVEMBER,
                EvaluatedObjective.AVAILABILITY, "  Down three hours on the 12th.  ",
                List.of(new SlaIssue.Evidence("https://status.example.org/incidents/12", "status page")), "adam",
                AT);
    }

    private static SlaIssue inAnalysis() {
        SlaIssue issue = reported();
        issue.startAnalysis("selma", AT.plusSeconds(60));
        return issue;
    }

    private static SlaIssue confirmed() {
        SlaIssue issue = inAnalysis();
        issue.confirm(new BigDecimal("99.58"), () -> "violation-1", "selma", AT.plusSeconds(120));
        return issue;
    }

    private static SlaIssue rejected() {
        SlaIssue issue = inAnalysis();
        issue.reject("The monitoring shows the service up.", "selma", AT.plusSeconds(120));
        return issue;
    }

    @Test
    void aReportIsReceivedAsReportedWithItsAgreementMonthAndEvidence() {
        SlaIssue issue = reported();

        assertEquals(SlaIssueStatus.REPORTED, issue.getStatus());
        assertEquals("riverside", issue.getTenant());
        assertEquals("2026-11", issue.getPeriod());
        assertEquals("Down three hours on the 12th.", issue.getDescription());
        assertEquals("https://status.example.org/incidents/12", issue.getEvidence().get(0).getUrl());
        assertEquals("adam", issue.getReportedBy());
        assertNull(issue.getViolationId());
    }

    @Test
    void everyWrongFieldOfAReportIsNamedAtOnce() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> SlaIssue.report(
                AgreementFixtures.startedAt(Instant.parse("2026-03-02T11:00:00Z")), NOVEMBER,
                EvaluatedObjective.ORDER_COMPLETION_ON_TIME, " ",
                List.of(new SlaIssue.Evidence("ftp://files.example.org/x", ""),
                        new SlaIssue.Evidence("https://ok.example.org/", "fine")), "adam", AT));

        assertEquals(List.of("objective", "description", "evidence[0].url", "evidence[0].name"),
                refused.reasons().stream().map(InvalidInput.Reason::field).toList());
    }

    @Test
    void objectivesWithoutAContractualValueCannotBeReported() {
        assertTrue(SlaIssue.REPORTABLE.contains(EvaluatedObjective.AVAILABILITY));
        assertTrue(SlaIssue.REPORTABLE.contains(EvaluatedObjective.INCIDENT_REPAIR_HIGH));
        assertEquals("objective", SlaIssue.problemsWith(EvaluatedObjective.SERVICE_RESPONSE_TIME, "x", null).list()
                .get(0).field());
        assertTrue(SlaIssue.problemsWith(null, "x", null).list().stream()
                .anyMatch(r -> r.field().equals("objective")));
    }

    @Test
    void theServiceManagerStartsTheAnalysisOfAReportedIssue() {
        SlaIssue issue = inAnalysis();

        assertEquals(SlaIssueStatus.IN_ANALYSIS, issue.getStatus());
        assertEquals("selma", issue.getAnalysisStartedBy());
        assertEquals(AT.plusSeconds(60), issue.getAnalysisStartedAt().toInstant());
    }

    @Test
    void confirmingRecordsTheDeliveredValueAndTheViolationThatStandsForIt() {
        SlaIssue issue = confirmed();

        assertEquals(SlaIssueStatus.CONFIRMED, issue.getStatus());
        assertEquals(new BigDecimal("99.5800"), issue.getDeliveredValue());
        assertEquals("violation-1", issue.getViolationId());
        assertEquals("selma", issue.getDecidedBy());
    }

    @Test
    void rejectingRecordsTheReason() {
        SlaIssue issue = rejected();

        assertEquals(SlaIssueStatus.REJECTED, issue.getStatus());
        assertEquals("The monitoring shows the service up.", issue.getRejectionReason());
        assertNull(issue.getViolationId());
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedAndTheIssueStaysInAnalysis() {
        SlaIssue issue = inAnalysis();

        CloudCareException refused = assertThrows(CloudCareException.class, () -> issue.reject(" ", "selma", AT));

        assertEquals(ErrorCode.VALIDATION, refused.code());
        assertEquals("reason", refused.field());
        assertEquals(SlaIssueStatus.IN_ANALYSIS, issue.getStatus());
    }

    @Test
    void aDeliveredValueOutsideZeroToHundredIsRefusedBeforeAnyViolationIsAskedFor() {
        SlaIssue issue = inAnalysis();
        AtomicInteger asked = new AtomicInteger();

        for (String value : new String[] {"-1", "100.5", "99.12345"}) {
            CloudCareException refused = assertThrows(CloudCareException.class, () -> issue.confirm(
                    new BigDecimal(value), () -> "v" + asked.incrementAndGet(), "selma", AT));
            assertEquals("deliveredValue", refused.field());
        }
        assertThrows(CloudCareException.class, () -> issue.confirm(null, () -> "v" + asked.incrementAndGet(),
                "selma", AT));
        assertEquals(0, asked.get());
        assertEquals(SlaIssueStatus.IN_ANALYSIS, issue.getStatus());
    }

    @Test
    void everyIllegalMoveIsAConflictThatAsksForNoViolationAndChangesNothing() {
        AtomicInteger asked = new AtomicInteger();
        Consumer<SlaIssue> start = issue -> issue.startAnalysis("selma", AT);
        Consumer<SlaIssue> confirm = issue -> issue.confirm(BigDecimal.ONE, () -> "v" + asked.incrementAndGet(),
                "selma", AT);
        Consumer<SlaIssue> reject = issue -> issue.reject("no", "selma", AT);

        illegal(reported(), confirm, SlaIssueStatus.REPORTED);
        illegal(reported(), reject, SlaIssueStatus.REPORTED);
        illegal(inAnalysis(), start, SlaIssueStatus.IN_ANALYSIS);
        for (Consumer<SlaIssue> move : List.of(start, confirm, reject)) {
            illegal(confirmed(), move, SlaIssueStatus.CONFIRMED);
            illegal(rejected(), move, SlaIssueStatus.REJECTED);
        }
        assertEquals(0, asked.get(), "no violation is asked for on an illegal move");
    }

    private static void illegal(SlaIssue issue, Consumer<SlaIssue> move, SlaIssueStatus stays) {
        String violation = issue.getViolationId();
        CloudCareException refused = assertThrows(CloudCareException.class, () -> move.accept(issue));
        assertEquals(ErrorCode.CONFLICT, refused.code());
        assertEquals(stays, issue.getStatus());
        assertEquals(violation, issue.getViolationId());
    }
}
