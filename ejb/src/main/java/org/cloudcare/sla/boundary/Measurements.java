package org.cloudcare.sla.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.sla.control.MeasurementRows;
import org.cloudcare.sla.control.MeasurementStore;
import org.cloudcare.sla.entity.MeasurementAuditAction;
import org.cloudcare.sla.entity.MeasurementBatch;
import org.cloudcare.sla.entity.MeasurementRow;
import org.cloudcare.sla.entity.MeasurementSet;

/**
 * Measurements made elsewhere, received for the evaluation of the agreements (ITU-T M.3050 customer SLA management:
 * "process measurements made elsewhere"). Only the monitoring system's service account sends them, and it may do
 * nothing else in CloudCare.
 * <p>
 * A batch is all or nothing, in one transaction: a batch with any invalid row is refused with every reason (row and
 * field) and stores nothing. A batch id recorded before is a no-op that says so, with what was stored then - also
 * when two sends of the same new batch race, which the batch table's primary key decides.
 */
@Stateless
@CheckedInput
public class Measurements {

    /** Distinct subscription ids looked up per query. */
    private static final int LOOKUP_CHUNK = 1_000;
    private static final int RACE_ATTEMPTS = 20;
    private static final long RACE_PAUSE_MILLIS = 250;

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    MeasurementStore store;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Records a batch of at most {@value MeasurementRows#MAX_ROWS} rows, or answers the one recorded before. */
    @RolesAllowed(Roles.CSP_MONITORING)
    public MeasurementBatch recordMeasurements(String batchId, List<MeasurementRow> rows) {
        String idFault = MeasurementRows.batchIdFault(batchId);
        if (idFault != null) {
            throw CloudCareException.invalid("batchId", idFault);
        }
        Optional<MeasurementBatch> recorded = store.find(batchId);
        if (recorded.isPresent()) {
            return recorded.get();
        }
        // as stored: both databases keep microseconds, so a resend answers the very same receivedAt
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        MeasurementRows.Checked checked = MeasurementRows.check(rows, now);
        for (int index : unknownSubscriptionRows(rows)) {
            checked.fault("measurements[" + index + "].subscriptionId", "There is no such subscription.");
        }
        checked.throwIfAny();
        MeasurementSet valid = checked.measurements();
        MeasurementBatch batch = new MeasurementBatch(batchId, false, now, callers.current().username(),
                valid.availability().size(), valid.responseTimes().size(), valid.outages().size());
        if (!store.insert(batch, valid)) {
            // a send of the same batch came first: this one stores nothing and answers what that one stored
            context.setRollbackOnly();
            return recordedByTheOtherSend(batchId);
        }
        audit.recordProviderWide(MeasurementAuditAction.MEASUREMENT_BATCH_RECORDED, batchId,
                batch.availabilitySamples() + " availability samples, " + batch.responseTimeSamples()
                        + " response-time samples, " + batch.outageEvents() + " outage events");
        return batch;
    }

    /**
     * The batch a racing send recorded, once it has committed: PostgreSQL answers the loser only after the winner's
     * commit, H2 may give up waiting for the winner's lock earlier. CONFLICT when the other send has not committed
     * after a few seconds (or rolled back): the monitoring system sends the batch again to learn how it ended.
     */
    private MeasurementBatch recordedByTheOtherSend(String batchId) {
        for (int attempt = 0; attempt < RACE_ATTEMPTS; attempt++) {
            Optional<MeasurementBatch> recorded = store.findAfterRace(batchId);
            if (recorded.isPresent()) {
                return recorded.get();
            }
            try {
                Thread.sleep(RACE_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw CloudCareException.conflict("Another send of measurement batch " + batchId + " is being recorded;"
                + " send it again to learn its outcome.");
    }

    /** The positions of rows naming a subscription that does not exist, found with one query per thousand ids. */
    private List<Integer> unknownSubscriptionRows(List<MeasurementRow> rows) {
        if (rows == null || rows.size() > MeasurementRows.MAX_ROWS) {
            return List.of();
        }
        Set<String> named = new LinkedHashSet<>();
        for (MeasurementRow row : rows) {
            if (row != null && row.subscriptionId() != null && !row.subscriptionId().isBlank()) {
                named.add(row.subscriptionId());
            }
        }
        Set<String> known = new HashSet<>();
        List<String> ids = new ArrayList<>(named);
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            known.addAll(em.createQuery("SELECT s.id FROM Subscription s WHERE s.id IN :ids", String.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK)))
                    .getResultList());
        }
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MeasurementRow row = rows.get(i);
            if (row != null && row.subscriptionId() != null && named.contains(row.subscriptionId())
                    && !known.contains(row.subscriptionId())) {
                unknown.add(i);
            }
        }
        return unknown;
    }
}
