package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.cloudcare.it.browser.BrowserExtension;
import org.cloudcare.it.browser.KeycloakLoginPage;
import org.cloudcare.it.browser.PortalPage;
import org.cloudcare.it.browser.Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The portal in a real headless Chromium against the running system: a real Keycloak login (authorization
 * code + PKCE through the {@code portal} client), real GraphQL calls with the bearer token, and tenant
 * isolation as a user sees it. Needs Keycloak with the demo realm and CloudCare with demo data running
 * ({@code -Dcloudcare.url}, {@code -Dkeycloak.url}); every test gets a fresh browser.
 */
@ExtendWith(BrowserExtension.class)
class PortalBrowserIT {

    private static final String RIVERSIDE = "Riverside General Hospital";
    private static final String HARBOR = "Harbor Public Health Centre";

    private final Urls urls = Urls.fromSystemProperties();

    @Test
    void aliceLogsInThroughKeycloakAndSeesOnlyRiverside(WebDriver browser) {
        PortalPage portal = PortalPage.open(browser, urls).logInAs("alice");

        assertEquals(RIVERSIDE, portal.customerName());
        assertEquals("riverside", portal.tenant());
        assertTrue(portal.roles().contains("csc-user"), () -> "roles shown: " + portal.roles());
        assertFalse(portal.contactNames().isEmpty(), "Riverside's contacts are shown");
        assertTrue(portal.interactionRows() > 0, "Riverside's interaction history is shown");
        assertFalse(portal.hasCustomerList(), "a CSC user gets no customer list");
        assertFalse(portal.visibleText().toLowerCase(Locale.ROOT).contains("harbor"),
                "nothing of the other tenant is on alice's page");
        assertEquals(List.of(), portal.errors());
    }

    @Test
    void samSeesTheCustomerListOfAllTenants(WebDriver browser) {
        PortalPage portal = PortalPage.open(browser, urls).logInAs("sam");

        List<String> customers = portal.customerNamesIncluding(RIVERSIDE, HARBOR);
        assertTrue(customers.containsAll(List.of(RIVERSIDE, HARBOR)), () -> "customer list: " + customers);
        assertTrue(portal.roles().contains("csp-support"), () -> "roles shown: " + portal.roles());

        portal.openCustomer(RIVERSIDE);
        assertEquals(RIVERSIDE, portal.customerName());
        assertFalse(portal.contactNames().isEmpty(), "the chosen customer's contacts are shown");
        assertEquals(List.of(), portal.errors());
    }

    @Test
    void logoutReturnsToTheKeycloakLoginPage(WebDriver browser) {
        PortalPage portal = PortalPage.open(browser, urls).logInAs("alice");
        assertEquals(RIVERSIDE, portal.customerName());

        portal.logOut();

        // the Keycloak session is gone too: opening the portal again asks for the password again
        browser.get(urls.portal());
        KeycloakLoginPage.await(browser, urls);
    }
}
