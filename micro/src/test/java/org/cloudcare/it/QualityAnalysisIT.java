package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cloudcare.it.support.InTransaction;
import org.cloudcare.it.support.OldAgreements;
import org.cloudcare.it.support.ServiceManager;
import org.cloudcare.sla.boundary.QualityAnalyses;
import org.cloudcare.sla.entity.EvaluationPeriod;
import org.cloudcare.sla.entity.QualityTrend;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Trend analysis on a real server and database (its SQL on H2): a virtual machine agreement keeping its data in a
 * region of its own, with availability falling four closed months in a row, is flagged as deteriorating - the analysis
 * is logged with the offering, with one provider-wide audit line and one {@code sla.quality-deterioration-flagged}
 * event; the same group one month earlier, before the fall, is not flagged.
 */
@ExtendWith(ArquillianExtension.class)
class QualityAnalysisIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/cloudcare.war"))
                .addClasses(QualityAnalysisIT.class, InTransaction.class, OldAgreements.class, ServiceManager.class)
                .addAsWebInfResource("run-as-glassfish-web.xml", "glassfish-web.xml");
    }

    @Inject
    InTransaction tx;

    @Inject
    ServiceManager serviceManager;

    @Inject
    QualityAnalyses analyses;

    /** A result row of the agreement for a closed month, as the evaluation stores it. */
    private void result(String agreementId, EvaluationPeriod period, String delivered) {
        tx.apply(em -> em.createNativeQuery("INSERT INTO sla_evaluation_result (id, agreement_id, period, objective,"
                + " tenant, customer_id, subscription_id, window_start, window_end, unit, contractual_value,"
                + " delivered_value, basis, met, period_closed, evaluated_at) SELECT ?1, a.id, ?2, 'AVAILABILITY',"
                + " a.tenant, a.customer_id, a.subscription_id, ?3, ?4, 'PERCENT', 99.9, ?5, 2592000, ?6, TRUE, ?4"
                + " FROM service_level_agreement a WHERE a.id = ?7")
                .setParameter(1, agreementId + "/" + period + "/AVAILABILITY").setParameter(2, period.toString())
                .setParameter(3, period.start().atOffset(ZoneOffset.UTC))
                .setParameter(4, period.end().atOffset(ZoneOffset.UTC))
                .setParameter(5, new BigDecimal(delivered))
                .setParameter(6, new BigDecimal(delivered).compareTo(new BigDecimal("99.9")) >= 0)
                .setParameter(7, agreementId).executeUpdate());
    }

    private long count(String jpql, String id) {
        return tx.apply(em -> em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult());
    }

    @Test
    void fourMonthsOfFallingAvailabilityAreFlaggedLoggedAuditedAndPublishedOnce() {
        Instant started = OffsetDateTime.now(ZoneOffset.UTC).minusYears(2).toInstant();
        String agreementId = tx.apply(em -> OldAgreements.startedAt(em, "vm-standard", 1, started));
        String region = "it-" + UUID.randomUUID().toString().substring(0, 8);
        tx.apply(em -> em.createNativeQuery("INSERT INTO sla_agreement_region (agreement_id, region_code)"
                + " VALUES (?1, ?2)").setParameter(1, agreementId).setParameter(2, region).executeUpdate());
        EvaluationPeriod month = EvaluationPeriod.of(Instant.now());
        List<String> falling = List.of("99.99", "99.98", "99.97", "99.95", "99.93");
        for (int back = 5; back >= 1; back--) {
            EvaluationPeriod period = new EvaluationPeriod(month.month().minusMonths(back));
            result(agreementId, period, falling.get(5 - back));
        }

        QualityAnalyses.Trend trend = serviceManager.call(() -> analyses.analyseSlaTrend("IAAS", region,
                "AVAILABILITY", 6));

        assertEquals(5, trend.trend().months().size(), trend.trend().toString());
        assertEquals(new BigDecimal("99.93"), trend.trend().months().get(4).average().setScale(2));
        assertTrue(trend.flags().contains(QualityTrend.Flag.CONSECUTIVE_DECLINE), trend.flags().toString());
        String analysisId = trend.analysis().getId();
        assertTrue(trend.analysis().isDeteriorationFlagged());
        String offering = tx.apply(em -> (String) em.createNativeQuery("SELECT product_offering_id FROM"
                + " service_level_agreement WHERE id = ?1").setParameter(1, agreementId).getSingleResult());
        assertEquals(java.util.Set.of(offering), trend.analysis().getProductOfferingIds());
        assertEquals(1, count("SELECT COUNT(e) FROM OutboxEntry e WHERE e.aggregateId = :id"
                + " AND e.type = 'sla.quality-deterioration-flagged'", analysisId), "one outbox event");
        assertEquals(1, count("SELECT COUNT(a) FROM AuditEntry a WHERE a.entityId = :id", analysisId),
                "one audit line");
        assertEquals(1, serviceManager.call(() -> analyses.qualityAnalyses(offering,
                org.cloudcare.platform.paging.PageRequest.of(100, null))).items().stream()
                .filter(a -> a.getId().equals(analysisId)).count(), "logged with the offering");

        QualityAnalyses.Aggregate aggregate = serviceManager.call(() -> analyses.analyseSlaAggregate("IAAS", region,
                null, month.previous().toString()));
        assertEquals(1, aggregate.agreements());
        assertEquals(1, aggregate.met(), "99.93 % keeps the 99.9 % target");
        assertEquals(new BigDecimal("100.00"), aggregate.metShare());
        assertEquals(new BigDecimal("99.9300"), aggregate.minDelivered());
        assertEquals(0, count("SELECT COUNT(a) FROM AuditEntry a WHERE a.entityId = :id",
                aggregate.analysis().getId()), "an aggregate flags nothing");
    }
}
