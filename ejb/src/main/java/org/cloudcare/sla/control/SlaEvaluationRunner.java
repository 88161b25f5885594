package org.cloudcare.sla.control;

import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.cloudcare.platform.claim.Lease;
import org.cloudcare.platform.claim.Leases;
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
     * {@code maxChunks} of them (a run cut short resumes on the next call).
     */
    public SlaEvaluationRun run(EvaluationPeriod period, boolean again, int chunkSize, int maxChunks) {
        Optional<Lease> lease = leases.tryAcquire(leaseKey(period), LEASE);
        if (lease.isEmpty()) {
            return runs.find(period);
        }
        try {
            SlaEvaluationRun run = runs.begin(period, again);
            for (int chunk = 0; chunk < maxChunks && run.getState() == EvaluationRunState.RUNNING; chunk++) {
                run = runs.nextChunk(period, chunkSize);
                if (!leases.renew(lease.get(), LEASE)) {
                    break; // taken over: the other holder goes on from the last chunk recorded
                }
            }
            return run;
        } finally {
            leases.release(lease.get());
        }
    }
}
