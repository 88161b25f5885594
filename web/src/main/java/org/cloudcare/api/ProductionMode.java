package org.cloudcare.api;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a production deployment does not show: GraphiQL and the schema download answer 404, and introspection is
 * refused ({@link DocumentLimits}). Production is {@code cloudcare.production=true}; without that key it follows the
 * demo data switch: {@code cloudcare.demo-data=false}, as the README asks for production, is production too. Mapped
 * in {@code web.xml} to GraphiQL and the schema download.
 */
public class ProductionMode extends HttpFilter {

    static final String PRODUCTION = "cloudcare.production";
    static final String DEMO_DATA = "cloudcare.demo-data";

    private boolean on;

    static boolean isOn(Config config) {
        return isOn(config.getOptionalValue(PRODUCTION, Boolean.class),
                config.getOptionalValue(DEMO_DATA, Boolean.class));
    }

    /** The decision: an explicit {@code cloudcare.production} wins, else production means no demo data. */
    static boolean isOn(Optional<Boolean> production, Optional<Boolean> demoData) {
        return production.orElseGet(() -> !demoData.orElse(true));
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        on = isOn(ConfigProvider.getConfig());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (on) {
            JsonErrors.write(response, HttpServletResponse.SC_NOT_FOUND, false, "NOT_FOUND", null,
                    "There is nothing at this address.");
            return;
        }
        chain.doFilter(request, response);
    }
}
