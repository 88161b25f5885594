package org.cloudcare.api;

import java.util.Set;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.cloudcare.platform.security.Roles;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * Turns on MicroProfile JWT for the whole web module: every request with a bearer token from Keycloak is
 * authenticated, requests without one are anonymous (and refused by the EJB boundaries), invalid tokens get 401.
 * Its resources are listed explicitly: scanning would also pick up the JAX-RS providers that the Keycloak admin client
 * brings along, and those break the web module on Payara.
 */
@ApplicationScoped
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
        Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER, Roles.CSP_MONITORING})
public class CloudCareApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Ping.class);
    }
}
