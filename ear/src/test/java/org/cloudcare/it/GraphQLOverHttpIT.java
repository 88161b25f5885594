package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.json.Json;

import org.cloudcare.it.support.Demo;
import org.cloudcare.it.support.GraphQL;
import org.cloudcare.it.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The endpoint keeps the GraphQL-over-HTTP conventions and the published schema. */
class GraphQLOverHttpIT {

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        GraphQL.Answer served = GraphQL.send(HttpRequest.newBuilder(URI.create(GraphQL.CLOUDCARE
                + "/graphql/schema.graphql")).GET().build());
        assertEquals(200, served.status());
        Path target = Path.of("target", "schema.graphql");
        Files.writeString(target, served.body());
        Path committed = Path.of(System.getProperty("cloudcare.root", ".."), "graphql-schema", "schema.graphql");
        assertEquals(Files.readString(committed).strip(), served.body().strip(), "The GraphQL schema changed. If"
                + " that is intended, review it and run: cp ear/" + target + " graphql-schema/schema.graphql");
    }

    @Test
    void graphqlResponseJsonIsOfferedWhenAsked() {
        GraphQL.Answer answer = GraphQL.post(Tokens.of("alice"), "application/json", "{\"query\":\"{ me { username } }\"}",
                "application/graphql-response+json");
        assertEquals(200, answer.status());
        assertTrue(answer.contentType().startsWith("application/graphql-response+json"), answer.contentType());
        assertEquals("alice", answer.data().getJsonObject("me").getString("username"));
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        GraphQL.Answer answer = GraphQL.post(Tokens.of("alice"), "application/json", "{not json",
                "application/graphql-response+json");
        assertEquals(400, answer.status());
        assertEquals("VALIDATION", answer.errorCode());
        assertEquals("body", answer.errorField());
    }

    @Test
    void aJsonContentTypeWithACharsetIsAccepted() {
        GraphQL.Answer answer = GraphQL.post(Tokens.of("alice"), "application/json; charset=UTF-8",
                "{\"query\":\"{ me { username } }\"}", "application/json");
        assertEquals("alice", answer.data().getJsonObject("me").getString("username"));
    }

    /**
     * Only JSON is a GraphQL request: a form or plain text is what any web page can make a browser send without a
     * CORS preflight, so such a mutation must not run. The answer is a 415 in JSON, never an HTML error page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded"})
    void aRequestThatIsNotDeclaredAsJsonIsRefusedAndRunsNothing(String contentType) {
        long customers = customerCount();
        String create = Json.createObjectBuilder().add("query", "mutation { createCustomer(input: {code: \""
                + Demo.unique("media") + "\", name: \"Media Clinic\", kind: CLINIC}) { id } }").build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(GraphQL.ENDPOINT).header("Accept", "application/json")
                .header("Authorization", "Bearer " + Tokens.of("bruno"))
                .POST(HttpRequest.BodyPublishers.ofString(create));
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        GraphQL.Answer answer = GraphQL.send(request.build());
        assertEquals(415, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        assertEquals("VALIDATION", answer.errorCode());
        assertEquals("Content-Type", answer.errorField());
        assertEquals(customers, customerCount());
    }

    @Test
    void theSameMutationAsJsonRuns() {
        long customers = customerCount();
        GraphQL.Answer created = GraphQL.as("bruno", "mutation($input: CreateCustomerInput!) {"
                + " createCustomer(input: $input) { id } }", "input", Map.of("code", Demo.unique("media"),
                        "name", "Media Clinic", "kind", "CLINIC"));
        assertFalse(created.data().getJsonObject("createCustomer").getString("id").isEmpty());
        assertEquals(customers + 1, customerCount());
    }

    @Test
    void aDocumentThatDoesNotParseIsAValidationErrorWithoutData() {
        GraphQL.Answer answer = GraphQL.post(Tokens.of("alice"), "application/json",
                "{\"query\":\"{ me { username \"}", "application/json");
        assertEquals("VALIDATION", answer.errorCode());
        assertFalse(answer.json().containsKey("data") && !answer.json().isNull("data"));
    }

    @Test
    void anUnknownFieldIsA400ForGraphqlResponseJsonClients() {
        GraphQL.Answer answer = GraphQL.post(Tokens.of("alice"), "application/json",
                "{\"query\":\"{ me { nope } }\"}", "application/graphql-response+json");
        assertEquals(400, answer.status());
        assertEquals("VALIDATION", answer.errorCode());
        assertTrue(answer.onlyError().getString("message").contains("nope"));
    }

    @Test
    void tooDeepQueriesAreRefused() {
        String deep = "{ me { customer { contacts { name } } } }";
        assertTrue(GraphQL.as("alice", deep).errors().isEmpty());
        // deeper than the limit of 15 (GraphiQL's own introspection query needs 13)
        String tooDeep = "{ __schema { types { fields { type" + " { ofType".repeat(12) + " { name }" + " }".repeat(12)
                + " } } } }";
        GraphQL.Answer refused = GraphQL.as("alice", tooDeep);
        assertEquals("VALIDATION", refused.errorCode());
        assertFalse(refused.json().containsKey("data") && !refused.json().isNull("data"), refused.body());
    }

    @Test
    void errorsNeverShowClassNamesOrStackTraces() {
        GraphQL.Answer answer = GraphQL.as("alice", "{ customer(id: \"x\") { id } }");
        assertEquals("NOT_FOUND", answer.errorCode());
        assertFalse(answer.body().contains("Exception"), answer.body());
        assertFalse(answer.body().contains("org.cloudcare"), answer.body());
        assertFalse(answer.body().contains("\tat "), answer.body());
    }

    private static long customerCount() {
        return GraphQL.as("bruno", "{ customers { totalCount } }").data().getJsonObject("customers")
                .getJsonNumber("totalCount").longValue();
    }
}
