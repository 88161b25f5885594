package org.cloudcare.platform.security;

import static org.cloudcare.platform.error.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.cloudcare.platform.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallerTest {

    private static Caller customerUser(String role, String tenant) {
        return Caller.of("eva", "Eva Muster", "eva@st-anna.ch", Set.of(role), tenant);
    }

    private static Caller staff(String role) {
        return Caller.of("sam", "Sam Support", "sam@cloudcare.example", Set.of(role), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER})
    void everyCustomerRoleMakesACustomerUserLimitedToItsTenant(String role) {
        Caller caller = customerUser(role, "st-anna");

        assertEquals(CallerKind.CUSTOMER_USER, caller.kind());
        assertTrue(caller.isCustomerUser());
        assertEquals(Optional.of("st-anna"), caller.tenantFilter().tenant());
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS,
            Roles.CSP_BUSINESS_MANAGER})
    void aStaffRoleMakesProviderStaffWhoSeeEveryTenant(String role) {
        Caller caller = staff(role);

        assertEquals(CallerKind.PROVIDER_STAFF, caller.kind());
        assertFalse(caller.isCustomerUser());
        assertEquals(Optional.empty(), caller.tenantFilter().tenant());
    }

    @Test
    void theMonitoringRoleMakesAServiceAccountThatReadsNoCustomerData() {
        Caller monitoring = Caller.of("service-account-cloudcare-monitoring", "monitoring", null,
                Set.of(Roles.CSP_MONITORING), null);

        assertEquals(CallerKind.SERVICE_ACCOUNT, monitoring.kind());
        assertFalse(monitoring.isCustomerUser());
        assertRefused(ErrorCode.FORBIDDEN, null, monitoring::tenantFilter);
    }

    @Test
    void aCallerWithoutACloudCareRoleIsRefusedInsteadOfCountingAsStaff() {
        assertRefused(ErrorCode.FORBIDDEN, null, () -> Caller.of("timer", "timer", null, Set.of(), null));
        assertRefused(ErrorCode.FORBIDDEN, null,
                () -> Caller.of("someone", "someone", null, Set.of("offline_access", "uma_authorization"), null));
    }

    @Test
    void aCallerWithCustomerAndProviderRolesAtOnceIsRefused() {
        assertRefused(ErrorCode.FORBIDDEN, null, () -> Caller.of("mixed", "mixed", null,
                Set.of(Roles.CSC_ADMIN, Roles.CSP_SUPPORT), "st-anna"));
        assertRefused(ErrorCode.FORBIDDEN, null, () -> Caller.of("mixed", "mixed", null,
                Set.of(Roles.CSP_SUPPORT, Roles.CSP_MONITORING), null));
    }

    @Test
    void aCustomerUserWithoutTenantIsRefused() {
        assertRefused(ErrorCode.FORBIDDEN, null, () -> customerUser(Roles.CSC_USER, null));
        assertRefused(ErrorCode.FORBIDDEN, null, () -> customerUser(Roles.CSC_USER, " "));
    }

    @Test
    void aTenantClaimOfStaffIsIgnored() {
        assertNull(Caller.of("sam", "Sam", null, Set.of(Roles.CSP_SUPPORT), "st-anna").tenant());
    }

    @Test
    void aCustomerUserAdmitsObjectsOfItsOwnTenantOnly() {
        TenantFilter filter = customerUser(Roles.CSC_ADMIN, "st-anna").tenantFilter();

        assertTrue(filter.admits("st-anna"));
        assertFalse(filter.admits("city-clinic"));
        assertFalse(filter.admits("st-anna-west"), "a tenant is matched exactly, not as a prefix");
        assertFalse(filter.admits(null), "provider-wide objects are not a customer's");
    }

    @Test
    void staffAdmitObjectsOfEveryTenant() {
        TenantFilter filter = staff(Roles.CSP_SUPPORT).tenantFilter();

        assertTrue(filter.admits("st-anna"));
        assertTrue(filter.admits("city-clinic"));
        assertTrue(filter.admits(null));
    }

    @Test
    void aCustomerUserHasTheTenantOfItsToken() {
        assertEquals("st-anna", customerUser(Roles.CSC_USER, "st-anna").requireTenant());
    }

    @Test
    void askingStaffForTheirTenantIsForbidden() {
        assertRefused(ErrorCode.FORBIDDEN, null, () -> staff(Roles.CSP_BUSINESS_MANAGER).requireTenant());
    }
}
