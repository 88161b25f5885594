package org.cloudcare.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProductionModeTest {

    @Test
    void theDefaultWithDemoDataIsDevelopment() {
        assertFalse(ProductionMode.isOn(Optional.empty(), Optional.empty()));
        assertFalse(ProductionMode.isOn(Optional.empty(), Optional.of(true)));
    }

    @Test
    void noDemoDataMeansProduction() {
        assertTrue(ProductionMode.isOn(Optional.empty(), Optional.of(false)));
    }

    @Test
    void theExplicitSwitchWins() {
        assertTrue(ProductionMode.isOn(Optional.of(true), Optional.of(true)));
        assertFalse(ProductionMode.isOn(Optional.of(false), Optional.of(false)));
    }

    @Test
    void theContentSecurityPolicyAllowsKeycloakForThePortalOnly() {
        String portal = SecurityHeaders.portalPolicy(SecurityHeaders.origin("https://sso.example.org/auth/"));
        assertTrue(portal.contains("connect-src 'self' https://sso.example.org;"), portal);
        assertTrue(portal.contains("frame-src https://sso.example.org;"), portal);
        assertFalse(portal.contains("unsafe"), portal);
        assertFalse(SecurityHeaders.graphiqlPolicy().contains("script-src 'self' 'unsafe"));
        assertEquals("http://localhost:8180", SecurityHeaders.origin("http://localhost:8180"));
    }
}
