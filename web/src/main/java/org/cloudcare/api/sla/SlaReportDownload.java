package org.cloudcare.api.sla;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cloudcare.api.JsonErrors;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.sla.boundary.SlaReports;

/**
 * The SLA report as a document to download: {@code GET /reports/sla?customerId=..&period=yyyy-MM&format=json|html|pdf}
 * (JSON by default) with the bearer token the GraphQL endpoint takes - MicroProfile JWT authenticates every request
 * of the web module, so the caller reaches the EJB boundary ({@link SlaReports}) exactly as from GraphQL, and the
 * boundary decides: the customer's administrator and business manager their own customer's report, provider staff
 * every customer's. Refusals are the GraphQL edge's JSON errors with the matching status: 401 without a token, 403
 * for a role that may not read reports, 404 for another customer's (or an unknown) id, 400 naming the parameter.
 */
@WebServlet("/reports/sla")
public class SlaReportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SlaReportDownload.class.getName());

    @Inject
    transient SlaReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"cloudcare\"");
            JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, false, "UNAUTHENTICATED", null,
                    "Sign in first: the request carries no valid token.");
            return;
        }
        String format = request.getParameter("format") == null ? "json"
                : request.getParameter("format").strip().toLowerCase(Locale.ROOT);
        if (!format.equals("json") && !format.equals("html") && !format.equals("pdf")) {
            JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, false, "VALIDATION", "format",
                    "The format must be json, html or pdf.");
            return;
        }
        String customerId = request.getParameter("customerId");
        String period = request.getParameter("period");
        if (customerId == null || customerId.isBlank() || period == null || period.isBlank()) {
            JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, false, "VALIDATION",
                    customerId == null || customerId.isBlank() ? "customerId" : "period",
                    "Name the customer (customerId) and the month (period, yyyy-MM).");
            return;
        }
        SlaReportGraphQL.SlaReportView report;
        try {
            report = SlaReportGraphQL.SlaReportView.of(reports.slaReport(customerId, period));
        } catch (CloudCareException refused) {
            JsonErrors.write(response, status(refused), false, refused.code().name(), refused.field(),
                    refused.getMessage());
            return;
        } catch (EJBAccessException denied) {
            JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN, false, "FORBIDDEN", null,
                    "Your role does not allow the SLA report.");
            return;
        } catch (RuntimeException failure) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Internal error " + reference + " in the SLA report download", failure);
            JsonErrors.write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, false, "INTERNAL", null,
                    "Something went wrong on our side (reference " + reference + ").");
            return;
        }
        String name = "sla-report-" + report.customerId().replaceAll("[^A-Za-z0-9-]", "_") + "-"
                + report.period() + "." + format;
        byte[] body;
        switch (format) {
            case "html" -> {
                response.setContentType("text/html;charset=UTF-8");
                body = SlaReportDocument.html(report).getBytes(StandardCharsets.UTF_8);
            }
            case "pdf" -> {
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
                body = SlaReportDocument.pdf(report);
            }
            default -> {
                response.setContentType("application/json;charset=UTF-8");
                body = SlaReportDocument.json(report).getBytes(StandardCharsets.UTF_8);
            }
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static int status(CloudCareException refused) {
        return switch (refused.code()) {
            case UNAUTHENTICATED -> HttpServletResponse.SC_UNAUTHORIZED;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case VALIDATION -> HttpServletResponse.SC_BAD_REQUEST;
            case CONFLICT -> HttpServletResponse.SC_CONFLICT;
            case INTERNAL -> HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        };
    }
}
