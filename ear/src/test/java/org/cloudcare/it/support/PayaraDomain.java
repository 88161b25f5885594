package org.cloudcare.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Payara Server domain {@code cloudcare} that {@code ear/payara-server.sh} runs for the ITs (in
 * {@code .runtime/payara6} of this build), for tests that change its configuration or kill it: its admin commands
 * (asadmin with the generated admin password), its server process, and a start through the script, which waits for
 * nothing but the domain; {@link #start()} then waits for the deployed application's GraphQL answer.
 */
public final class PayaraDomain {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path root;
    private final Path runtime;

    private PayaraDomain(Path root) {
        this.root = root;
        this.runtime = root.resolve(".runtime");
    }

    /** The domain of the build the ITs run in ({@code cloudcare.root}). */
    public static PayaraDomain ofThisBuild() {
        return new PayaraDomain(Path.of(System.getProperty("cloudcare.root", "..")).toAbsolutePath().normalize());
    }

    /** A MicroProfile Config property of the domain's config source, seen by the application within a second. */
    public void setConfigProperty(String name, String value) {
        asadmin("set-config-property", "--source=domain", "--propertyName=" + name, "--propertyValue=" + value);
    }

    public void deleteConfigProperty(String name) {
        asadmin("delete-config-property", "--source=domain", "--propertyName=" + name);
    }

    /**
     * Kills the server's JVM as a power cut would ({@code SIGKILL}: no shutdown hooks, no undeployment, open
     * transactions and leases left as they were) and waits until it is gone. Returns its process id.
     */
    public long killServer() throws IOException, InterruptedException {
        Path pidFile = runtime.resolve("payara6/glassfish/domains/cloudcare/config/pid");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle server = ProcessHandle.of(pid)
                .orElseThrow(() -> new AssertionError("No Payara Server process " + pid + " (" + pidFile + ")"));
        if (!server.destroyForcibly()) {
            throw new AssertionError("Could not kill Payara Server process " + pid);
        }
        try {
            server.onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("Payara Server process " + pid + " did not die", e);
        }
        return pid;
    }

    /**
     * Starts the domain again ({@code ear/payara-server.sh start}); the deployed EAR starts with it. Returns once
     * GraphQL answers.
     */
    public void start() throws IOException, InterruptedException {
        run(List.of(root.resolve("ear/payara-server.sh").toString(), "start"), START_TIMEOUT);
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!graphQLAnswers()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Payara Server started, but GraphQL did not answer within " + READY_TIMEOUT
                        + "; see .runtime/logs/payara-server.log");
            }
            Thread.sleep(500);
        }
    }

    private static boolean graphQLAnswers() throws InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(GraphQL.ENDPOINT).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")).build();
        try {
            HttpResponse<String> answer = HTTP.send(probe, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"__typename\"");
        } catch (IOException notYet) { // refused while the server starts, or a timeout
            return false;
        }
    }

    private void asadmin(String... command) {
        List<String> line = new ArrayList<>(List.of(runtime.resolve("payara6/bin/asadmin").toString(),
                "--interactive=false", "--port", "4848", "--user", "admin", "--passwordfile",
                runtime.resolve("payara-admin.password").toString()));
        line.addAll(List.of(command));
        try {
            run(line, COMMAND_TIMEOUT);
        } catch (IOException e) {
            throw new AssertionError("Cannot run asadmin " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Runs a command in the build's root; its output goes to target/, and is shown when it fails. */
    private void run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path output = Files.createTempFile(root.resolve("ear/target"), "payara-domain-", ".log");
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " took longer than " + timeout + ": " + Files.readString(output));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(command + " failed (exit " + process.exitValue() + "): "
                    + Files.readString(output));
        }
        Files.deleteIfExists(output);
    }
}
