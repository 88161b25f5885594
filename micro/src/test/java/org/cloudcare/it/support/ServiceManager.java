package org.cloudcare.it.support;

import java.util.function.Supplier;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.cloudcare.platform.security.Roles;

/**
 * Runs test code as a provider service manager ({@code csp-service-manager}); each boundary call inside {@link #call}
 * is its own transaction.
 */
@Stateless
@PermitAll
@RunAs(Roles.CSP_SERVICE_MANAGER)
@DeclareRoles(Roles.CSP_SERVICE_MANAGER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServiceManager {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
