package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import jakarta.json.JsonObject;

import org.cloudcare.it.fuzz.AnswerCheck;
import org.cloudcare.it.fuzz.Findings;
import org.cloudcare.it.fuzz.FuzzCase;
import org.cloudcare.it.fuzz.IdPool;
import org.cloudcare.it.fuzz.InputFuzzer;
import org.cloudcare.it.fuzz.RowCounts;
import org.cloudcare.it.fuzz.Schema;
import org.cloudcare.it.support.Demo;
import org.cloudcare.it.support.DeployedCloudCare;
import org.cloudcare.it.support.GraphQL;
import org.cloudcare.it.support.KeycloakAdmin;
import org.cloudcare.it.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every mutation the running server offers (found by introspection, so new areas are covered without editing
 * this class) with bounded, seeded requests: plausible inputs with hostile changes, inline documents and malformed
 * requests, sent by a provider business manager (bruno), provider support (sam) and the administrator of a tenant
 * the fuzzer creates for itself. For every answer: no 5xx, JSON, no {@code INTERNAL}, no class names; a value the
 * schema does not allow (a null for a required field, an unknown enum value or field) and a number the field cannot
 * hold exactly (a fraction or out of range for an integer) are refused as VALIDATION before anything runs; and a
 * refused request changes neither the number of customers nor the number of audit lines.
 * <p>
 * Row counts are read per batch of refused requests (and before every request that might succeed); a batch that
 * changed them is sent again one request at a time to find the culprit. Each mutation may succeed only a few times
 * ({@code fuzz.successesPerMutation}); after that its requests carry a change the API must refuse, so the run cannot
 * fill Keycloak with invited users or the database with customers. The successful changes land on customers the
 * fuzzer created, never on the demo customers other tests read.
 * <p>
 * Properties: {@code fuzz.seed} (default: today's date as a day number, printed), {@code fuzz.requests} (1000),
 * {@code fuzz.batch} (50), {@code fuzz.successesPerMutation} (3), {@code fuzz.maxSeconds} (100: the run stops
 * sending, and says so, when it takes longer). Every finding is printed with its request body and answer; the full
 * report is in {@code target/fuzz/}.
 */
class MutationFuzzIT {

    private static final long SEED = Long.getLong("fuzz.seed", LocalDate.now(ZoneOffset.UTC).toEpochDay());
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 1000);
    private static final int BATCH = Integer.getInteger("fuzz.batch", 50);
    private static final int SUCCESSES_PER_MUTATION = Integer.getInteger("fuzz.successesPerMutation", 3);
    private static final Duration TIME_LIMIT = Duration.ofSeconds(Long.getLong("fuzz.maxSeconds", 100));
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    private static final String CREATE = "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) {"
            + " id code } }";
    private static final String ADD_CONTACT = "mutation($input: AddCustomerContactInput!) {"
            + " addCustomerContact(input: $input) { id } }";

    /** The Keycloak users this class created (its tenant administrator), deleted after the run with their invitees. */
    private static final List<String> ADMINISTRATORS = new ArrayList<>();

    private final Findings findings = new Findings();
    private final Map<String, IdPool> pools = new LinkedHashMap<>();
    private final Map<String, Integer> successes = new TreeMap<>();
    private final Map<String, Map<String, Integer>> outcomes = new TreeMap<>();
    private RowCounts baseline;
    private int sent;
    private int replayed;
    private int countChecks;

    @AfterAll
    static void deleteTheFuzzersKeycloakUsers() {
        for (String administrator : ADMINISTRATORS) {
            try {
                GraphQL.as(administrator, "{ tenantUsers(first: 100) { edges { node { username } } } }").data()
                        .getJsonObject("tenantUsers").getJsonArray("edges").stream()
                        .map(edge -> edge.asJsonObject().getJsonObject("node").getString("username"))
                        .filter(username -> !username.equals(administrator))
                        .forEach(KeycloakAdmin::deleteUsersNamed);
            } finally {
                KeycloakAdmin.deleteUsersNamed(administrator);
            }
        }
    }

    @Test
    void noMutationAnswersHostileInputWithAServerErrorOrWritesWhenItRefuses() throws IOException {
        System.out.println("MutationFuzzIT: seed " + SEED + ", " + REQUESTS + " requests (reproduce with -Dfuzz.seed="
                + SEED + " -Dfuzz.requests=" + REQUESTS + ")");
        Schema schema = Schema.introspect("bruno");
        List<Schema.Field> mutations = schema.mutations();
        assertFalse(mutations.isEmpty(), "Introspection found no mutations");
        String administrator = prepareCallers();
        List<String> callers = List.of("bruno", "sam", administrator, administrator, "bruno");

        Random random = new Random(SEED);
        InputFuzzer fuzzer = new InputFuzzer(schema, random);
        long started = System.nanoTime();
        baseline = RowCounts.now();
        List<FuzzCase> pending = new ArrayList<>();
        boolean outOfTime = false;
        for (int number = 1; number <= REQUESTS; number++) {
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(TIME_LIMIT) > 0) {
                outOfTime = true;
                break;
            }
            Schema.Field mutation = mutations.get(random.nextInt(mutations.size()));
            String caller = callers.get(random.nextInt(callers.size()));
            boolean capped = successes.getOrDefault(mutation.name(), 0) >= SUCCESSES_PER_MUTATION;
            FuzzCase request = fuzzer.next(number, mutation, caller, pools.get(caller), capped);
            if (!request.mustBeRefused() && !pending.isEmpty()) {
                checkCounts(pending);
            }
            AnswerCheck.Reading reading = send(request, true);
            if (reading == null) {
                continue;
            }
            count(mutation.name(), caller.equals(administrator) ? "tenant admin" : caller, reading);
            if (reading.ran()) {
                successes.merge(mutation.name(), 1, Integer::sum);
                learnIds(caller, mutation.name(), reading.json());
                if (request.mustBeRefused()) {
                    findings.add("ran although the request had to be refused", request, reading.answer(), null);
                }
                if (!pending.isEmpty()) {
                    // refusals and a success since the last count: count again, send the refusals once more, count
                    baseline = RowCounts.now();
                    pending.forEach(refused -> send(refused, false));
                    checkCounts(pending);
                }
                baseline = RowCounts.now();
                countChecks++;
            } else {
                pending.add(request);
                if (pending.size() >= BATCH) {
                    checkCounts(pending);
                }
            }
        }
        if (!pending.isEmpty()) {
            checkCounts(pending);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String summary = summary(mutations, seconds, outOfTime);
        System.out.println(summary);
        Path report = writeReport(summary);
        if (!findings.isEmpty()) {
            fail("The mutation fuzzer found " + findings.classes() + " classes of problems on "
                    + (DeployedCloudCare.DATABASE.isBlank() ? "the running server" : DeployedCloudCare.DATABASE)
                    + " (seed " + SEED + "; reproduce with -Dfuzz.seed=" + SEED + " -Dfuzz.requests=" + REQUESTS
                    + "; full report " + report + "):\n" + findings.overview() + "\n" + findings.details());
        }
    }

    /**
     * Creates what the fuzzer may change: a target customer with a contact for the provider staff, and a home
     * customer with a contact and a csc-admin user in Keycloak for the tenant side. Answers the administrator's name.
     */
    private String prepareCallers() {
        String tag = Demo.unique("fz");
        String target = createCustomer(tag + "-t", "Fuzz Target Clinic");
        String homeCode = tag + "-h";
        String home = createCustomer(homeCode, "Fuzz Home Clinic");
        String administrator = tag + "-admin";
        KeycloakAdmin.createUser(administrator, homeCode, "csc-admin");
        ADMINISTRATORS.add(administrator);

        IdPool provider = new IdPool();
        provider.addOwn("Customer", target);
        provider.addOwn("CustomerContact", addContact(target));
        IdPool tenant = new IdPool();
        tenant.addOwn("Customer", home);
        tenant.addOwn("CustomerContact", addContact(home));
        tenant.addForeign(Demo.riversideId());
        tenant.addForeign(Demo.harborId());
        tenant.addForeign(target);
        GraphQL.as("sam", "query($id: ID!) { customer(id: $id) { contacts { id } } }", "id", Demo.riversideId())
                .data().getJsonObject("customer").getJsonArray("contacts")
                .forEach(contact -> tenant.addForeign(contact.asJsonObject().getString("id")));
        pools.put("bruno", provider);
        pools.put("sam", provider);
        pools.put(administrator, tenant);
        Tokens.of(administrator);
        return administrator;
    }

    private static String createCustomer(String code, String name) {
        return GraphQL.as("bruno", CREATE, "input", Map.of("code", code, "name", name, "kind", "CLINIC")).data()
                .getJsonObject("createCustomer").getString("id");
    }

    private static String addContact(String customerId) {
        return GraphQL.as("bruno", ADD_CONTACT, "input", Map.of("customerId", customerId, "name", "Fuzz Contact",
                "role", "Operations", "email", "fuzz-contact@example.org")).data()
                .getJsonObject("addCustomerContact").getString("id");
    }

    /**
     * Sends the request and checks the answer (a replay only counts and reads it: its first answer was checked);
     * null when no answer came (recorded as a finding).
     */
    private AnswerCheck.Reading send(FuzzCase request, boolean check) {
        if (check) {
            sent++;
        } else {
            replayed++;
        }
        HttpRequest http = HttpRequest.newBuilder(GraphQL.ENDPOINT).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", accept(request))
                .header("Authorization", "Bearer " + Tokens.of(request.caller()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body())).build();
        GraphQL.Answer answer;
        try {
            answer = GraphQL.send(http);
        } catch (IllegalStateException noAnswer) {
            findings.add("no answer within " + ANSWER_TIMEOUT.toSeconds() + " s", request, null,
                    String.valueOf(noAnswer.getCause()));
            return null;
        }
        AnswerCheck.Reading reading = AnswerCheck.read(answer, request.mutation());
        if (!check) {
            return reading;
        }
        String problems = AnswerCheck.problems(reading);
        if (problems != null) {
            findings.add(problems, request, answer, "Accept: " + accept(request));
        }
        if (request.invalidBecause() != null
                && (reading.ran() || reading.codes().isEmpty() || !reading.codes().stream().allMatch("VALIDATION"::equals))) {
            findings.add(request.invalidBecause().contains(InputFuzzer.NUMBER_REFUSAL)
                    ? "a number the field cannot hold (fraction, out of range, not a number) was not refused as VALIDATION"
                    : "a value the schema does not allow was not refused as VALIDATION", request, answer,
                    "because of " + request.invalidBecause() + "; answer codes " + reading.codesText());
        }
        return reading;
    }

    private static String accept(FuzzCase request) {
        return request.number() % 4 == 0 ? "application/graphql-response+json" : "application/json";
    }

    /**
     * The refused requests since the last count must have left the counts as they were; if not, each is sent again
     * between two counts to find the one that writes. The counts afterwards are the new baseline.
     */
    private void checkCounts(List<FuzzCase> refused) {
        RowCounts now = RowCounts.now();
        countChecks++;
        if (!now.equals(baseline)) {
            boolean found = false;
            for (FuzzCase request : refused) {
                RowCounts before = RowCounts.now();
                AnswerCheck.Reading again = send(request, false);
                RowCounts after = RowCounts.now();
                countChecks += 2;
                if (!after.equals(before)) {
                    found = true;
                    String note = "counts before " + before + ", after " + after + "; newest audit lines: "
                            + RowCounts.newestAuditLines(after.auditLines() - before.auditLines());
                    findings.add(again != null && again.ran() ? "ran on the replay of a refused request"
                            : "refused request changed row counts", request, again == null ? null : again.answer(),
                            note);
                }
            }
            if (!found) {
                findings.add("a batch of refused requests changed row counts, none did alone on replay",
                        refused.get(0), null, "counts were " + baseline + ", then " + now + "; the batch: "
                                + refused.stream().map(FuzzCase::summary).toList());
            }
            now = RowCounts.now();
        }
        baseline = now;
        refused.clear();
    }

    /** Ids of what a successful mutation answered become the caller's own ids, and foreign ones for the tenant. */
    private void learnIds(String caller, String mutation, JsonObject json) {
        if (!(json.getJsonObject("data").get(mutation) instanceof JsonObject answer) || !answer.containsKey("id")) {
            return;
        }
        String id = answer.getString("id", null);
        String type = answer.getString("__typename", null);
        if (id == null || type == null) {
            return;
        }
        pools.get(caller).addOwn(type, id);
        if (caller.equals("bruno") || caller.equals("sam")) {
            pools.values().stream().filter(pool -> pool != pools.get("bruno")).forEach(pool -> pool.addForeign(id));
        }
    }

    private void count(String mutation, String caller, AnswerCheck.Reading reading) {
        outcomes.computeIfAbsent(mutation, m -> new TreeMap<>()).merge(caller + " " + reading.codesText(), 1,
                Integer::sum);
    }

    private String summary(List<Schema.Field> mutations, double seconds, boolean outOfTime) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("MutationFuzzIT on %s: seed %d, %d fuzzed requests sent (of %d planned%s) in %.1f s,"
                        + " %d row-count checks, %d refused requests sent again, %d mutations found by introspection%n",
                DeployedCloudCare.DATABASE.isBlank() ? "the running server" : DeployedCloudCare.DATABASE, SEED,
                sent, REQUESTS, outOfTime ? "; STOPPED at the time limit of " + TIME_LIMIT.toSeconds() + " s" : "",
                seconds, countChecks, replayed, mutations.size()));
        for (Schema.Field mutation : mutations) {
            text.append("  ").append(mutation.name()).append(": ")
                    .append(outcomes.getOrDefault(mutation.name(), Map.of())).append('\n');
        }
        text.append(findings.isEmpty() ? "No findings.\n" : "Findings:\n" + findings.overview());
        return text.toString();
    }

    private Path writeReport(String summary) throws IOException {
        Path directory = Path.of("target", "fuzz");
        Files.createDirectories(directory);
        Path report = directory.resolve("mutation-fuzz-" + (DeployedCloudCare.DATABASE.isBlank() ? "server"
                : DeployedCloudCare.DATABASE) + "-" + SEED + ".txt");
        Files.writeString(report, summary + "\n" + findings.details(20_000));
        return report.toAbsolutePath();
    }
}
