package org.cloudcare.it.support;

import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.cloudcare.platform.security.Roles;

/**
 * Runs test code as the provider's business manager: every boundary called from inside {@link #call} sees the
 * {@code csp-business-manager} role. No transaction of its own, so each boundary call is its own transaction, exactly
 * as for a GraphQL request. Payara needs a principal for the run-as role: the test deployment maps one in
 * {@code run-as-glassfish-web.xml}.
 */
@Stateless
@PermitAll
@RunAs(Roles.CSP_BUSINESS_MANAGER)
@DeclareRoles(Roles.CSP_BUSINESS_MANAGER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BusinessManager {

    @Resource
    SessionContext context;

    public <T> T call(Supplier<T> work) {
        return work.get();
    }

    /** Runs the work in one transaction that is then rolled back, as if a later step of the same call had failed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void runAndRollBack(Runnable work) {
        work.run();
        context.setRollbackOnly();
    }
}
