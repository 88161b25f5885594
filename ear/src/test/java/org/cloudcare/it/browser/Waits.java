package org.cloudcare.it.browser;

import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Explicit waits with a message that says what was awaited and where the browser was instead. */
final class Waits {

    /** Generous: the first Keycloak login page and the first GraphQL call warm up their servers. */
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("browser.wait.seconds", 30));

    private Waits() {
    }

    static <T> T until(WebDriver driver, String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT)
                .withMessage(() -> "waiting for " + what + "; the browser is at " + driver.getCurrentUrl())
                .until(condition);
    }
}
