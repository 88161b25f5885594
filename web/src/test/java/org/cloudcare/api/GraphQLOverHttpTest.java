package org.cloudcare.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GraphQLOverHttpTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json;charset=UTF-8", "Application/JSON; charset=utf-8",
            "application/graphql-response+json", "application/graphql-response+json; charset=utf-8"})
    void jsonBodiesAreGraphQLRequests(String contentType) {
        assertTrue(GraphQLOverHttp.isJson(contentType));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/graphql", "application/jsonp", "text/json",
            "application/xml"})
    void everythingElseIsNot(String contentType) {
        assertFalse(GraphQLOverHttp.isJson(contentType));
    }
}
