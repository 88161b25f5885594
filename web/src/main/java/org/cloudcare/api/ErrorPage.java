package org.cloudcare.api;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The container's error pages as GraphQL errors in JSON (mapped in {@code web.xml}), so no answer of CloudCare is an
 * HTML page naming Java classes. Above all the 401 of Payara's MicroProfile JWT check for an invalid or expired
 * token: {@code UNAUTHENTICATED} with {@code WWW-Authenticate: Bearer error="invalid_token"} (RFC 6750). A server
 * error is logged with a reference that the answer quotes.
 */
@WebServlet("/error")
public class ErrorPage extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        SecurityHeaders.setHeaders(response, "default-src 'none'; frame-ancestors 'none'");
        boolean graphQLResponse = String.valueOf(request.getHeader("Accept")).contains(JsonErrors.GRAPHQL_RESPONSE);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            boolean tokenSent = request.getHeader("Authorization") != null;
            response.setHeader("WWW-Authenticate", tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
            JsonErrors.write(response, status, graphQLResponse, "UNAUTHENTICATED", null, tokenSent
                    ? "The access token is invalid or expired: sign in again." : "Sign in first.");
        } else if (status == HttpServletResponse.SC_FORBIDDEN) {
            JsonErrors.write(response, status, graphQLResponse, "FORBIDDEN", null, "This is not allowed.");
        } else if (status == HttpServletResponse.SC_NOT_FOUND) {
            JsonErrors.write(response, status, graphQLResponse, "NOT_FOUND", null, "There is nothing at this address.");
        } else if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            JsonErrors.write(response, status, graphQLResponse, "VALIDATION", "method",
                    "This address does not answer " + request.getMethod() + "; GraphQL requests are POSTed as JSON.");
        } else if (status == HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE) {
            JsonErrors.write(response, status, graphQLResponse, "VALIDATION", "Content-Type",
                    "Send the request as application/json.");
        } else if (status < HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            JsonErrors.write(response, status, graphQLResponse, "VALIDATION", "body", "The request is malformed.");
        } else {
            String reference = UUID.randomUUID().toString();
            Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(Level.SEVERE, failure, () -> "Error " + status + " for " + request.getMethod() + " "
                    + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + ", reference " + reference);
            JsonErrors.write(response, status, graphQLResponse, "INTERNAL", null,
                    "Something went wrong on our side (reference " + reference + ").");
        }
    }
}
