package org.cloudcare.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import graphql.introspection.IntrospectionQuery;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cost model, the mutation cap and the number ranges, on the published schema. */
class DocumentLimitsTest {

    private static final GraphQLSchema SCHEMA = published();
    private static final DocumentLimits LIMITS = new DocumentLimits(SCHEMA, true);
    private static final String DASHBOARD = "query($n: Int) { customers(first: $n) { totalCount edges { node { id"
            + " name contacts { name email } interactions(first: 10) { totalCount edges { node { subject occurredAt } } }"
            + " subscriptions(first: 10) { totalCount edges { node { name region } } } } } } }";

    /** The server is warm: ANTLR builds its parser tables at the first document a JVM parses. */
    @org.junit.jupiter.api.BeforeAll
    static void warmUp() {
        LIMITS.check("{ me { username } }", null);
    }

    static GraphQLSchema published() {
        try {
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(
                    Files.readString(Path.of("..", "graphql-schema", "schema.graphql"))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each fragment spreads the next one twice: 2^20 fields once expanded, from a document of about 700 bytes. */
    static String fragmentBomb(int levels) {
        StringBuilder document = new StringBuilder("query { me { ...F0 } }");
        for (int i = 0; i < levels; i++) {
            document.append(" fragment F").append(i).append(" on Me { ...F").append(i + 1).append(" ...F")
                    .append(i + 1).append(" }");
        }
        return document.append(" fragment F").append(levels).append(" on Me { username }").toString();
    }

    @Test
    void aFragmentBombIsRefusedWithoutExpandingIt() {
        DocumentLimits.Refusal refusal = LIMITS.check(fragmentBomb(20), null);
        assertNotNull(refusal);
        assertEquals("query", refusal.field());
        // 2^1000 selections if expanded: that this returns at all shows each fragment is counted once
        assertNotNull(LIMITS.check(fragmentBomb(1000), null));
    }

    @Test
    void aDocumentOf256KilobytesIsRefusedQuickly() {
        String big = "{ " + "me { username } ".repeat(256 * 1024 / 16) + "}";
        for (int i = 0; i < 5; i++) {
            LIMITS.check(big, null); // once the JIT has compiled the lexer, as on a running server
        }
        long start = System.nanoTime();
        DocumentLimits.Refusal refusal = LIMITS.check(big, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertNotNull(refusal);
        // a linear lexer needs a few milliseconds; the bound is loose so that a loaded build machine does not fail it,
        // and still far below what a quadratic pass over 256 KB would take
        assertTrue(millis < 2_000, "took " + millis + " ms");
    }

    @Test
    void aliasesMultiplyAndPagesMultiply() {
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 200; i++) {
            aliases.append(" a").append(i).append(": customers(first: 100) { edges { node { id contacts { id } } } }");
        }
        DocumentLimits.Refusal refusal = LIMITS.check(aliases.append(" }").toString(), null);
        assertNotNull(refusal);
        assertTrue(refusal.message().contains("first"), refusal.message());
        // one page of 100 with nested pages: what the batching tests ask for stays allowed
        assertNull(LIMITS.check(DASHBOARD, variables("{\"n\": 100}")));
        // a page size given as a variable counts as much as a literal one
        String twenty = "{" + (" c%d: customers(first: $n) { edges { node { id name contacts { name } } } }").repeat(1)
                + "}";
        assertNull(LIMITS.check(twenty.formatted(0).replace("{ c0", "query($n: Int) { c0"),
                variables("{\"n\": 100}")));
        String many = "query($n: Int) {" + " c: customers(first: $n) { edges { node { id name contacts { name"
                + " email phone role id } } } }" + " d: customers(first: $n) { edges { node { id name contacts { name"
                + " email phone role id } } } }" + "}";
        assertNotNull(LIMITS.check(many, variables("{\"n\": 100000}")));
    }

    @Test
    void listsWithoutPagesCountTenAndDefaultPagesTwenty() {
        // customers: 1 + edges: (1 + 20 x (node: 1 + id 1 + contacts: (1 + 10 x 1)))
        String query = "{ customers { edges { node { id contacts { id } } } } }";
        assertNull(LIMITS.check(query, null));
        String aliased = "{" + " a%d: customers { edges { node { id contacts { id } } } }".repeat(1) + "}";
        StringBuilder fifty = new StringBuilder("{");
        for (int i = 0; i < 50; i++) {
            fifty.append(" a").append(i).append(": customers { edges { node { id contacts { id } } } }");
        }
        assertNotNull(LIMITS.check(fifty.append(" }").toString(), null), "50 x 262 > " + DocumentLimits.MAX_COST);
        assertNull(LIMITS.check(aliased.formatted(1), null));
    }

    @Test
    void graphiqlsSchemaQueryIsAllowedWhereIntrospectionIs() {
        assertNull(LIMITS.check(IntrospectionQuery.INTROSPECTION_QUERY, null));
        DocumentLimits production = new DocumentLimits(SCHEMA, false);
        DocumentLimits.Refusal refusal = production.check(IntrospectionQuery.INTROSPECTION_QUERY, null);
        assertNotNull(refusal);
        assertTrue(refusal.message().contains("Introspection"), refusal.message());
        assertNotNull(production.check("{ __type(name: \"Customer\") { name } }", null));
        assertNull(production.check("{ __typename me { username } }", null));
    }

    @Test
    void aMutationDocumentCarriesAtMostTwentyMutations() {
        assertNull(LIMITS.check(mutations(DocumentLimits.MAX_MUTATIONS), null));
        DocumentLimits.Refusal refusal = LIMITS.check(mutations(DocumentLimits.MAX_MUTATIONS + 1), null);
        assertNotNull(refusal);
        assertEquals("query", refusal.field());
        // hidden in a fragment on Mutation, they count the same
        String spread = "mutation { ...M ...M } fragment M on Mutation {"
                + " r: reactivateCustomer(id: \"x\") { id }".repeat(1) + mutationsBody(11) + " }";
        assertNotNull(LIMITS.check(spread, null));
    }

    @Test
    void aFragmentThatSpreadsItselfIsRefused() {
        assertNotNull(LIMITS.check("{ me { ...A } } fragment A on Me { ...B } fragment B on Me { ...A }", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e30", "-1e30", "9223372036854775808", "-9223372036854775809", "1.5", "\"1e30\""})
    void aVersionOutsideSixtyFourBitsIsValidationNamingTheField(String number) {
        String literal = "mutation { updateCustomerProfile(input: {customerId: \"x\", version: " + number
                + ", name: \"n\", language: \"en\", notificationChannels: [EMAIL]}) { id } }";
        assertEquals("version", LIMITS.check(literal, null).field());
        String variable = "mutation($input: UpdateCustomerProfileInput!) { updateCustomerProfile(input: $input) { id } }";
        assertEquals("version", LIMITS.check(variable, variables("{\"input\": {\"customerId\": \"x\", \"version\": "
                + number + ", \"name\": \"n\", \"language\": \"en\", \"notificationChannels\": [\"EMAIL\"]}}"))
                .field());
    }

    @Test
    void aVersionInsideSixtyFourBitsPasses() {
        String literal = "mutation { updateCustomerProfile(input: {customerId: \"x\", version: 9223372036854775807,"
                + " name: \"n\", language: \"en\", notificationChannels: [EMAIL]}) { id } }";
        assertNull(LIMITS.check(literal, null));
        assertNull(LIMITS.check("mutation($v: BigInteger!) { updateCustomerProfile(input: {customerId: \"x\","
                + " version: $v, name: \"n\", language: \"en\", notificationChannels: [EMAIL]}) { id } }",
                variables("{\"v\": -9223372036854775808}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "1e30", "1.5", "-2147483649"})
    void anIntOutsideThirtyTwoBitsIsValidationNamingTheField(String number) {
        assertEquals("first", LIMITS.check("{ customers(first: " + number + ") { totalCount } }", null).field());
        assertEquals("n", LIMITS.check("query($n: Int) { customers(first: $n) { totalCount } }",
                variables("{\"n\": " + number + "}")).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"NaN\"", "\"Infinity\"", "\"0x10\"", "\"12 EUR\""})
    void aDecimalSentAsTextThatIsNoNumberIsValidationNamingTheField(String json) {
        String query = "mutation($input: AddProductOfferingPriceInput!) { addProductOfferingPrice(input: $input)"
                + " { id } }";
        assertEquals("amount", LIMITS.check(query, variables("{\"input\": {\"productOfferingId\": \"x\","
                + " \"name\": \"n\", \"priceType\": \"ONE_TIME\", \"price\": {\"amount\": " + json
                + ", \"currency\": \"EUR\"}}}")).field());
        assertNull(LIMITS.check(query, variables("{\"input\": {\"productOfferingId\": \"x\", \"name\": \"n\","
                + " \"priceType\": \"ONE_TIME\", \"price\": {\"amount\": \"12.50\", \"currency\": \"EUR\"}}}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1}", "true", "[\"x\"]", "1.5"})
    void anIdMustBeAStringOrAnInteger(String json) {
        assertEquals("id", LIMITS.check("query($id: ID!) { customer(id: $id) { id } }",
                variables("{\"id\": " + json + "}")).field());
    }

    @Test
    void anIdAsStringOrIntegerPasses() {
        assertNull(LIMITS.check("query($id: ID!) { customer(id: $id) { id } }", variables("{\"id\": \"c-1\"}")));
        assertNull(LIMITS.check("query($id: ID!) { customer(id: $id) { id } }", variables("{\"id\": 42}")));
        assertNull(LIMITS.check("{ customer(id: \"c-1\") { id } }", null));
        assertEquals("id", LIMITS.check("{ customer(id: true) { id } }", null).field());
        assertEquals("id", LIMITS.check("{ customer(id: {a: 1}) { id } }", null).field());
    }

    @Test
    void aDocumentThatDoesNotParseIsNamedAsTheQuery() {
        DocumentLimits.Refusal refusal = LIMITS.check("{ me { username ", null);
        assertEquals("query", refusal.field());
        assertTrue(refusal.message().startsWith("The query does not parse"), refusal.message());
    }

    @Test
    void theRequestBodyIsCheckedMemberByMember() {
        assertEquals("variables", request("{\"query\": \"{ me { username } }\", \"variables\": \"{}\"}").field());
        assertEquals("variables", request("{\"query\": \"{ me { username } }\", \"variables\": []}").field());
        assertEquals("operationName", request("{\"query\": \"{ me { username } }\", \"operationName\": 1}").field());
        assertEquals("operationName", request("{\"query\": \"{ me { username } }\", \"operationName\": {}}").field());
        assertEquals("extensions", request("{\"query\": \"{ me { username } }\", \"extensions\": 1}").field());
        assertEquals("query", request("{\"query\": 1}").field());
        assertEquals("body", request("[]").field());
        assertEquals("body", request("{\"query\": ".repeat(1) + "[".repeat(10_000) + "]".repeat(10_000) + "}")
                .field());
        assertNull(request("{\"query\": \"{ me { username } }\", \"variables\": null, \"operationName\": null,"
                + " \"extensions\": {}}").problem());
        assertEquals(3, GraphQLOverHttp.Request.nesting("{\"a\": [{\"b\": \"[[[[{{{\"}]}".getBytes()));
    }

    private static GraphQLOverHttp.Request request(String body) {
        return GraphQLOverHttp.Request.of(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String mutations(int count) {
        return "mutation {" + mutationsBody(count) + " }";
    }

    private static String mutationsBody(int count) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            body.append(" c").append(i).append(": createCustomer(input: {code: \"c").append(i)
                    .append("\", name: \"n\", kind: CLINIC}) { id }");
        }
        return body.toString();
    }

    private static JsonObject variables(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
