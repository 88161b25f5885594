package org.cloudcare.customer.boundary;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.customer.control.CustomerAccess;
import org.cloudcare.customer.control.TenantDirectory;
import org.cloudcare.customer.control.TenantDirectory.Invitation;
import org.cloudcare.customer.control.TenantUser;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerAuditAction;
import org.cloudcare.customer.entity.CustomerStatus;
import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.security.Caller;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.Roles;

/**
 * A customer's administrator manages the users of its own tenant (ISO/TS 23535 5.1: the cloud service administrator).
 * The tenant always comes from the administrator's token: an administrator cannot create, see or disable a user of
 * another customer, whatever id it sends.
 */
@Stateless
public class TenantUsers {

    private static final String TENANT_USER = CustomerAuditAction.TENANT_USER;
    private static final Map<String, String> ROLE_BY_NAME = Map.of(
            "CSC_USER", Roles.CSC_USER,
            "CSC_ADMIN", Roles.CSC_ADMIN,
            "CSC_BUSINESS_MANAGER", Roles.CSC_BUSINESS_MANAGER);

    @Inject
    CallerContext callers;

    @Inject
    CustomerAccess access;

    @Inject
    TenantDirectory directory;

    @Inject
    AuditLog audit;

    /**
     * Creates the user in Keycloak with the caller's tenant and a CSC role. The audit line is written first: if
     * Keycloak refuses, the transaction rolls back and no trace of a user that does not exist remains.
     *
     * @param role one of CSC_USER, CSC_ADMIN, CSC_BUSINESS_MANAGER
     */
    @RolesAllowed(Roles.CSC_ADMIN)
    public Invitation invite(String username, String email, String firstName, String lastName, String role) {
        Caller caller = callers.current();
        Customer customer = access.ofTenant(caller.requireTenant());
        if (customer.getStatus() != CustomerStatus.ACTIVE) {
            throw CloudCareException.conflict("Customer " + customer.getCode() + " is " + customer.getStatus()
                    + "; users can be added only to an active customer.");
        }
        String validUsername = Checks.code("username", username);
        String validEmail = Checks.email("email", email);
        String validFirstName = Checks.text("firstName", firstName, 100);
        String validLastName = Checks.text("lastName", lastName, 100);
        String realmRole = ROLE_BY_NAME.get(Checks.required("role", role));
        if (realmRole == null) {
            throw CloudCareException.invalid("role", "The role must be one of " + ROLE_BY_NAME.keySet() + ".");
        }
        audit.recordInOwnTenant(CustomerAuditAction.TENANT_USER_INVITED, validUsername,
                validEmail + " as " + realmRole);
        return directory.invite(caller.tenant(), validUsername, validEmail, validFirstName, validLastName, realmRole);
    }

    @RolesAllowed(Roles.CSC_ADMIN)
    public Page<TenantUser> users(PageRequest page) {
        return Page.of(directory.users(callers.current().requireTenant()), page);
    }

    @RolesAllowed(Roles.CSC_ADMIN)
    public TenantUser disable(String userId) {
        Caller caller = callers.current();
        TenantUser user = directory.find(caller.requireTenant(), Checks.required("id", userId))
                .orElseThrow(() -> CloudCareException.notFound(TENANT_USER, userId));
        if (user.username().equals(caller.username())) {
            throw CloudCareException.conflict("You cannot disable your own account; ask another administrator.");
        }
        audit.recordInOwnTenant(CustomerAuditAction.TENANT_USER_DISABLED, user.username(), null);
        directory.disable(user.id());
        return new TenantUser(user.id(), user.username(), user.email(), user.firstName(), user.lastName(),
                user.role(), false, user.tenant());
    }
}
