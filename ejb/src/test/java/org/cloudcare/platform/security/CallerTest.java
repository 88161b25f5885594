package org.cloudcare.platform.security;

import static org.cloudcare.platform.error.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallerTest {

    private static Caller customerUser(String role, String tenant) {
        return new Caller("eva", "Eva Muster", "eva@st-anna.ch", Set.of(role), tenant);
    }

    private static Caller staff(String role) {
        return new Caller("sam", "Sam Support", "sam@cloudcare.example", Set.of(role), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER})
    void everyCustomerRoleMakesACustomerUser(String role) {
        assertTrue(customerUser(role, "st-anna").isCustomerUser());
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS,
            Roles.CSP_BUSINESS_MANAGER, Roles.CSP_MONITORING})
    void aProviderRoleIsNotACustomerUser(String role) {
        assertFalse(staff(role).isCustomerUser());
    }

    @Test
    void aCallerWithoutRolesIsNotACustomerUser() {
        assertFalse(new Caller("timer", "timer", null, Set.of(), null).isCustomerUser());
    }

    @Test
    void aCustomerUserReachesObjectsOfItsOwnTenant() {
        customerUser(Roles.CSC_USER, "st-anna").requireAccessTo("st-anna", "Customer", "c-1");
    }

    @Test
    void anObjectOfAnotherTenantLooksToACustomerUserAsIfItDidNotExist() {
        CloudCareException refusal = assertRefused(ErrorCode.NOT_FOUND, null,
                () -> customerUser(Roles.CSC_ADMIN, "st-anna").requireAccessTo("city-clinic", "Customer", "c-2"));

        assertEquals("Customer c-2 does not exist.", refusal.getMessage());
    }

    @Test
    void staffReachObjectsOfEveryTenant() {
        staff(Roles.CSP_SUPPORT).requireAccessTo("st-anna", "Customer", "c-1");
        staff(Roles.CSP_SUPPORT).requireAccessTo("city-clinic", "Customer", "c-2");
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
