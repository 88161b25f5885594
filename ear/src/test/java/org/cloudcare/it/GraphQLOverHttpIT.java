package org.cloudcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cloudcare.it.support.GraphQL;
import org.cloudcare.it.support.Tokens;
import org.junit.jupiter.api.Test;

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
        assertEquals(400, GraphQL.post(Tokens.of("alice"), "application/json", "{not json",
                "application/graphql-response+json").status());
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
        assertFalse(refused.errors().isEmpty());
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
}
