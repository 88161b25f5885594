package org.cloudcare.api;

import static graphql.schema.visibility.DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY;

import jakarta.enterprise.inject.spi.CDI;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.spi.EventingService;

/**
 * Every field of the schema visible to execution, as graphql-java has it by default.
 * <p>
 * SmallRye 2.17 reads its {@code smallrye.graphql.fieldVisibility} setting, whose default is the word
 * {@code default}, as a list of patterns of fields to block unless it is {@code no-introspection}: so by default each
 * field that graphql-java looks up is named {@code Type.field} and matched against the pattern {@code default}. For a
 * batch of 10,000 measurements that is 80,000 strings and regular expression matches while the input is coerced
 * (about a tenth of the request's CPU under the ingestion benchmark), and nothing is ever blocked. CloudCare blocks
 * nothing by visibility (introspection is refused in production by {@link DocumentLimits}), so the engine is built
 * with graphql-java's own visibility. Registered through SmallRye's {@link EventingService} service loader, always on.
 */
public final class FieldVisibility implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQLSchema schema = CDI.current().select(GraphQLSchema.class).get();
        return builder.schema(schema.transformWithoutTypes(withoutTypes -> withoutTypes.codeRegistry(
                schema.getCodeRegistry().transform(registry -> registry.fieldVisibility(DEFAULT_FIELD_VISIBILITY)))));
    }
}
