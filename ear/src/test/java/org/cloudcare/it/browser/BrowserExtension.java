package org.cloudcare.it.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.WebDriver;

/**
 * Gives every test method a fresh headless Chromium (injected as a {@link WebDriver} parameter), keeps
 * a screenshot, the page source and the browser console of a failed test in {@code target/browser/}
 * (taken before the browser closes), and closes the browser afterwards.
 */
public final class BrowserExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver,
        TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    /**
     * Where failure artifacts go: the module's target/browser (failsafe sets basedir), one folder per
     * database when the ITs run once per database ({@code cloudcare.it.database}), so runs do not overwrite
     * each other.
     */
    static final Path ARTIFACTS = artifactsDirectory();

    private static Path artifactsDirectory() {
        Path directory = Path.of(System.getProperty("browser.artifacts.dir",
                Path.of(System.getProperty("basedir", "."), "target", "browser").toString()));
        String database = System.getProperty("cloudcare.it.database", "");
        return database.isBlank() ? directory : directory.resolve(database);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        context.getStore(NAMESPACE).put(Browser.class, HeadlessChromium.start());
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser != null) {
            browser.saveArtifacts(ARTIFACTS, context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName());
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browser.class, Browser.class).driver();
    }
}
