package org.cloudcare.sla.control;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.cloudcare.platform.claim.Lease;
import org.cloudcare.platform.claim.Leases;
import org.cloudcare.platform.security.JobIdentity;
import org.cloudcare.sla.entity.EvaluationPeriod;
import org.cloudcare.sla.entity.EvaluationRunState;
import org.cloudcare.sla.entity.SlaEvaluationRun;

/**
 * Runs the evaluation of a closed month once across instances: whoever takes the period's lease
 * ({@code sla-evaluation:yyyy-MM}, {@link Leases}) starts or resumes the run and works through the agreements chunk by
 * chunk ({@link SlaEvaluationRuns}, a transaction each), renewing the lease between chunks; anybody else gets the run
 * as it stands. If the instance dies, the lease runs out and the next attempt resumes after the last chunk done. The
 * lease is released, never completed: the run's state says whether the month is done, and a later pass may be asked
 * for.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaEvaluationRunner {

    static final Duration LEASE = Duration.ofMinutes(10);
    /** Chunks evaluated at a time. */
    static final int LANES = 2;

    @Inject
    Leases leases;

    @Inject
    SlaEvaluationRuns runs;

    public static String leaseKey(EvaluationPeriod period) {
        return "sla-evaluation:" + period;
    }

    /** Runs (or resumes) the month to the end; {@code again} starts another pass over a completed one. */
    public SlaEvaluationRun run(EvaluationPeriod period, boolean again) {
        return run(period, again, SlaEvaluator.CHUNK, Integer.MAX_VALUE);
    }

    /**
     * As {@link #run(EvaluationPeriod, boolean)}, in chunks of {@code chunkSize} agreements and stopping after
     * {@code maxChunks} of them (a run cut short resumes on the next call). {@link #LANES} chunks are evaluated at a
     * time, each in its own transaction, so that the database works on one while CloudCare works on the other; a
     * chunk is recorded done once it and every chunk before it committed.
     */
    public SlaEvaluationRun run(EvaluationPeriod period, boolean again, int chunkSize, int maxChunks) {
        Optional<Lease> lease = leases.tryAcquire(leaseKey(period), LEASE);
        if (lease.isEmpty()) {
            return runs.find(period);
        }
        try {
            SlaEvaluationRun run = runs.begin(period, again);
            if (run.getState() != EvaluationRunState.RUNNING) {
                return run;
            }
            String job = JobIdentity.currentJob();
            Deque<Chunk> evaluating = new ArrayDeque<>();
            String after = run.getLastAgreementId();
            boolean leaseHeld = true;
            int chunks = 0;
            boolean more = true;
            while (leaseHeld && chunks < maxChunks && (more || !evaluating.isEmpty())) {
                if (more && evaluating.size() < LANES) {
                    List<String> ids = runs.nextAgreements(period, after, chunkSize);
                    more = !ids.isEmpty();
                    if (more) {
                        after = ids.get(ids.size() - 1);
                        evaluating.add(new Chunk(ids, runs.evaluate(period, ids, job)));
                        chunks++;
                    }
                    continue;
                }
                run = done(period, evaluating.poll());
                // taken over: the other holder goes on from the last chunk recorded
                leaseHeld = leases.renew(lease.get(), LEASE);
            }
            while (!evaluating.isEmpty()) {
                run = done(period, evaluating.poll());
            }
            return leaseHeld && !more ? runs.completeWhenDone(period) : runs.find(period);
        } finally {
            leases.release(lease.get());
        }
    }

    /** Waits for the chunk and records it done; a chunk that failed stops the run (it resumes before it). */
    private SlaEvaluationRun done(EvaluationPeriod period, Chunk chunk) {
        try {
            chunk.evaluated().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Evaluation of " + period + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Evaluation of " + period + " failed at a chunk from "
                    + chunk.ids().get(0), e.getCause());
        }
        return runs.chunkDone(period, chunk.ids());
    }

    /** A chunk of agreements being evaluated. */
    private record Chunk(List<String> ids, Future<Integer> evaluated) {
    }
}
