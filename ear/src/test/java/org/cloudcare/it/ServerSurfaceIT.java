package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cloudcare.it.support.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * What the servers show of themselves: no product and version in the answers of the application, an admin REST API
 * that refuses anonymous callers, generated admin passwords readable only by their owner, and development servers
 * listening on loopback only (the servers started by {@code ear/payara-server.sh} and {@code keycloak/keycloak.sh}).
 */
class ServerSurfaceIT {

    private static final String ADMIN = System.getProperty("payara.admin.url", "http://localhost:4848");
    private static final Path RUNTIME = Path.of(System.getProperty("cloudcare.root", "..")).toAbsolutePath()
            .normalize().resolve(".runtime");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** A Server header that names a product or carries a version. */
    private static final Pattern DISCLOSING = Pattern.compile("(?i).*(payara|glassfish|grizzly|java|jdk|\\d).*");

    @Test
    void theApplicationsAnswersDoNotAnnounceTheServer() {
        List<HttpRequest> requests = List.of(
                get(GraphQL.CLOUDCARE + "/"),
                get(GraphQL.CLOUDCARE + "/graphiql/"),
                get(GraphQL.CLOUDCARE + "/no-such-page"),
                HttpRequest.newBuilder(GraphQL.ENDPOINT).header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")).build());
        for (HttpRequest request : requests) {
            HttpResponse<String> response = send(request);
            String what = request.method() + " " + request.uri() + " (HTTP " + response.statusCode() + ")";
            assertTrue(response.headers().allValues("X-Powered-By").isEmpty(),
                    what + " sends X-Powered-By: " + response.headers().allValues("X-Powered-By"));
            response.headers().allValues("Server").forEach(server -> assertFalse(DISCLOSING.matcher(server).matches(),
                    what + " sends Server: " + server));
            if (response.statusCode() >= 400) {
                assertFalse(response.body().contains("Payara") || response.body().contains("6.2025"),
                        what + " names the server: " + response.body());
            }
        }
    }

    @Test
    void theAdminApiRefusesAnonymousCallers() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(ADMIN + "/management/domain"))
                .header("Accept", "application/json").GET().build());
        assertEquals(401, response.statusCode(), response.body());
        assertFalse(response.body().contains("SUCCESS"), response.body());
        HttpResponse<String> applications = send(HttpRequest.newBuilder(
                URI.create(ADMIN + "/management/domain/applications/application"))
                .header("Accept", "application/json").GET().build());
        assertNotEquals(200, applications.statusCode(), applications.body());
    }

    @Test
    void theAdminApiAcceptsTheGeneratedPasswordWhichOnlyItsOwnerMayRead() throws IOException {
        Path file = RUNTIME.resolve("payara-admin.password");
        assumeTrue(Files.exists(file), "no " + file + ": the server was not started by ear/payara-server.sh here");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(file), file.toString());
        String password = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("AS_ADMIN_PASSWORD=")).findFirst().orElseThrow()
                .substring("AS_ADMIN_PASSWORD=".length());
        assertTrue(password.length() >= 16, "the generated password is too short");
        String basic = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(ADMIN + "/management/domain"))
                .header("Accept", "application/json").header("Authorization", "Basic " + basic).GET().build());
        assertEquals(200, response.statusCode(), response.body());

        Path keycloak = RUNTIME.resolve("keycloak-admin.password");
        assumeTrue(Files.exists(keycloak), "no " + keycloak + ": Keycloak was not started by keycloak/keycloak.sh");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(keycloak), keycloak.toString());
    }

    /** Every TCP port of the Payara Server and Keycloak processes is on 127.0.0.1 (or ::1), as `ss -ltnp` sees it. */
    @Test
    void theDevelopmentServersListenOnLoopbackOnly() throws IOException, InterruptedException {
        Path payaraPid = RUNTIME.resolve("payara6/glassfish/domains/cloudcare/config/pid");
        Path keycloakPid = RUNTIME.resolve("keycloak.pid");
        assumeTrue(Files.exists(payaraPid) && Files.exists(keycloakPid), "the servers were not started here");
        List<String> sockets = listeningSockets();
        assumeTrue(sockets != null, "no ss on this machine");
        List<String> payara = addressesOf(sockets, Files.readString(payaraPid).strip());
        // keycloak.pid is kc.sh's, which either becomes the server JVM (exec) or runs it as its child
        List<String> keycloak = ProcessHandle.of(Long.parseLong(Files.readString(keycloakPid).strip()))
                .map(kc -> Stream.concat(Stream.of(kc), kc.descendants()).map(ProcessHandle::pid)
                        .flatMap(pid -> addressesOf(sockets, String.valueOf(pid)).stream()).distinct().toList())
                .orElse(List.of());
        assertTrue(onPort(payara, 8080) && onPort(payara, 4848), "Payara Server listens on " + payara);
        assertTrue(onPort(keycloak, 8180), "Keycloak listens on " + keycloak);
        List<String> exposed = new ArrayList<>();
        payara.stream().filter(a -> !loopback(a)).map(a -> "Payara Server " + a).forEach(exposed::add);
        keycloak.stream().filter(a -> !loopback(a)).map(a -> "Keycloak " + a).forEach(exposed::add);
        assertEquals(List.of(), exposed, "listening beyond loopback");
    }

    private static boolean onPort(List<String> addresses, int port) {
        return addresses.stream().anyMatch(address -> address.endsWith(":" + port));
    }

    private static boolean loopback(String address) {
        return address.startsWith("127.0.0.1:") || address.startsWith("[::1]:")
                || address.startsWith("[::ffff:127.0.0.1]:");
    }

    /** The lines of {@code ss -ltnpH}, or null without ss. */
    private static List<String> listeningSockets() throws IOException, InterruptedException {
        Process ss;
        try {
            ss = new ProcessBuilder("ss", "-ltnpH").redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        String output = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ss.waitFor(10, TimeUnit.SECONDS) && ss.exitValue() == 0, "ss -ltnpH failed: " + output);
        return output.lines().toList();
    }

    /** The local addresses (column 4) of the sockets of the process. */
    private static List<String> addressesOf(List<String> sockets, String pid) {
        return sockets.stream().filter(line -> line.contains("pid=" + pid + ","))
                .map(line -> line.trim().split("\\s+")[3]).distinct().toList();
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).GET().build();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no answer from " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
