package org.cloudcare.sla.entity;

import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A run's progress: chunk by chunk in id order, completed once, and another pass only after completion. */
class SlaEvaluationRunTest {

    private static final EvaluationPeriod OCTOBER = EvaluationPeriod.parse("period", "2026-10");
    private static final Instant NOW = Instant.parse("2026-11-01T02:20:00Z");

    @Test
    void onlyAClosedMonthIsRun() {
        assertInvalid("period", () -> SlaEvaluationRun.start(EvaluationPeriod.parse("period", "2026-11"), 5,
                "selma", NOW));
    }

    @Test
    void chunksMoveTheProgressForwardAndTheRunCompletes() {
        SlaEvaluationRun run = SlaEvaluationRun.start(OCTOBER, 5, "sla-evaluation", NOW);
        assertEquals(EvaluationRunState.RUNNING, run.getState());
        assertNull(run.getLastAgreementId());

        run.chunkDone(2, "b");
        run.chunkDone(3, "e");
        run.complete(NOW.plusSeconds(60));

        assertEquals(EvaluationRunState.COMPLETED, run.getState());
        assertEquals(5, run.getAgreementsDone());
        assertEquals(5, run.getAgreementsTotal());
        assertEquals("e", run.getLastAgreementId());
        assertEquals(NOW.plusSeconds(60), run.getCompletedAt().toInstant());
    }

    @Test
    void progressNeverGoesBackSoNoAgreementIsDoneTwiceInAPass() {
        SlaEvaluationRun run = SlaEvaluationRun.start(OCTOBER, 5, "sla-evaluation", NOW);
        run.chunkDone(2, "b");

        assertConflict(() -> run.chunkDone(1, "a"));
        assertConflict(() -> run.chunkDone(1, "b"));
        assertEquals(2, run.getAgreementsDone());
    }

    @Test
    void aRunningRunIsResumedNotRestartedAndACompletedOneGetsAnotherPass() {
        SlaEvaluationRun run = SlaEvaluationRun.start(OCTOBER, 5, "sla-evaluation", NOW);
        run.chunkDone(2, "b");

        assertFalse(run.restart(5, "selma", NOW));
        assertEquals("b", run.getLastAgreementId());

        run.complete(NOW);
        assertConflict(() -> run.complete(NOW));
        assertConflict(() -> run.chunkDone(1, "z"));
        assertTrue(run.restart(6, "selma", NOW.plusSeconds(10)));
        assertEquals(EvaluationRunState.RUNNING, run.getState());
        assertEquals(2, run.getPasses());
        assertEquals(0, run.getAgreementsDone());
        assertEquals(6, run.getAgreementsTotal());
        assertNull(run.getLastAgreementId());
        assertNull(run.getCompletedAt());
    }
}
