package org.cloudcare.sla.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.catalog.entity.IncidentPriority;
import org.cloudcare.catalog.entity.PriceType;
import org.cloudcare.catalog.entity.SlaTerms;
import org.cloudcare.catalog.entity.ProductOfferingPrice;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.Interaction;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.customer.entity.InteractionDirection;
import org.cloudcare.order.control.OrderCompletionFigures;
import org.cloudcare.order.entity.OrderCompletionOnTime;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.money.Money;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.persistence.DatabaseMigration;
import org.cloudcare.platform.persistence.JdbcBatch;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.problem.entity.Interval;
import org.cloudcare.sla.entity.AvailabilityFigure;
import org.cloudcare.sla.entity.EvaluatedObjective;
import org.cloudcare.sla.entity.EvaluationPeriod;
import org.cloudcare.sla.entity.MeasureUnit;
import org.cloudcare.sla.entity.ObjectiveOutcome;
import org.cloudcare.sla.entity.OutageTimeline;
import org.cloudcare.sla.entity.PlannedOutage;
import org.cloudcare.sla.entity.PlannedWindow;
import org.cloudcare.sla.entity.ServiceCredit;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.SlaEvaluationResult;
import org.cloudcare.sla.entity.SlaViolation;
import org.cloudcare.sla.entity.SlaViolationAuditAction;
import org.cloudcare.sla.entity.SlaViolationRecorded;
import org.cloudcare.sla.entity.TicketTargetsKept;
import org.cloudcare.problem.entity.TicketPriority;

/**
 * Evaluates a chunk of agreements for one period in the caller's transaction, set-based: whatever the number of
 * agreements in the chunk, the figures come from a fixed number of aggregate queries (down time merged into runs by
 * the database, response-time percentiles, tickets that missed a deadline per subscription and priority, order
 * completion per customer, the planned outages, the recurring prices), and only the few resulting intervals and
 * counts are combined in Java ({@link AgreementEvaluation}). Nothing is read row by row per sample.
 * <p>
 * Writes: the agreements' result rows of the period are replaced, one per objective something was measured for (an
 * agreement has twelve; in most months two or three have tickets or samples, and a row per agreement and objective
 * would be most of the evaluation's writing); in a closed month every missed objective becomes a
 * {@link SlaViolation}, once (the agreements are locked for the chunk, and the unique key per agreement, period and
 * objective stands behind it); a re-run only revises an existing violation whose values changed. A new or revised
 * violation is audited, sent through the outbox ({@link SlaViolationRecorded}) and written on the customer's history.
 */
@Stateless
@PermitAll
public class SlaEvaluator {

    /**
     * The agreements a run evaluates in one transaction (its unit of progress and resuming), and that one set of
     * queries covers in a read-only assessment. A chunk costs two dozen statements whatever its size, a few of them
     * scans of the agreements' tables: 2,000 keeps a month of 10,000 agreements at 6 chunks, each a second or less.
     */
    static final int CHUNK = 2_000;

    /** Agreements in force at some time between {@code :start} and {@code :end}. */
    private static final String IN_FORCE = "a.startDate < :end AND (a.endedAt IS NULL OR a.endedAt > :start)";

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    CallerContext callers;

    @Inject
    OrderCompletionFigures orderFigures;

    @Inject
    Clock clock;

    /** The ids of the agreements in force at some time of the period before {@code now}, after {@code afterId}. */
    public List<String> agreementIds(EvaluationPeriod period, Instant now, String afterId, int max) {
        TypedQuery<String> query = inForce(em.createQuery("SELECT a.id FROM ServiceLevelAgreement a WHERE "
                + IN_FORCE + (afterId == null ? "" : " AND a.id > :after") + " ORDER BY a.id", String.class), period,
                now);
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** How many agreements a run of the period evaluates. */
    public int countAgreements(EvaluationPeriod period, Instant now) {
        return inForce(em.createQuery("SELECT COUNT(a) FROM ServiceLevelAgreement a WHERE " + IN_FORCE, Long.class),
                period, now).getSingleResult().intValue();
    }

    private static <T> TypedQuery<T> inForce(TypedQuery<T> query, EvaluationPeriod period, Instant now) {
        return query.setParameter("end", Timestamps.at(earliest(period.end(), now)))
                .setParameter("start", Timestamps.at(period.start()));
    }

    private static <T> TypedQuery<T> inChunk(TypedQuery<T> query, String firstId, String lastId,
            EvaluationPeriod period, Instant now) {
        return inForce(query, period, now).setParameter("first", firstId).setParameter("last", lastId);
    }

    /** The window of the period the agreement was in force, up to {@code now}; null when there is none. */
    public static Interval windowOf(ServiceLevelAgreement agreement, EvaluationPeriod period, Instant now) {
        Instant start = latest(period.start(), agreement.getStartDate().toInstant());
        Instant end = earliest(period.end(), now);
        if (agreement.getEndedAt() != null) {
            end = earliest(end, agreement.getEndedAt().toInstant());
        }
        return start.isBefore(end) ? new Interval(start, end) : null;
    }

    /**
     * Evaluates, for the period as of {@code now}, the agreements in force whose ids run from {@code firstId} to
     * {@code lastId} (a run's chunk, or one agreement), locking them for the transaction; answers how many it
     * evaluated. The chunk is named by its bounds, not by a list of ids: the lock, the agreements, and the results
     * and violations stored before are each read by one key range of an index (a list of 2,000 ids made PostgreSQL
     * plan a long IN list and scan the agreements' table whole, query after query).
     */
    public int evaluate(String firstId, String lastId, EvaluationPeriod period, Instant now) {
        // The chunk reads everything before it writes, so its queries need not flush first: EclipseLink otherwise
        // compares every entity of the chunk with its copy before each of the dozen queries (most of the chunk's
        // time with 500 agreements). The caller's pending changes are flushed once, up front.
        em.flush();
        FlushModeType callersMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            return evaluateLocked(firstId, lastId, period, now);
        } finally {
            em.setFlushMode(callersMode);
        }
    }

    private int evaluateLocked(String firstId, String lastId, EvaluationPeriod period, Instant now) {
        // The lock takes the agreements' rows; the agreements themselves are read read-only, since the evaluation
        // never changes one: EclipseLink would otherwise compare each agreement, its terms, tiers, targets and regions
        // with a copy at every flush and at commit (under the evaluation benchmark a third of the chunk's CPU). Each of
        // their collections comes in one query for the whole chunk.
        String chunk = " FROM ServiceLevelAgreement a WHERE a.id BETWEEN :first AND :last AND " + IN_FORCE
                + " ORDER BY a.id";
        inChunk(em.createQuery("SELECT a.id" + chunk, String.class), firstId, lastId, period, now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<ServiceLevelAgreement> agreements = inChunk(em.createQuery("SELECT a" + chunk,
                ServiceLevelAgreement.class), firstId, lastId, period, now)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE).setHint(QueryHints.BATCH_SIZE, CHUNK).getResultList();
        Map<String, AgreementEvaluation.Inputs> figures = inputs(agreements, period, now);
        List<ServiceLevelAgreement> inForce = agreements.stream().filter(a -> figures.containsKey(a.getId()))
                .toList();
        if (inForce.isEmpty()) {
            return 0;
        }
        List<String> subscriptions = inForce.stream().map(ServiceLevelAgreement::getSubscriptionId).toList();
        Map<String, Money> charges = monthlyCharges(inForce, subscriptions, earliest(period.end(), now));

        Sql delete = new Sql();
        delete.update(dataSource, "DELETE FROM sla_evaluation_result WHERE agreement_id BETWEEN "
                + delete.bind(firstId) + " AND " + delete.bind(lastId) + " AND period = "
                + delete.bind(period.toString()));
        Map<String, SlaViolation> existing = new HashMap<>();
        for (SlaViolation violation : em.createQuery("SELECT v FROM SlaViolation v WHERE v.agreementId BETWEEN"
                + " :first AND :last AND v.period = :period", SlaViolation.class).setParameter("first", firstId)
                .setParameter("last", lastId).setParameter("period", period.toString()).getResultList()) {
            existing.put(violationKey(violation.getAgreementId(), violation.getObjective()), violation);
        }
        boolean closed = period.isClosedAt(now);
        Set<String> confirmedByIssues = confirmedByIssues(existing.values());
        List<SlaEvaluationResult> results = new ArrayList<>();
        String actor = callers.current().username();
        for (ServiceLevelAgreement agreement : inForce) {
            AgreementEvaluation.Inputs inputs = figures.get(agreement.getId());
            Interval window = inputs.window();
            for (ObjectiveOutcome outcome : AgreementEvaluation.evaluate(inputs)) {
                if (outcome.isMeasured()) { // the views add the others back (AgreementEvaluation.withUnmeasured)
                    results.add(new SlaEvaluationResult(agreement, period, window, outcome, closed, now));
                }
                if (closed && outcome.isMissed()) {
                    violation(agreement, period, window, outcome, existing, charges.get(agreement.getId()), actor,
                            now);
                } else if (closed) {
                    SlaViolation standing = existing.get(violationKey(agreement.getId(), outcome.objective()));
                    // a violation a service manager confirmed from the customer's evidence stands whatever the
                    // measurements say
                    if (standing != null && !confirmedByIssues.contains(standing.getId())
                            && standing.withdraw("Evaluated again on " + now + ": not missed (" + (outcome
                                    .isMeasured() ? "delivered " + outcome.delivered().toPlainString()
                                    : "nothing measured") + ").", now)) {
                        announce(agreement, standing, SlaViolationAuditAction.SLA_VIOLATION_WITHDRAWN, actor, now);
                    }
                }
            }
        }
        store(results);
        em.flush();
        return inForce.size();
    }

    /**
     * The chunk's result rows, over JDBC in the transaction: they are written once per evaluation and only ever read
     * by query, and as entities they were a third of the chunk's flush.
     */
    private void store(List<SlaEvaluationResult> results) {
        try (Connection connection = dataSource.getConnection()) {
            JdbcBatch.insertAll(connection, "INSERT INTO sla_evaluation_result (id, agreement_id, period, objective,"
                    + " tenant, customer_id, subscription_id, window_start, window_end, unit, contractual_value,"
                    + " delivered_value, target_minutes, basis, met, period_closed, evaluated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", results, (statement, result) -> {
                        statement.setString(1, result.getId());
                        statement.setString(2, result.getAgreementId());
                        statement.setString(3, result.getPeriod());
                        statement.setString(4, result.getObjective().name());
                        statement.setString(5, result.getTenant());
                        statement.setString(6, result.getCustomerId());
                        statement.setString(7, result.getSubscriptionId());
                        statement.setObject(8, result.getWindowStart());
                        statement.setObject(9, result.getWindowEnd());
                        statement.setString(10, result.getUnit().name());
                        statement.setBigDecimal(11, result.getContractualValue());
                        statement.setBigDecimal(12, result.getDeliveredValue());
                        statement.setObject(13, result.getTargetMinutes(), Types.INTEGER);
                        statement.setLong(14, result.getBasis());
                        statement.setObject(15, result.getMet(), Types.BOOLEAN);
                        statement.setBoolean(16, result.isPeriodClosed());
                        statement.setObject(17, result.getEvaluatedAt());
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store evaluation results", e);
        }
    }

    /**
     * What {@link #evaluate} would find for the agreements in the period as of {@code now}, read-only: no lock, no
     * result row, no violation. For views of the running month that must not wait for or disturb an evaluation.
     * Agreements not in force in the period are left out.
     */
    public Map<String, Assessed> assess(List<ServiceLevelAgreement> agreements, EvaluationPeriod period,
            Instant now) {
        Map<String, Assessed> assessed = new HashMap<>();
        for (int from = 0; from < agreements.size(); from += CHUNK) {
            inputs(agreements.subList(from, Math.min(agreements.size(), from + CHUNK)), period, now)
                    .forEach((id, inputs) -> assessed.put(id, new Assessed(inputs.window(),
                            AgreementEvaluation.evaluate(inputs), AgreementEvaluation.availability(inputs))));
        }
        return assessed;
    }

    /** What a read-only assessment of one agreement found: the outcomes and the availability figure behind them. */
    public record Assessed(Interval window, List<ObjectiveOutcome> outcomes, AvailabilityFigure availability) {
    }

    /**
     * The delivered availability of one agreement per UTC day of the period up to {@code now}, read-only: the month's
     * figures are read once (the same set-based queries as {@link #evaluate}) and each day's window is judged by the
     * same {@link AgreementEvaluation#availability}. Days the agreement was not in force are left out.
     */
    public List<AvailabilityFigure> dailyAvailability(ServiceLevelAgreement agreement, EvaluationPeriod period,
            Instant now) {
        AgreementEvaluation.Inputs month = inputs(List.of(agreement), period, now).get(agreement.getId());
        List<AvailabilityFigure> days = new ArrayList<>();
        if (month == null) {
            return days;
        }
        Interval window = month.window();
        for (Instant day = period.start(); day.isBefore(window.end()); day = day.plus(Duration.ofDays(1))) {
            Instant start = latest(day, window.start());
            Instant end = earliest(day.plus(Duration.ofDays(1)), window.end());
            if (start.isBefore(end)) {
                days.add(AgreementEvaluation.availability(month.withWindow(new Interval(start, end))));
            }
        }
        return days;
    }

    /** The inputs of every agreement in force in the period, from one set of queries for all of them. */
    private Map<String, AgreementEvaluation.Inputs> inputs(List<ServiceLevelAgreement> agreements,
            EvaluationPeriod period, Instant now) {
        Map<String, Interval> windows = new HashMap<>();
        for (ServiceLevelAgreement agreement : agreements) {
            Interval window = windowOf(agreement, period, now);
            if (window != null) {
                windows.put(agreement.getId(), window);
            }
        }
        List<ServiceLevelAgreement> inForce = agreements.stream().filter(a -> windows.containsKey(a.getId()))
                .toList();
        Map<String, AgreementEvaluation.Inputs> all = new HashMap<>();
        if (inForce.isEmpty()) {
            return all;
        }
        List<String> agreementIds = inForce.stream().map(ServiceLevelAgreement::getId).toList();
        List<String> subscriptions = inForce.stream().map(ServiceLevelAgreement::getSubscriptionId).toList();
        Instant until = earliest(period.end(), now);
        Interval measured = new Interval(period.start(), until);

        Map<String, List<Interval>> downRuns = downRuns(subscriptions, measured);
        Map<String, List<OutageTimeline.Event>> events = outageEvents(subscriptions, measured);
        Set<String> openBefore = openBefore(subscriptions, period.start());
        List<PlannedOutage> planned = plannedOutages(inForce, measured);
        Map<String, Map<IncidentPriority, TicketTargetsKept>> tickets = tickets(agreementIds, measured);
        Map<String, Object[]> responses = responseTimes(agreementIds, subscriptions, measured);
        Map<String, OrderCompletionOnTime> orders = orderFigures.of(
                inForce.stream().map(ServiceLevelAgreement::getCustomerId).collect(Collectors.toSet()),
                period.start(), until);
        for (ServiceLevelAgreement agreement : inForce) {
            String subscription = agreement.getSubscriptionId();
            Interval window = windows.get(agreement.getId());
            Object[] response = responses.get(agreement.getId());
            all.put(agreement.getId(), new AgreementEvaluation.Inputs(window, agreement.effectiveTerms(),
                    downRuns.getOrDefault(subscription, List.of()),
                    OutageTimeline.outages(window, openBefore.contains(subscription),
                            events.getOrDefault(subscription, List.of())),
                    planned.stream().filter(p -> p.getSubscriptionIds().contains(subscription)
                            || p.getProductOfferingIds().contains(agreement.getProductOfferingId()))
                            .map(PlannedOutage::asPlannedWindow).toList(),
                    tickets.getOrDefault(agreement.getId(), Map.of()),
                    response == null ? 0 : ((Number) response[0]).longValue(),
                    response == null ? null : new BigDecimal(response[1].toString()),
                    orders.get(agreement.getCustomerId())));
        }
        return all;
    }

    /**
     * The violation a confirmed SLA issue stands for (ITU-T Y.3525 10.1.2.2): the objective of a closed month missed
     * with {@code delivered} (what the service manager's analysis found) against the contractual value of the
     * agreement's terms, the credit from its tiers - recorded, audited, published and written on the customer's
     * history exactly as an evaluation records one. When the agreement already has a violation of that objective in
     * the month, that one is answered as it stands (the unique key allows one). VALIDATION names {@code objective}
     * for an objective the terms promise nothing for, {@code period} for a month that has not ended or in which the
     * agreement was not in force, {@code deliveredValue} for a value that meets the contractual one.
     */
    public SlaViolation confirmedViolation(ServiceLevelAgreement agreement, EvaluationPeriod period,
            EvaluatedObjective objective, BigDecimal delivered, Instant now) {
        em.lock(agreement, LockModeType.PESSIMISTIC_WRITE);
        Interval window = windowOf(agreement, period, now);
        if (!period.isClosedAt(now) || window == null) {
            throw CloudCareException.invalid("period", "A violation is recorded for a"
                    + " month that has ended and in which the agreement was in force.");
        }
        // a value that meets the contract is no violation, whatever was recorded before
        ObjectiveOutcome outcome = contractual(agreement, objective, delivered);
        List<SlaViolation> found = em.createQuery("SELECT v FROM SlaViolation v WHERE v.agreementId = :id"
                + " AND v.period = :period AND v.objective = :objective", SlaViolation.class)
                .setParameter("id", agreement.getId()).setParameter("period", period.toString())
                .setParameter("objective", objective).getResultList();
        if (!found.isEmpty() && !found.get(0).isWithdrawn()) {
            return found.get(0);
        }
        Map<String, Money> charges = monthlyCharges(List.of(agreement), List.of(agreement.getSubscriptionId()),
                earliest(period.end(), now));
        // a withdrawn one stands again, with the confirmed value
        Map<String, SlaViolation> existing = new HashMap<>();
        found.forEach(v -> existing.put(violationKey(agreement.getId(), objective), v));
        SlaViolation violation = violation(agreement, period, window, outcome, existing,
                charges.get(agreement.getId()), callers.current().username(), now);
        em.flush();
        return violation;
    }

    /** Delivered against the contractual value the agreement's terms promise for the objective; must be a miss. */
    static ObjectiveOutcome contractual(ServiceLevelAgreement agreement, EvaluatedObjective objective,
            BigDecimal delivered) {
        SlaTerms terms = agreement.effectiveTerms();
        ObjectiveOutcome outcome;
        if (objective == EvaluatedObjective.AVAILABILITY && terms.availabilityPercent() != null) {
            outcome = new ObjectiveOutcome(objective, MeasureUnit.PERCENT,
                    terms.availabilityPercent(), delivered, null, 0, delivered.compareTo(
                            terms.availabilityPercent()) >= 0);
        } else if (objective == EvaluatedObjective.RESPONSE_TIME || objective.priority() != null) {
            outcome = new ObjectiveOutcome(objective, MeasureUnit.PERCENT_WITHIN_TARGET,
                    AgreementEvaluation.HUNDRED, delivered, null, 0, delivered.compareTo(
                            AgreementEvaluation.HUNDRED) >= 0);
        } else {
            throw CloudCareException.invalid("objective", "The agreement promises no"
                    + " value for " + objective + ".");
        }
        if (!outcome.isMissed()) {
            throw CloudCareException.invalid("deliveredValue", "A delivered value of "
                    + delivered.stripTrailingZeros().toPlainString() + " meets the contractual "
                    + outcome.contractual().stripTrailingZeros().toPlainString() + ": reject the issue instead.");
        }
        return outcome;
    }

    private SlaViolation violation(ServiceLevelAgreement agreement, EvaluationPeriod period, Interval window,
            ObjectiveOutcome outcome, Map<String, SlaViolation> existing, Money monthlyCharge, String actor,
            Instant now) {
        boolean availability = outcome.objective() == EvaluatedObjective.AVAILABILITY;
        BigDecimal percent = availability
                ? ServiceCredit.percentFor(agreement.effectiveTerms().serviceCreditTiers(), outcome.delivered())
                : BigDecimal.ZERO;
        Money credit = ServiceCredit.amount(percent, monthlyCharge, window.length(),
                Duration.between(period.start(), period.end()));
        SlaViolation violation = existing.get(violationKey(agreement.getId(), outcome.objective()));
        SlaViolationAuditAction action;
        if (violation == null) {
            violation = SlaViolation.record(agreement, period, outcome, percent, credit, actor, now);
            em.persist(violation);
            action = SlaViolationAuditAction.SLA_VIOLATION_RECORDED;
        } else if (violation.revise(outcome, percent, credit)) {
            action = SlaViolationAuditAction.SLA_VIOLATION_REVISED;
        } else {
            return violation;
        }
        announce(agreement, violation, action, actor, now);
        return violation;
    }

    /** A new, revised or withdrawn violation: audited, through the outbox and on the customer's history. */
    private void announce(ServiceLevelAgreement agreement, SlaViolation violation, SlaViolationAuditAction action,
            String actor, Instant now) {
        String detail = violation.describe() + (violation.isWithdrawn() ? "; withdrawn: "
                + violation.getWithdrawalReason() : "");
        audit.record(action, violation, detail);
        outbox.publish(SlaViolationRecorded.of(violation, action, actor, Timestamps.at(now)));
        Customer customer = em.find(Customer.class, agreement.getCustomerId());
        em.persist(new Interaction(customer, InteractionChannel.PORTAL, InteractionDirection.OUTBOUND,
                switch (action) {
                    case SLA_VIOLATION_RECORDED -> "Service level agreement not met";
                    case SLA_VIOLATION_REVISED -> "Service level agreement violation revised";
                    case SLA_VIOLATION_WITHDRAWN -> "Service level agreement violation withdrawn";
                }, agreement.getName() + ": " + detail, actor, clock).about(SlaViolation.TYPE, violation.getId()));
    }

    /** The key of a violation among those of a chunk: one per agreement and objective in a period. */
    private static String violationKey(String agreementId, EvaluatedObjective objective) {
        return agreementId + "/" + objective;
    }

    /** Of the violations, those a confirmed SLA issue stands behind. */
    private Set<String> confirmedByIssues(Collection<SlaViolation> violations) {
        if (violations.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT i.violationId FROM SlaIssue i WHERE i.violationId IN :ids",
                String.class).setParameter("ids", violations.stream().map(SlaViolation::getId).toList())
                .getResultList());
    }

    // --- the set-based reads ---

    /**
     * The down samples of each subscription in the window, merged by the database into runs of overlapping or
     * touching samples (gaps and islands over the down samples only): a month of one-minute samples with one
     * outage comes back as one row.
     */
    private Map<String, List<Interval>> downRuns(List<String> subscriptions, Interval window) {
        Sql sql = new Sql();
        String start = sql.bind(Timestamps.at(window.start()));
        String end = sql.bind(Timestamps.at(window.end()));
        String start2 = sql.bind(Timestamps.at(window.start()));
        String end2 = sql.bind(Timestamps.at(window.end()));
        String start3 = sql.bind(Timestamps.at(window.start()));
        String end3 = sql.bind(Timestamps.at(window.end()));
        String in = sql.array(subscriptions);
        String end4 = sql.bind(Timestamps.at(window.end()));
        String start4 = sql.bind(Timestamps.at(window.start()));
        List<Object[]> rows = sql.rows(dataSource, "SELECT subscription_id, MIN(s), MAX(e) FROM ("
                + "SELECT subscription_id, s, e, SUM(fresh) OVER (PARTITION BY subscription_id ORDER BY s, e"
                + " ROWS UNBOUNDED PRECEDING) AS run FROM ("
                + "SELECT subscription_id, GREATEST(interval_start, " + start + ") AS s,"
                + " LEAST(interval_end, " + end + ") AS e,"
                + " CASE WHEN GREATEST(interval_start, " + start2 + ") <= MAX(LEAST(interval_end, " + end2 + "))"
                + " OVER (PARTITION BY subscription_id ORDER BY GREATEST(interval_start, " + start3 + "),"
                + " LEAST(interval_end, " + end3 + ") ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)"
                + " THEN 0 ELSE 1 END AS fresh"
                + " FROM sla_availability_sample WHERE available = FALSE AND subscription_id = ANY(" + in + ")"
                + " AND interval_start < " + end4 + " AND interval_end > " + start4 + ") d) r"
                + " GROUP BY subscription_id, run");
        Map<String, List<Interval>> runs = new HashMap<>();
        for (Object[] c : rows) {
            runs.computeIfAbsent((String) c[0], s -> new ArrayList<>()).add(new Interval(instant(c[1]),
                    instant(c[2])));
        }
        return runs;
    }

    /** The outage events of the subscriptions in the window (few: an outage is two rows). */
    private Map<String, List<OutageTimeline.Event>> outageEvents(List<String> subscriptions, Interval window) {
        Sql sql = new Sql();
        List<Object[]> rows = sql.rows(dataSource, "SELECT subscription_id, kind, occurred_at FROM sla_outage_event"
                + " WHERE subscription_id = ANY(" + sql.array(subscriptions) + ") AND occurred_at >= "
                + sql.bind(Timestamps.at(window.start())) + " AND occurred_at < " + sql.bind(Timestamps.at(
                        window.end())));
        Map<String, List<OutageTimeline.Event>> events = new HashMap<>();
        for (Object[] c : rows) {
            events.computeIfAbsent((String) c[0], s -> new ArrayList<>())
                    .add(new OutageTimeline.Event("START".equals(c[1]), instant(c[2])));
        }
        return events;
    }

    /** The subscriptions whose last outage event before {@code start} opened an outage. */
    private Set<String> openBefore(List<String> subscriptions, Instant start) {
        Sql sql = new Sql();
        String in = sql.array(subscriptions);
        String before = sql.bind(Timestamps.at(start));
        List<Object[]> rows = sql.rows(dataSource, "SELECT e.subscription_id, MIN(e.kind) FROM sla_outage_event e"
                + " WHERE e.subscription_id = ANY(" + in + ") AND e.occurred_at = (SELECT MAX(x.occurred_at)"
                + " FROM sla_outage_event x WHERE x.subscription_id = e.subscription_id AND x.occurred_at < "
                + before + ") GROUP BY e.subscription_id");
        // MIN(kind): of a START and an END at the same moment, END wins - the outage is closed
        Set<String> open = new java.util.HashSet<>();
        for (Object[] c : rows) {
            if ("START".equals(c[1])) {
                open.add((String) c[0]);
            }
        }
        return open;
    }

    private List<PlannedOutage> plannedOutages(List<ServiceLevelAgreement> agreements, Interval window) {
        Set<String> subscriptions = agreements.stream().map(ServiceLevelAgreement::getSubscriptionId)
                .collect(Collectors.toSet());
        Set<String> offerings = agreements.stream().map(ServiceLevelAgreement::getProductOfferingId)
                .collect(Collectors.toSet());
        return em.createQuery("SELECT DISTINCT o FROM PlannedOutage o WHERE o.windowStart < :end"
                + " AND o.windowEnd > :start AND (EXISTS (SELECT s FROM PlannedOutage x JOIN x.subscriptionIds s"
                + " WHERE x = o AND s IN :subscriptions) OR EXISTS (SELECT f FROM PlannedOutage y"
                + " JOIN y.productOfferingIds f WHERE y = o AND f IN :offerings))", PlannedOutage.class)
                .setParameter("start", Timestamps.at(window.start())).setParameter("end", Timestamps.at(window.end()))
                .setParameter("subscriptions", subscriptions).setParameter("offerings", offerings).getResultList();
    }

    /**
     * Per agreement and priority: tickets received while it was in force, and those whose response or repair deadline
     * the problem area's escalation job escalated (its deadline rules are not computed again here). Tickets rejected
     * at reception are not counted: the provider never worked them.
     */
    private Map<String, Map<IncidentPriority, TicketTargetsKept>> tickets(List<String> agreementIds,
            Interval window) {
        Sql sql = new Sql();
        String in = sql.array(agreementIds);
        String from = sql.bind(Timestamps.at(window.start()));
        String to = sql.bind(Timestamps.at(window.end()));
        List<Object[]> rows = sql.rows(dataSource, "SELECT a.id, t.target_priority, COUNT(*),"
                + " SUM(CASE WHEN EXISTS (SELECT 1 FROM trouble_ticket_escalation e WHERE e.ticket_id = t.id"
                + " AND e.deadline_kind = 'RESPONSE') THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN t.kind = 'INCIDENT' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN t.kind = 'INCIDENT' AND EXISTS (SELECT 1 FROM trouble_ticket_escalation e"
                + " WHERE e.ticket_id = t.id AND e.deadline_kind = 'REPAIR') THEN 1 ELSE 0 END)"
                + " FROM trouble_ticket t JOIN service_level_agreement a ON a.subscription_id = t.subscription_id"
                + " WHERE a.id = ANY(" + in + ") AND t.received_at >= " + from + " AND t.received_at < " + to
                + " AND t.received_at >= a.start_date AND (a.ended_at IS NULL OR t.received_at < a.ended_at)"
                + " AND t.status <> 'REJECTED' GROUP BY a.id, t.target_priority");
        Map<String, Map<IncidentPriority, TicketTargetsKept>> kept = new HashMap<>();
        for (Object[] c : rows) {
            IncidentPriority priority = IncidentPriority.valueOf(TicketPriority.valueOf((String) c[1]).name());
            kept.computeIfAbsent((String) c[0], a -> new EnumMap<>(IncidentPriority.class)).put(priority,
                    new TicketTargetsKept(count(c[2]), count(c[3]), count(c[4]), count(c[5])));
        }
        return kept;
    }

    /** Per agreement: how many response-time samples while it was in force, and their 95th percentile. */
    private Map<String, Object[]> responseTimes(List<String> agreementIds, List<String> subscriptions,
            Interval window) {
        Sql sql = new Sql();
        String in = sql.array(agreementIds);
        // the samples named by subscription too, so that the database starts from the chunk's subscriptions (their
        // index) rather than from every sample of the month
        String inSubscriptions = sql.array(subscriptions);
        String from = sql.bind(Timestamps.at(window.start()));
        String to = sql.bind(Timestamps.at(window.end()));
        List<Object[]> rows = sql.rows(dataSource, "SELECT a.id, COUNT(*), PERCENTILE_CONT(0.95) WITHIN GROUP"
                + " (ORDER BY r.milliseconds) FROM sla_response_time_sample r JOIN service_level_agreement a"
                + " ON a.subscription_id = r.subscription_id WHERE a.id = ANY(" + in + ") AND r.subscription_id = ANY("
                + inSubscriptions + ") AND r.measured_at >= " + from
                + " AND r.measured_at < " + to + " AND r.measured_at >= a.start_date"
                + " AND (a.ended_at IS NULL OR r.measured_at < a.ended_at) GROUP BY a.id");
        Map<String, Object[]> figures = new HashMap<>();
        for (Object[] c : rows) {
            figures.put((String) c[0], new Object[] {c[1], c[2]});
        }
        return figures;
    }

    /**
     * Per agreement: the subscription's monthly recurring charge at the end of the window - the offering's recurring
     * prices valid then times the quantity; missing when the offering has no recurring price. Prices in several
     * currencies: the first currency's (an offering is priced in one).
     */
    private Map<String, Money> monthlyCharges(List<ServiceLevelAgreement> agreements, List<String> subscriptionIds,
            Instant until) {
        Map<String, Integer> quantities = new HashMap<>();
        Sql sql = new Sql();
        for (Object[] c : sql.rows(dataSource, "SELECT id, quantity FROM subscription WHERE id = ANY("
                + sql.array(subscriptionIds) + ")")) {
            quantities.put((String) c[0], ((Number) c[1]).intValue());
        }
        Set<String> offerings = agreements.stream().map(ServiceLevelAgreement::getProductOfferingId)
                .collect(Collectors.toSet());
        OffsetDateTime at = Timestamps.at(until.minusSeconds(1));
        Map<String, TreeMap<String, BigDecimal>> perOffering = new HashMap<>();
        for (ProductOfferingPrice price : em.createQuery("SELECT p FROM ProductOfferingPrice p"
                + " WHERE p.offeringId IN :ids AND p.priceType = :recurring", ProductOfferingPrice.class)
                .setParameter("ids", offerings).setParameter("recurring", PriceType.RECURRING).getResultList()) {
            if (price.isValidAt(at)) {
                perOffering.computeIfAbsent(price.getOfferingId(), o -> new TreeMap<>())
                        .merge(price.getPrice().getCurrency(), price.getPrice().getAmount(), BigDecimal::add);
            }
        }
        Map<String, Money> charges = new HashMap<>();
        for (ServiceLevelAgreement agreement : agreements) {
            TreeMap<String, BigDecimal> prices = perOffering.get(agreement.getProductOfferingId());
            Integer quantity = quantities.get(agreement.getSubscriptionId());
            if (prices != null && quantity != null) {
                Map.Entry<String, BigDecimal> first = prices.firstEntry();
                charges.put(agreement.getId(), Money.of("monthlyCharge",
                        first.getValue().multiply(BigDecimal.valueOf(quantity)), first.getKey()));
            }
        }
        return charges;
    }

    // --- helpers ---

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime moment) {
            return moment.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Not a moment: " + (value == null ? null : value.getClass()));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * A native statement run over JDBC on the transaction's connection (the container hands it out again), its
     * positional parameters numbered as they are bound. Not through EclipseLink: it matched each of a query's
     * parameters against all the others, and a chunk's IN lists carried a thousand of them (a fifth of an
     * evaluation's time then; the chunk's ids now go as one array).
     */
    private static final class Sql {

        private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

        private final List<Object> values = new ArrayList<>();

        String bind(Object value) {
            values.add(value);
            return "?" + values.size();
        }

        /**
         * The ids as one array parameter, for {@code column = ANY(...)}: a list of 2,000 parameters took PostgreSQL
         * a third of the query's time to plan, chunk after chunk, and the driver as long again to bind.
         */
        String array(Collection<String> ids) {
            return bind(ids.toArray(String[]::new));
        }

        void update(DataSource dataSource, String text) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = prepare(connection, text)) {
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Evaluation statement failed", e);
            }
        }

        private PreparedStatement prepare(Connection connection, String text) throws SQLException {
            Matcher numbered = NUMBERED.matcher(text);
            StringBuilder jdbc = new StringBuilder();
            List<Object> ordered = new ArrayList<>();
            while (numbered.find()) {
                ordered.add(values.get(Integer.parseInt(numbered.group(1)) - 1));
                numbered.appendReplacement(jdbc, "?");
            }
            numbered.appendTail(jdbc);
            PreparedStatement statement = connection.prepareStatement(jdbc.toString());
            for (int i = 0; i < ordered.size(); i++) {
                statement.setObject(i + 1, ordered.get(i));
            }
            return statement;
        }

        List<Object[]> rows(DataSource dataSource, String text) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = prepare(connection, text)) {
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        Object[] row = new Object[columns];
                        for (int c = 0; c < columns; c++) {
                            row[c] = result.getObject(c + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("Evaluation query failed", e);
            }
        }
    }
}
