package org.cloudcare.sla.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.Predicate;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.catalog.entity.OfferingCategory;
import org.cloudcare.catalog.entity.ThresholdObjective;
import org.cloudcare.catalog.entity.ThresholdStandard;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.Reasons;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.money.Money;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.paging.PagedQuery;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.problem.entity.Interval;
import org.cloudcare.sla.control.SlaEvaluator;
import org.cloudcare.sla.entity.AgreementRisk;
import org.cloudcare.sla.entity.EvaluatedObjective;
import org.cloudcare.sla.entity.EvaluationPeriod;
import org.cloudcare.sla.entity.QualityAnalysis;
import org.cloudcare.sla.entity.QualityAnalysisAuditAction;
import org.cloudcare.sla.entity.QualityDeteriorationFlagged;
import org.cloudcare.sla.entity.QualityTrend;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.SlaEvaluationResult;

/**
 * The provider's SLA view and quality analysis (eTOM 1.2.4.1 Support Customer QoS/SLA Management): agreements at risk
 * in the running month, trend analysis of groups of like offerings, aggregate analysis across customers and SLA types,
 * and the log of analysis runs. Everything is read from the stored evaluation results ({@link SlaEvaluator} is the one
 * place availability is computed); nothing here computes a delivered value a second way.
 * <p>
 * <b>Who.</b> Provider-internal: provider staff read at-risk agreements and the analysis log; the service manager
 * runs analyses. Customers' users and the monitoring account are refused (FORBIDDEN), whatever ids they send.
 * <p>
 * Each analysis run is one transaction: the figures, the logged {@link QualityAnalysis} with the offerings it
 * concerns, and - when a trend deteriorates - an audit line and the outbox event
 * {@value QualityDeteriorationFlagged#TYPE}. Analyses run on demand only (no monthly job yet).
 */
@Stateless
@CheckedInput
public class QualityAnalyses {

    static final int MAX_MONTHS = 24;
    static final int DEFAULT_MONTHS = 6;
    private static final String FROM_RESULTS = " FROM sla_evaluation_result r"
            + " JOIN service_level_agreement a ON a.id = r.agreement_id"
            + " JOIN product_offering o ON o.id = a.product_offering_id";

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    java.time.Clock clock;

    /** One agreement at risk in the running month with its evaluated availability and why. */
    public record AtRisk(ServiceLevelAgreement agreement, SlaEvaluationResult availability, BigDecimal warning,
            AgreementRisk risk) {
    }

    /** A trend analysis run: the group's months, the flags and the log entry. */
    public record Trend(QualityAnalysis analysis, QualityTrend trend, List<QualityTrend.Flag> flags) {
    }

    /** An aggregate analysis run over one month. */
    public record Aggregate(QualityAnalysis analysis, long agreements, long judged, long met, BigDecimal metShare,
            BigDecimal averageDelivered, BigDecimal minDelivered, long violations, List<Money> credits) {
    }

    /**
     * Agreements whose running month, as last evaluated, is at risk by {@link AgreementRisk}: availability below the
     * contractual target or below the offering's warning value, or the month's allowed downtime nearly used. Worst
     * delivered first.
     */
    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Page<AtRisk> agreementsAtRisk(PageRequest page) {
        EvaluationPeriod month = EvaluationPeriod.of(clock.instant());
        List<SlaEvaluationResult> results = em.createQuery("SELECT r FROM SlaEvaluationResult r"
                + " WHERE r.period = :period AND r.objective = :objective"
                + " AND r.periodClosed = FALSE AND r.deliveredValue IS NOT NULL AND r.contractualValue IS NOT NULL",
                SlaEvaluationResult.class).setParameter("period", month.toString())
                .setParameter("objective", EvaluatedObjective.AVAILABILITY).getResultList();
        // the agreements in a query of their own: EclipseLink refuses IN batch fetching (their incident targets) in a
        // query that selects two entities
        Map<String, ServiceLevelAgreement> agreements = results.isEmpty() ? Map.of()
                : em.createQuery("SELECT a FROM ServiceLevelAgreement a WHERE a.id IN :ids",
                        ServiceLevelAgreement.class).setParameter("ids", results.stream()
                                .map(SlaEvaluationResult::getAgreementId).collect(Collectors.toSet()))
                        .getResultStream().collect(Collectors.toMap(ServiceLevelAgreement::getId, a -> a));
        Map<String, BigDecimal> warnings = warnings(agreements.values().stream()
                .map(ServiceLevelAgreement::getProductOfferingId).collect(Collectors.toSet()),
                EvaluatedObjective.AVAILABILITY);
        List<AtRisk> atRisk = new ArrayList<>();
        for (SlaEvaluationResult result : results) {
            ServiceLevelAgreement agreement = agreements.get(result.getAgreementId());
            Interval inForce = SlaEvaluator.windowOf(agreement, month, month.end());
            long monthSeconds = inForce == null ? result.getBasis()
                    : Duration.between(inForce.start(), inForce.end()).toSeconds();
            BigDecimal warning = warnings.get(agreement.getProductOfferingId());
            AgreementRisk risk = new AgreementRisk(result.getContractualValue(), warning, result.getDeliveredValue(),
                    result.getBasis(), monthSeconds);
            if (risk.atRisk()) {
                atRisk.add(new AtRisk(agreement, result, warning, risk));
            }
        }
        atRisk.sort(Comparator.comparing((AtRisk a) -> a.availability().getDeliveredValue())
                .thenComparing(a -> a.agreement().getId()));
        return Page.of(atRisk, page);
    }

    /**
     * Trend analysis of one group of like offerings (one category, optionally one region - the agreements' data
     * location) over the last {@code months} closed months: per month the average and worst delivered value of
     * {@code objective} over the group's agreements, judged by {@link QualityTrend}. Logged; a deterioration also
     * writes an audit line and {@value QualityDeteriorationFlagged#TYPE}.
     */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public Trend analyseSlaTrend(String category, String region, String objective, Integer months) {
        Reasons reasons = new Reasons();
        OfferingCategory group = category(category, true, reasons);
        EvaluatedObjective judged = objective(objective, reasons);
        String where = region(region, reasons);
        int span = months == null ? DEFAULT_MONTHS : months;
        if (span < QualityTrend.DECLINING_MONTHS + 1 || span > MAX_MONTHS) {
            reasons.add("months", "Analyse between " + (QualityTrend.DECLINING_MONTHS + 1) + " and " + MAX_MONTHS
                    + " months.");
        }
        reasons.throwIfAny("The trend analysis was refused.");
        Instant now = clock.instant();
        EvaluationPeriod to = EvaluationPeriod.of(now).previous();
        EvaluationPeriod from = new EvaluationPeriod(to.month().minusMonths(span - 1L));

        Query query = em.createNativeQuery("SELECT r.period, AVG(r.delivered_value), "
                + worst(judged) + "(r.delivered_value), COUNT(*)" + FROM_RESULTS
                + filter("r", group, where) + " AND r.period >= ? AND r.period <= ? AND r.period_closed = TRUE"
                + " AND r.delivered_value IS NOT NULL GROUP BY r.period ORDER BY r.period");
        int next = bind(query, judged, group, where);
        query.setParameter(next, from.toString()).setParameter(next + 1, to.toString());
        List<QualityTrend.Month> series = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            series.add(new QualityTrend.Month((String) cells[0], decimal(cells[1]), decimal(cells[2]),
                    ((Number) cells[3]).longValue()));
        }
        Set<String> offerings = offerings(judged, group, where, from, to);
        QualityTrend trend = new QualityTrend(series, higherIsBetter(judged),
                groupWarning(offerings, judged));
        List<QualityTrend.Flag> flags = trend.flags();
        QualityAnalysis analysis = new QualityAnalysis(QualityAnalysis.Kind.TREND, group, where, judged, from, to,
                offerings, trendFindings(trend, flags), !flags.isEmpty(), callers.current().username(), now);
        em.persist(analysis);
        if (!flags.isEmpty()) {
            audit.recordProviderWide(QualityAnalysisAuditAction.QUALITY_DETERIORATION_FLAGGED, analysis.getId(),
                    group + (where == null ? "" : " in " + where) + " " + judged + " " + flags);
            outbox.publish(QualityDeteriorationFlagged.of(analysis, flags));
        }
        return new Trend(analysis, trend, flags);
    }

    /**
     * Aggregate analysis of one objective in one month across customers: every agreement evaluated for it (optionally
     * of one category and/or one region), how many met it, the average and worst delivered value, the violations and
     * their credits per currency. Logged.
     */
    @RolesAllowed(Roles.CSP_SERVICE_MANAGER)
    public Aggregate analyseSlaAggregate(String category, String region, String objective, String period) {
        Reasons reasons = new Reasons();
        OfferingCategory group = category(category, false, reasons);
        EvaluatedObjective judged = objective(objective, reasons);
        String where = region(region, reasons);
        EvaluationPeriod month = null;
        try {
            month = EvaluationPeriod.parse("period", period);
        } catch (CloudCareException e) {
            reasons.add("period", "Give the period as a month, e.g. 2026-11.");
        }
        reasons.throwIfAny("The aggregate analysis was refused.");

        Query figures = em.createNativeQuery("SELECT COUNT(*),"
                + " SUM(CASE WHEN r.met IS NULL THEN 0 ELSE 1 END), SUM(CASE WHEN r.met THEN 1 ELSE 0 END),"
                + " AVG(r.delivered_value), " + worst(judged) + "(r.delivered_value)" + FROM_RESULTS
                + filter("r", group, where)
                + " AND r.period = ?");
        figures.setParameter(bind(figures, judged, group, where), month.toString());
        Object[] cells = (Object[]) figures.getSingleResult();
        long agreements = number(cells[0]);
        long judgedCount = number(cells[1]);
        long met = number(cells[2]);
        BigDecimal share = judgedCount == 0 ? null : BigDecimal.valueOf(met).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(judgedCount), 2, RoundingMode.HALF_UP);

        Query violations = em.createNativeQuery("SELECT v.credit_currency, COUNT(*), SUM(v.credit_amount)"
                + " FROM sla_violation v JOIN service_level_agreement a ON a.id = v.agreement_id"
                + " JOIN product_offering o ON o.id = a.product_offering_id" + filter("v", group, where)
                + " AND v.period = ? AND v.status <> 'WITHDRAWN' GROUP BY v.credit_currency"
                + " ORDER BY v.credit_currency");
        violations.setParameter(bind(violations, judged, group, where), month.toString());
        long violationCount = 0;
        List<Money> credits = new ArrayList<>();
        for (Object row : violations.getResultList()) {
            Object[] v = (Object[]) row;
            violationCount += number(v[1]);
            if (v[0] != null && v[2] != null) {
                credits.add(Money.of("credits", decimal(v[2]), ((String) v[0]).strip()));
            }
        }
        Set<String> offerings = offerings(judged, group, where, month, month);
        BigDecimal average = scaled(decimal(cells[3]));
        BigDecimal worst = scaled(decimal(cells[4]));
        String findings = agreements + " agreements, " + met + " of " + judgedCount + " met"
                + (share == null ? "" : " (" + share.toPlainString() + " %)") + ", average "
                + plain(average) + ", worst " + plain(worst) + ", " + violationCount + " violations, credits "
                + credits.stream().map(m -> m.getAmount().toPlainString() + " " + m.getCurrency()).toList();
        QualityAnalysis analysis = new QualityAnalysis(QualityAnalysis.Kind.AGGREGATE, group, where, judged, month,
                month, offerings, findings, false, callers.current().username(), clock.instant());
        em.persist(analysis);
        return new Aggregate(analysis, agreements, judgedCount, met, share, average, worst, violationCount,
                credits);
    }

    /** The analysis log, newest first, of all offerings or of one (provider staff). */
    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Page<QualityAnalysis> qualityAnalyses(String productOfferingId, PageRequest page) {
        String offering = productOfferingId == null || productOfferingId.isBlank() ? null : productOfferingId.strip();
        return PagedQuery.page(em, QualityAnalysis.class, (cb, analysis) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (offering != null) {
                conditions.add(cb.equal(analysis.join("productOfferingIds"), offering));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        }, (cb, analysis) -> List.of(cb.desc(analysis.get("runAt")), cb.asc(analysis.get("id"))), page);
    }

    // --- helpers ---

    private static OfferingCategory category(String text, boolean required, Reasons reasons) {
        if (text == null || text.isBlank()) {
            if (required) {
                reasons.add("category", "Name the offering category to analyse (IAAS, PAAS or SAAS).");
            }
            return null;
        }
        try {
            return OfferingCategory.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            reasons.add("category", "The category is one of IAAS, PAAS, SAAS.");
            return null;
        }
    }

    private static EvaluatedObjective objective(String text, Reasons reasons) {
        if (text == null || text.isBlank()) {
            return EvaluatedObjective.AVAILABILITY;
        }
        try {
            return EvaluatedObjective.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            reasons.add("objective", "The objective is one of the evaluated objectives, e.g. AVAILABILITY.");
            return null;
        }
    }

    private static String region(String text, Reasons reasons) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > 40) {
            reasons.add("region", "A region code has at most 40 characters.");
        }
        return text.strip();
    }

    /**
     * The WHERE clause over the rows ({@code alias}: r results, v violations), agreements (a) and offerings (o); its
     * parameters are bound by {@link #bind} in the same order.
     */
    private static String filter(String alias, OfferingCategory category, String region) {
        return " WHERE " + alias + ".objective = ?" + (category == null ? "" : " AND o.category = ?")
                + (region == null ? "" : " AND EXISTS (SELECT 1 FROM sla_agreement_region g"
                        + " WHERE g.agreement_id = a.id AND g.region_code = ?)");
    }

    /** Binds the parameters of {@link #filter} and answers the position of the next one. */
    private static int bind(Query query, EvaluatedObjective objective, OfferingCategory category, String region) {
        int next = 1;
        query.setParameter(next++, objective.name());
        if (category != null) {
            query.setParameter(next++, category.name());
        }
        if (region != null) {
            query.setParameter(next++, region);
        }
        return next;
    }

    private Set<String> offerings(EvaluatedObjective objective, OfferingCategory category, String region,
            EvaluationPeriod from, EvaluationPeriod to) {
        Query query = em.createNativeQuery("SELECT DISTINCT a.product_offering_id" + FROM_RESULTS
                + filter("r", category, region)
                + " AND r.period >= ? AND r.period <= ?");
        int next = bind(query, objective, category, region);
        query.setParameter(next, from.toString()).setParameter(next + 1, to.toString());
        Set<String> ids = new TreeSet<>();
        for (Object id : query.getResultList()) {
            ids.add((String) id);
        }
        return ids;
    }

    /** The availability or response-time warning value of each offering that has one; other objectives have none. */
    private Map<String, BigDecimal> warnings(Set<String> offeringIds, EvaluatedObjective objective) {
        ThresholdObjective standard = switch (objective) {
            case AVAILABILITY -> ThresholdObjective.AVAILABILITY;
            case SERVICE_RESPONSE_TIME -> ThresholdObjective.RESPONSE_TIME;
            default -> null;
        };
        Map<String, BigDecimal> warnings = new HashMap<>();
        if (standard == null || offeringIds.isEmpty()) {
            return warnings;
        }
        for (ThresholdStandard threshold : em.createQuery("SELECT t FROM ThresholdStandard t"
                + " WHERE t.offeringId IN :ids AND t.objective = :objective", ThresholdStandard.class)
                .setParameter("ids", new ArrayList<>(offeringIds)).setParameter("objective", standard)
                .getResultList()) {
            warnings.put(threshold.getOfferingId(), threshold.getWarningValue());
        }
        return warnings;
    }

    /** The strictest warning value among the group's offerings: the group warns as soon as its most demanding one. */
    private BigDecimal groupWarning(Set<String> offeringIds, EvaluatedObjective objective) {
        Comparator<BigDecimal> order = Comparator.naturalOrder();
        return warnings(offeringIds, objective).values().stream()
                .max(higherIsBetter(objective) ? order : order.reversed()).orElse(null);
    }

    private static boolean higherIsBetter(EvaluatedObjective objective) {
        return objective != EvaluatedObjective.SERVICE_RESPONSE_TIME;
    }

    private static String worst(EvaluatedObjective objective) {
        return higherIsBetter(objective) ? "MIN" : "MAX";
    }

    private static String trendFindings(QualityTrend trend, List<QualityTrend.Flag> flags) {
        Set<String> lines = new LinkedHashSet<>();
        for (QualityTrend.Month month : trend.months()) {
            lines.add(month.period() + ": average " + plain(scaled(month.average())) + ", worst "
                    + plain(scaled(month.worst())) + " over " + month.agreements() + " agreements");
        }
        lines.add(trend.warning() == null ? "no threshold standard" : "warning value " + plain(trend.warning()));
        lines.add(flags.isEmpty() ? "no deterioration" : "deterioration flagged: " + flags);
        return String.join("; ", lines);
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }
}
