package org.cloudcare.api.sla;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.cloudcare.api.catalog.Views.MoneyView;
import org.cloudcare.api.sla.EvaluationViews.ObjectiveEvaluationView;
import org.cloudcare.api.sla.EvaluationViews.PlannedOutageView;
import org.cloudcare.api.sla.SlaIssueGraphQL.SlaIssueView;
import org.cloudcare.api.sla.SlaReportGraphQL.SlaReportAgreementView;
import org.cloudcare.api.sla.SlaReportGraphQL.SlaReportView;

/**
 * The SLA report as a document to download: the very view GraphQL answers ({@link SlaReportView}), as JSON (its
 * record components, the same names as the GraphQL fields), or as a printable HTML page or PDF of the same blocks. Every text that comes from
 * data - names, descriptions, reasons, links - is escaped: the page shows what customers and staff typed, never runs
 * it.
 */
final class SlaReportDocument {

    private static volatile Jsonb jsonb;

    private SlaReportDocument() {
    }

    static String json(SlaReportView report) {
        Jsonb held = jsonb;
        if (held == null) {
            held = JsonbBuilder.create();
            jsonb = held;
        }
        return held.toJson(report);
    }

    /** One piece of the document: a heading (level 1-3), a paragraph, or a table with its head row. */
    record Block(int level, String text, List<String> head, List<List<String>> rows) {

        static Block heading(int level, String text) {
            return new Block(level, text, null, null);
        }

        static Block paragraph(String text) {
            return new Block(0, text, null, null);
        }

        static Block table(List<String> head, List<List<String>> rows) {
            return new Block(0, null, head, rows);
        }

        boolean isTable() {
            return head != null;
        }
    }

    /** The document's content in reading order, whatever the format. */
    static List<Block> blocks(SlaReportView report) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading(1, title(report)));
        blocks.add(Block.paragraph("Customer " + report.customerId() + ", month " + report.period()
                + " (UTC), generated " + report.generatedAt() + "."));
        blocks.add(Block.heading(2, "Agreements"));
        if (report.agreements().isEmpty()) {
            blocks.add(Block.paragraph("No agreement was in force in the month."));
        }
        for (SlaReportAgreementView agreement : report.agreements()) {
            blocks.add(Block.heading(3, agreement.name()));
            blocks.add(Block.paragraph("Agreement " + agreement.agreementId() + ", subscription "
                    + agreement.subscriptionId() + ", " + agreement.status() + (agreement.evaluated()
                            ? (Boolean.TRUE.equals(agreement.finalResult()) ? ", final." : ", provisional.")
                            : ", not evaluated for this month yet.")));
            if (!agreement.objectives().isEmpty()) {
                blocks.add(Block.table(List.of("Objective", "Unit", "Contractual", "Delivered", "Met"),
                        agreement.objectives().stream().map(o -> List.of(String.valueOf(o.objective()),
                                String.valueOf(o.unit()), number(o.contractual()), number(o.delivered()),
                                met(o))).toList()));
            }
        }
        blocks.add(Block.heading(2, "Violations and service credits"));
        if (report.violations().isEmpty()) {
            blocks.add(Block.paragraph("No violation was recorded for the month."));
        } else {
            blocks.add(Block.table(List.of("Agreement", "Objective", "Contractual", "Delivered", "Credit %",
                    "Credit"), report.violations().stream().map(v -> List.of(v.agreementId(),
                            String.valueOf(v.objective()), number(v.contractualValue()), number(v.deliveredValue()),
                            number(v.creditPercent()), v.status() == EvaluationVocabulary.ViolationState.WITHDRAWN
                                    ? "withdrawn" : money(v.credit()))).toList()));
        }
        blocks.add(Block.paragraph("Total credit: " + (report.creditTotals().isEmpty() ? "none"
                : report.creditTotals().stream().map(SlaReportDocument::money).collect(Collectors.joining(", ")))));
        blocks.add(Block.heading(2, "Planned outages"));
        if (report.plannedOutages().isEmpty()) {
            blocks.add(Block.paragraph("None touched the customer's subscriptions."));
        } else {
            blocks.add(Block.table(List.of("Window start", "Window end", "Announced", "Status", "Description"),
                    report.plannedOutages().stream().map(SlaReportDocument::outage).toList()));
        }
        blocks.add(Block.heading(2, "SLA issues"));
        if (report.issues().isEmpty()) {
            blocks.add(Block.paragraph("No SLA issue was reported for the month."));
        } else {
            blocks.add(Block.table(List.of("Reported", "By", "Objective", "Description", "Evidence", "Status",
                    "Outcome"), report.issues().stream().map(SlaReportDocument::issue).toList()));
        }
        blocks.add(Block.heading(2, "Trouble tickets"));
        if (report.tickets() == null) {
            blocks.add(Block.paragraph("No ticket was received in the month."));
        } else {
            blocks.add(Block.table(List.of("Received", "Acknowledged", "Within response target %", "Repaired",
                    "Within repair target %", "Mean minutes to repair"), List.of(List.of(
                            String.valueOf(report.tickets().tickets()), String.valueOf(report.tickets().acknowledged()),
                            number(report.tickets().percentAcknowledgedWithinTarget()),
                            String.valueOf(report.tickets().repaired()),
                            number(report.tickets().percentRepairedWithinTarget()),
                            number(report.tickets().meanMinutesToRepair())))));
        }
        blocks.add(Block.heading(2, "Order completion on time"));
        blocks.add(Block.table(List.of("Completed orders", "With a requested date", "Completed on time", "On time %"),
                List.of(List.of(String.valueOf(report.orderCompletionOnTime().completedOrders()),
                        String.valueOf(report.orderCompletionOnTime().ordersWithRequestedDate()),
                        String.valueOf(report.orderCompletionOnTime().completedOnTime()),
                        number(report.orderCompletionOnTime().percentOnTime())))));
        return blocks;
    }

    static String html(SlaReportView report) {
        StringBuilder page = new StringBuilder(8192);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title(report))).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/css/sla-report.css\">\n</head>\n<body>\n");
        for (Block block : blocks(report)) {
            if (block.isTable()) {
                page.append("<table>\n<thead><tr>");
                block.head().forEach(h -> page.append("<th>").append(escape(h)).append("</th>"));
                page.append("</tr></thead>\n<tbody>\n");
                for (List<String> row : block.rows()) {
                    page.append("<tr>");
                    row.forEach(cell -> page.append("<td>").append(escape(cell)).append("</td>"));
                    page.append("</tr>\n");
                }
                page.append("</tbody>\n</table>\n");
            } else if (block.level() > 0) {
                page.append("<h").append(block.level()).append('>').append(escape(block.text())).append("</h")
                        .append(block.level()).append(">\n");
            } else {
                page.append("<p>").append(escape(block.text())).append("</p>\n");
            }
        }
        return page.append("</body>\n</html>\n").toString();
    }

    /** The same blocks as a PDF (A4 landscape, the standard Helvetica fonts). */
    static byte[] pdf(SlaReportView report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(title(report));
        document.open();
        Font[] headings = {null, new Font(Font.HELVETICA, 16, Font.BOLD), new Font(Font.HELVETICA, 13, Font.BOLD),
                new Font(Font.HELVETICA, 11, Font.BOLD)};
        Font body = new Font(Font.HELVETICA, 9);
        Font head = new Font(Font.HELVETICA, 9, Font.BOLD);
        for (Block block : blocks(report)) {
            if (block.isTable()) {
                PdfPTable table = new PdfPTable(block.head().size());
                table.setWidthPercentage(100);
                table.setSpacingBefore(4);
                table.setSpacingAfter(8);
                table.setHeaderRows(1);
                block.head().forEach(h -> table.addCell(new Phrase(h, head)));
                block.rows().forEach(row -> row.forEach(cell -> table.addCell(new Phrase(cell, body))));
                document.add(table);
            } else {
                Paragraph paragraph = new Paragraph(block.text(), block.level() > 0 ? headings[block.level()] : body);
                paragraph.setSpacingBefore(block.level() > 0 ? 8 : 2);
                document.add(paragraph);
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static String title(SlaReportView report) {
        return "SLA report " + report.period() + " - " + report.customerName();
    }

    private static List<String> outage(PlannedOutageView outage) {
        return List.of(String.valueOf(outage.windowStart()), String.valueOf(outage.windowEnd()),
                String.valueOf(outage.announcedAt()), String.valueOf(outage.status()), outage.description());
    }

    private static List<String> issue(SlaIssueView issue) {
        String outcome = issue.rejectionReason() != null ? issue.rejectionReason()
                : issue.deliveredValue() != null ? "delivered " + number(issue.deliveredValue()) + ", violation "
                        + issue.violationId() : "";
        return List.of(String.valueOf(issue.reportedAt()), issue.reportedBy(), String.valueOf(issue.objective()),
                issue.description(), issue.evidence().stream().map(e -> e.name() + " <" + e.url() + ">")
                        .collect(Collectors.joining(", ")), String.valueOf(issue.status()), outcome);
    }

    private static String met(ObjectiveEvaluationView objective) {
        return objective.met() == null ? "not judged" : objective.met() ? "yes" : "no";
    }

    private static String money(MoneyView money) {
        return money == null ? "no amount" : number(money.amount()) + " " + money.currency();
    }

    private static String number(Object value) {
        if (value == null) {
            return "-";
        }
        return value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }

    /** The five characters that could end a text and start markup, as entities. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
