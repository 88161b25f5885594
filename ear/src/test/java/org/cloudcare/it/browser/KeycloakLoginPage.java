package org.cloudcare.it.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The login form of the Keycloak realm (fields {@code username}, {@code password}, button {@code kc-login}). */
public final class KeycloakLoginPage {

    private final WebDriver driver;
    private final Urls urls;

    private KeycloakLoginPage(WebDriver driver, Urls urls) {
        this.driver = driver;
        this.urls = urls;
    }

    /** Waits until the browser shows Keycloak's login form. */
    public static KeycloakLoginPage await(WebDriver driver, Urls urls) {
        Waits.until(driver, "the Keycloak login form at " + urls.keycloak(), d ->
                d.getCurrentUrl().startsWith(urls.keycloak()) && !d.findElements(By.id("username")).isEmpty()
                        && d.findElement(By.id("username")).isDisplayed());
        return new KeycloakLoginPage(driver, urls);
    }

    /** Logs in with the demo user's password (= the user name) and waits until the portal knows the user. */
    public PortalPage logInAs(String username) {
        fill("username", username);
        fill("password", username);
        driver.findElement(By.id("kc-login")).click();
        try {
            Waits.until(driver, "the portal after logging in as " + username, d ->
                    d.getCurrentUrl().startsWith(urls.cloudcare())
                            && !PortalPage.text(d, PortalPage.testId("user-name")).isBlank());
        } catch (TimeoutException e) {
            throw new TimeoutException(e.getMessage() + loginError(), e);
        }
        return new PortalPage(driver, urls);
    }

    private void fill(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Keycloak's own message if it refused the login, for a readable failure. */
    private String loginError() {
        List<WebElement> errors = driver.findElements(By.cssSelector("#input-error, .kc-feedback-text, .alert-error"));
        return errors.isEmpty() ? "" : " (Keycloak said: " + errors.get(0).getText() + ")";
    }
}
