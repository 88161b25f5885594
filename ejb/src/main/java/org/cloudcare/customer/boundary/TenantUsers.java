package org.cloudcare.customer.boundary;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.customer.control.CustomerAccess;
import org.cloudcare.customer.control.TenantDirectory;
import org.cloudcare.customer.control.TenantDirectory.Invitation;
import org.cloudcare.customer.control.TenantDirectory.NewUser;
import org.cloudcare.customer.control.TenantUser;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerAuditAction;
import org.cloudcare.customer.entity.CustomerStatus;
import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.input.CheckedInput;
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
@CheckedInput
public class TenantUsers {

    private static final String TENANT_USER = CustomerAuditAction.TENANT_USER;
    private static final Logger LOG = Logger.getLogger(TenantUsers.class.getName());
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
     * Creates the user in Keycloak with the caller's tenant and a CSC role. Keycloak is not part of the transaction,
     * so the invitation is a sequence with a compensation: the user is created disabled, gets its role, its audit
     * line is committed on its own ({@link AuditLog#recordInOwnTenantAtOnce}) and only then is it enabled. If any
     * step after the creation fails, the user is deleted again (or, if even that fails, stays disabled) and the audit
     * trail says so; if the creation itself fails, nothing happened and nothing is recorded. A user that can sign in
     * therefore always has its role and its audit line.
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
        String tenant = caller.tenant();
        String detail = validEmail + " as " + realmRole;
        NewUser created = directory.createDisabled(tenant, validUsername, validEmail, validFirstName, validLastName);
        String step = "the role could not be granted";
        try {
            directory.grantRole(created.id(), realmRole);
            step = "the audit line could not be written";
            audit.recordInOwnTenantAtOnce(CustomerAuditAction.TENANT_USER_INVITED, validUsername, detail);
            step = "the user could not be enabled";
            directory.enable(created.id());
        } catch (RuntimeException failure) {
            undoInvitation(caller, validUsername, created.id(), detail + ": created disabled, but " + step, failure);
            throw failure;
        }
        return new Invitation(new TenantUser(created.id(), validUsername, validEmail, validFirstName, validLastName,
                realmRole, true, tenant), created.temporaryPassword());
    }

    /** The compensation of an invitation that failed after the user was created; its audit line stays. */
    private void undoInvitation(Caller caller, String username, String userId, String what,
            RuntimeException failure) {
        boolean deleted = directory.delete(userId);
        CustomerAuditAction action = deleted ? CustomerAuditAction.TENANT_USER_INVITATION_UNDONE
                : CustomerAuditAction.TENANT_USER_INVITATION_FAILED;
        String detail = what + (deleted ? "; deleted again" : "; it could not be deleted and stays disabled ("
                + userId + ")");
        LOG.warning("Invitation of " + username + " in tenant " + caller.tenant() + " failed: " + detail);
        try {
            audit.recordInOwnTenantAtOnce(action, username, detail);
        } catch (RuntimeException auditFailure) {
            LOG.log(Level.SEVERE, "Audit line " + action + " for " + username + " could not be written: " + detail,
                    auditFailure);
            failure.addSuppressed(auditFailure);
        }
    }

    @RolesAllowed(Roles.CSC_ADMIN)
    public Page<TenantUser> users(PageRequest page) {
        return Page.of(directory.users(callers.current().requireTenant()), page);
    }

    /**
     * Disables a user of the caller's tenant. The audit line is written after Keycloak confirmed, in its own
     * transaction: no line for a change that did not happen, and none lost to a later rollback.
     */
    @RolesAllowed(Roles.CSC_ADMIN)
    public TenantUser disable(String userId) {
        Caller caller = callers.current();
        TenantUser user = directory.find(caller.requireTenant(), Checks.required("id", userId))
                .orElseThrow(() -> CloudCareException.notFound(TENANT_USER, userId));
        if (user.username().equals(caller.username())) {
            throw CloudCareException.conflict("You cannot disable your own account; ask another administrator.");
        }
        directory.disable(user.id());
        try {
            audit.recordInOwnTenantAtOnce(CustomerAuditAction.TENANT_USER_DISABLED, user.username(), null);
        } catch (RuntimeException auditFailure) {
            // disabling is the safe side: the user stays disabled, and the log is the trace
            LOG.log(Level.SEVERE, "User " + user.username() + " of tenant " + caller.tenant() + " was disabled by "
                    + caller.username() + ", but the audit line could not be written", auditFailure);
            throw auditFailure;
        }
        return new TenantUser(user.id(), user.username(), user.email(), user.firstName(), user.lastName(),
                user.role(), false, user.tenant());
    }
}
