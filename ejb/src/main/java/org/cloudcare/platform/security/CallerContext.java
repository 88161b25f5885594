package org.cloudcare.platform.security;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.security.auth.Subject;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.jacc.PolicyContext;
import jakarta.security.jacc.PolicyContextException;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.ErrorCode;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one place that knows how a caller is identified: the MicroProfile JWT that Keycloak issued. Boundaries ask it
 * for the {@link Caller}; nothing else reads tokens.
 */
@Dependent
public class CallerContext {

    /** The claim in which Keycloak puts the tenant (customer code) of a CSC user. */
    public static final String TENANT_CLAIM = "customer_id";

    /** The JACC key under which the container hands out the authenticated subject of the current call. */
    private static final String CONTAINER_SUBJECT = "javax.security.auth.Subject.container";

    @Inject
    SecurityContext security;

    public Caller current() {
        Caller job = JobIdentity.current();
        if (job != null) {
            return job;
        }
        Principal principal = tokenOfContainerSubject();
        if (principal == null) {
            principal = security.getCallerPrincipal();
        }
        if (principal == null) {
            principal = runAsPrincipal();
        }
        if (principal == null) {
            throw new CloudCareException(ErrorCode.UNAUTHENTICATED, "Sign in first: the request carries no valid token.");
        }
        if (!(principal instanceof JsonWebToken token)) {
            // a container-internal caller (@RunAs): the provider roles the container grants it, no tenant
            Set<String> roles = Stream.concat(Roles.STAFF_ROLES.stream(), Roles.SERVICE_ROLES.stream())
                    .filter(security::isCallerInRole).collect(Collectors.toSet());
            return Caller.of(principal.getName(), principal.getName(), null, roles, null);
        }
        Set<String> roles = token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups());
        return Caller.of(username(token), displayName(token), token.getClaim("email"), roles,
                token.getClaim(TENANT_CLAIM));
    }

    /**
     * True when nobody calls: a timer of CloudCare's own (or another container-internal call) rather than a signed-in
     * user, a service account or a {@code @RunAs} bean. Entry points meant for scheduled jobs only refuse every other
     * caller with it.
     */
    public boolean isContainerItself() {
        return JobIdentity.current() == null && tokenOfContainerSubject() == null
                && !(security.getCallerPrincipal() instanceof JsonWebToken) && runAsPrincipal() == null;
    }

    /**
     * The token among the principals of the container's subject: the principal Jakarta Security would report, found
     * without it. Soteria's {@code getCallerPrincipal} first probes for JBoss, WebLogic and other servers' classes
     * with {@code Class.forName} on every call; those misses through the EAR's class loaders were an eighth of all CPU
     * time under the dashboard benchmark, since every batch loader asks for the caller.
     */
    private static JsonWebToken tokenOfContainerSubject() {
        try {
            if (PolicyContext.getContext(CONTAINER_SUBJECT) instanceof Subject subject) {
                for (Principal principal : subject.getPrincipals()) {
                    if (principal instanceof JsonWebToken token) {
                        return token;
                    }
                }
            }
            return null;
        } catch (PolicyContextException | IllegalArgumentException noContainerSubject) {
            return null;
        }
    }

    /**
     * Payara's Jakarta Security reports no caller principal inside a bean that runs {@code @RunAs} a role, although it
     * enforces that role; the EJB context knows the run-as principal. Only a provider role counts, so the anonymous
     * caller (EJB principal "ANONYMOUS", no role) and a run-as customer role (no tenant) stay unauthenticated.
     */
    private Principal runAsPrincipal() {
        if (Stream.concat(Roles.STAFF_ROLES.stream(), Roles.SERVICE_ROLES.stream())
                .noneMatch(security::isCallerInRole)) {
            return null;
        }
        try {
            EJBContext ejb = InitialContext.doLookup("java:comp/EJBContext");
            return ejb.getCallerPrincipal();
        } catch (NamingException | IllegalStateException notInABeanCall) {
            return null;
        }
    }

    private static String username(JsonWebToken token) {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : token.getName();
    }

    private static String displayName(JsonWebToken token) {
        String name = token.getClaim("name");
        return name != null ? name : username(token);
    }
}
