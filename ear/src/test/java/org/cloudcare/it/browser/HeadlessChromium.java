package org.cloudcare.it.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts the machine's headless Chromium through the machine's ChromeDriver (Debian packages
 * {@code chromium} and {@code chromium-driver}). Both paths are set explicitly so Selenium Manager never
 * tries to download a driver or a browser: the build machines are offline except for Maven Central.
 */
public final class HeadlessChromium {

    /** Override with -Dbrowser.binary=... on machines that install Chromium elsewhere. */
    static final String CHROMIUM = System.getProperty("browser.binary", "/usr/bin/chromium");
    /** Override with -Dwebdriver.chrome.driver=... likewise. */
    static final String CHROMEDRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

    /*
     * Selenium looks for a DevTools (CDP) binding matching the browser version and warns on every start
     * when Debian's Chromium is newer than the bindings it ships. These tests use WebDriver only, never
     * CDP, so that warning is noise. Strong references: java.util.logging forgets levels of collected loggers.
     */
    private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final Logger CHROMIUM_DRIVER = quiet("org.openqa.selenium.chromium.ChromiumDriver");

    private HeadlessChromium() {
    }

    /** A new browser with an empty profile: no cookies or storage from any earlier test. */
    public static Browser start() throws IOException {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);

        Path profile = Files.createTempDirectory("cloudcare-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);

        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            Browser.deleteQuietly(profile);
            throw e;
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void requireExecutable(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " is missing: install it with 'apt-get install -y " + debianPackage
                    + "' (the browser tests use the machine's Chromium and ChromeDriver and download nothing)");
        }
    }
}
