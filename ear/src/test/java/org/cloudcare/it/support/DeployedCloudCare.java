package org.cloudcare.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Deploys the EAR on the database of this test run before the first test class, once per test JVM: failsafe runs the
 * ITs twice ({@code it-h2}, {@code it-postgresql}), and each run sets {@code cloudcare.it.database}. The deployment
 * is {@code ear/payara-server.sh deploy --db <database>} with {@code CLOUDCARE_DB_RESET=true}, so every run starts on
 * a fresh database with the demo data; the script waits until GraphQL answers. Keycloak and Payara Server are
 * started by Maven before the ITs (pre-integration-test) and stopped after them.
 * <p>
 * Registered for every test class by extension auto-detection ({@code META-INF/services}, with
 * {@code junit.jupiter.extensions.autodetection.enabled=true} set by failsafe). Without the system property (an IT
 * started from the IDE against a running server) nothing is deployed. A failed deployment fails every test class
 * with its cause, without trying again.
 */
public final class DeployedCloudCare implements BeforeAllCallback {

    /** {@code h2} or {@code postgresql}; empty when the ITs run against an already deployed CloudCare. */
    public static final String DATABASE = System.getProperty("cloudcare.it.database", "");

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private static boolean deployed;
    private static AssertionError failure;

    @Override
    public void beforeAll(ExtensionContext context) {
        deployOnce();
    }

    private static synchronized void deployOnce() {
        if (failure != null) {
            throw failure;
        }
        if (deployed || DATABASE.isBlank()) {
            return;
        }
        try {
            deploy();
            deployed = true;
        } catch (AssertionError e) {
            failure = e;
            throw e;
        }
    }

    private static void deploy() {
        Path root = Path.of(System.getProperty("cloudcare.root", "..")).toAbsolutePath().normalize();
        Path script = root.resolve("ear/payara-server.sh");
        if (!Files.isExecutable(script)) {
            throw new AssertionError("Cannot deploy CloudCare: no executable " + script);
        }
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "deploy", "--db", DATABASE)
                .directory(root.toFile()).inheritIO();
        builder.environment().put("CLOUDCARE_DB_RESET", "true");
        System.out.println("Deploying CloudCare on " + DATABASE + " for the integration tests");
        try {
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Deploying CloudCare on " + DATABASE + " took longer than " + TIMEOUT);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("Deploying CloudCare on " + DATABASE + " failed (exit " + process.exitValue()
                        + "); see the output above and .runtime/logs/payara-server.log");
            }
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while deploying CloudCare", e);
        }
    }
}
