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
    void aDocumentThatDoesNotParseIsAnErrorWithoutData() {
        GraphQL.Answer answer = GraphQL.post(Tokens.of("alice"), "application/json",
                "{\"query\":\"{ me { username \"}", "application/json");
        assertFalse(answer.errors().isEmpty());
        assertFalse(answer.json().containsKey("data") && !answer.json().isNull("data"));
    }

    @Test
    void tooDeepQueriesAreRefused() {
        String deep = "{ me { customer { contacts { name } } } }";
        assertTrue(GraphQL.as("alice", deep).errors().isEmpty());
        StringBuilder tooDeep = new StringBuilder("{ __schema { types { fields { type { ofType { ofType { ofType {"
                + " ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }");
        assertFalse(GraphQL.as("alice", tooDeep.toString()).errors().isEmpty());
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
