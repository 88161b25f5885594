package org.cloudcare.api.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.cloudcare.api.catalog.Views.MoneyView;
import org.cloudcare.api.order.OrderReportingGraphQL.OrderCompletionOnTimeView;
import org.cloudcare.api.sla.EvaluationViews.ObjectiveEvaluationView;
import org.cloudcare.api.sla.EvaluationViews.PlannedOutageView;
import org.cloudcare.api.sla.EvaluationViews.ViolationView;
import org.cloudcare.api.sla.SlaIssueGraphQL.IssueStatus;
import org.cloudcare.api.sla.SlaIssueGraphQL.SlaIssueEvidenceView;
import org.cloudcare.api.sla.SlaIssueGraphQL.SlaIssueView;
import org.cloudcare.api.sla.SlaReportGraphQL.SlaReportAgreementView;
import org.cloudcare.api.sla.SlaReportGraphQL.SlaReportView;
import org.junit.jupiter.api.Test;

/** The downloadable SLA report: every section in order, data escaped in HTML, a real PDF. */
class SlaReportDocumentTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-02T08:00:00Z");
    private static final String HOSTILE = "<script>alert('x')</script> & \"quotes\"";

    private static SlaReportView report() {
        ViolationView violation = new ViolationView("v-1", "a-1", "c-1", "s-1", "2026-11",
                EvaluationVocabulary.Objective.AVAILABILITY, EvaluationVocabulary.Unit.PERCENT,
                new BigDecimal("99.9000"), new BigDecimal("99.5833"), new BigDecimal("10.0000"),
                new MoneyView(new BigDecimal("8.90"), "EUR"), EvaluationVocabulary.ViolationState.PENDING_BILLING,
                AT, "selma", null, null, 0);
        ObjectiveEvaluationView availability = new ObjectiveEvaluationView(
                EvaluationVocabulary.Objective.AVAILABILITY, EvaluationVocabulary.Unit.PERCENT,
                new BigDecimal("99.9000"), new BigDecimal("99.5833"), null, 2_592_000, false, violation);
        SlaReportAgreementView agreement = new SlaReportAgreementView("a-1", "s-1", "VM " + HOSTILE, "ACTIVE", true,
                true, List.of(availability), List.of(new MoneyView(new BigDecimal("8.90"), "EUR")));
        PlannedOutageView outage = new PlannedOutageView("o-1", "Patch " + HOSTILE, AT, AT.plusHours(1),
                AT.minusDays(3), "otto", EvaluationVocabulary.OutageState.SCHEDULED, List.of(), List.of("s-1"), null,
                null, null, 0);
        SlaIssueView issue = new SlaIssueView("i-1", "c-1", "a-1", "s-1", "2026-11",
                EvaluationVocabulary.Objective.AVAILABILITY, "Down " + HOSTILE,
                List.of(new SlaIssueEvidenceView("https://example.org/?a=1&b=<2>", "log")), IssueStatus.CONFIRMED,
                "adam", AT, "selma", AT, "selma", AT, new BigDecimal("99.5800"), null, "v-1", 2);
        return new SlaReportView("c-1", "Riverside " + HOSTILE, "2026-11", AT, List.of(agreement),
                List.of(violation), List.of(new MoneyView(new BigDecimal("8.90"), "EUR")), List.of(outage),
                List.of(issue), null, new OrderCompletionOnTimeView("c-1", AT, AT, 2, 1, 1, new BigDecimal("100.00")));
    }

    @Test
    void theHtmlPageEscapesEveryTextThatComesFromData() {
        String html = SlaReportDocument.html(report());

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("b=<2>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        assertTrue(html.contains("https://example.org/?a=1&amp;b=&lt;2&gt;"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
    }

    @Test
    void theDocumentHasEverySectionInOrderWithTheFigures() {
        List<String> headings = SlaReportDocument.blocks(report()).stream().filter(b -> b.level() == 2)
                .map(SlaReportDocument.Block::text).toList();

        assertEquals(List.of("Agreements", "Violations and service credits", "Planned outages", "SLA issues",
                "Trouble tickets", "Order completion on time"), headings);
        String html = SlaReportDocument.html(report());
        assertTrue(html.contains("<td>99.9</td><td>99.5833</td><td>no</td>"), "contractual, delivered, not met");
        assertTrue(html.contains("Total credit: 8.9 EUR"));
        assertTrue(html.contains("delivered 99.58, violation v-1"));
        assertTrue(html.contains("No ticket was received in the month."));
    }

    @Test
    void escapingLeavesPlainTextAlone() {
        assertEquals("Riverside General Hospital 99.9 %", SlaReportDocument.escape(
                "Riverside General Hospital 99.9 %"));
        assertEquals("", SlaReportDocument.escape(null));
    }

    @Test
    void thePdfIsAPdfDocument() {
        byte[] pdf = SlaReportDocument.pdf(report());

        assertTrue(pdf.length > 1000);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    }
}
