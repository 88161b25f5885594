package org.cloudcare.it.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;

/** One browser of one test, with its throw-away profile directory. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Saves what the browser shows into {@code directory}: a screenshot, the page source, the URL and the
     * browser console, each named after the test. Best effort: a broken browser must not hide the test's
     * own failure.
     */
    public void saveArtifacts(Path directory, String name) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            System.err.println("[browser] cannot create " + directory + ": " + e);
            return;
        }
        attempt("screenshot", () -> Files.write(directory.resolve(name + ".png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES)));
        attempt("page source", () -> Files.writeString(directory.resolve(name + ".html"),
                "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8));
        attempt("console", () -> Files.writeString(directory.resolve(name + ".console.log"),
                driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(entry -> entry.getLevel() + " " + entry.getMessage())
                        .collect(Collectors.joining("\n")), StandardCharsets.UTF_8));
        System.err.println("[browser] saved screenshot, page source and console of " + name + " to " + directory.toAbsolutePath());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a leftover temp directory is not worth failing a test for
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void attempt(String what, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            System.err.println("[browser] could not save the " + what + ": " + e);
        }
    }
}
