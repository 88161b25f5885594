package org.cloudcare.api;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The browser-facing defaults of every answer: no MIME sniffing, no referrer, and a Content-Security-Policy that lets
 * pages load only CloudCare's own scripts and styles. The portal talks to Keycloak (keycloak-js fetches tokens and
 * opens Keycloak in a hidden frame), so Keycloak's origin ({@code cloudcare.keycloak.url}) is allowed to be
 * connected to and framed; GraphiQL's editor injects its own style elements, so its pages allow inline styles (no
 * inline scripts anywhere). No page of CloudCare may be framed by another site. The first filter ({@code web.xml}:
 * {@code /*}), so that every answer has them, also those the filters after it give themselves.
 */
public class SecurityHeaders extends HttpFilter {

    private String portalPolicy;
    private String graphiqlPolicy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        String keycloak = origin(ConfigProvider.getConfig().getOptionalValue("cloudcare.keycloak.url", String.class)
                .orElse("http://localhost:8180"));
        portalPolicy = portalPolicy(keycloak);
        graphiqlPolicy = graphiqlPolicy();
    }

    static String portalPolicy(String keycloakOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
                + " connect-src 'self' " + keycloakOrigin + "; frame-src " + keycloakOrigin + ";"
                + " frame-ancestors 'none'; base-uri 'self'; form-action 'self' " + keycloakOrigin + ";"
                + " object-src 'none'";
    }

    static String graphiqlPolicy() {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                + " font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self';"
                + " form-action 'self'; object-src 'none'";
    }

    /** {@code scheme://host[:port]} of a URL; CSP source expressions take no path. */
    static String origin(String url) {
        URI uri = URI.create(url.strip());
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        setHeaders(response, request.getRequestURI().startsWith(request.getContextPath() + "/graphql-ui")
                ? graphiqlPolicy : portalPolicy);
        chain.doFilter(request, response);
    }

    static void setHeaders(HttpServletResponse response, String policy) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", policy);
    }
}
