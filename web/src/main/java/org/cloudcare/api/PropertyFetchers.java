package org.cloudcare.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * Reads the plain properties of the API's view records (a customer's {@code name}, an edge's {@code node}, ...).
 * <p>
 * SmallRye's own property fetcher fills a per-field copy of its request context for every value it reads: it clones
 * the context and renders the field's whole selection set to JSON twice, so a {@code customers(first: 20)} answer of
 * about a thousand values spent most of its time there (JFR under the dashboard benchmark). Nothing reads that context
 * while a record component is read, so this fetcher reads the component and applies SmallRye's output transformation
 * (date and number formats) without it. Fields with adapters ({@code @AdaptWith}, {@code @AdaptToScalar}, maps) keep
 * SmallRye's fetcher, since adapters may look at the context. Registered through SmallRye's {@link DataFetcherService}
 * service loader.
 */
public final class PropertyFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        if (field.getMethodName() == null || adapts(field)) {
            return null;
        }
        return new Getter(field, owner);
    }

    private static boolean adapts(Field field) {
        Reference reference = field.getReference();
        return field.isAdaptingWith() || reference.isAdaptingWith() || field.isAdaptingTo()
                || reference.isAdaptingTo() || field.hasWrapper() && field.getWrapper().isMap();
    }

    private static final class Getter implements PlugableDataFetcher<Object>, TrivialDataFetcher<Object> {

        private final Field field;
        private final Reference owner;
        private final FieldHelper transformation;
        /** Looked up on first use, when the application's classes can be loaded; a race only looks it up twice. */
        private volatile Method accessor;

        Getter(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
            this.transformation = new FieldHelper(field);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object value;
            try {
                value = accessor().invoke(environment.getSource());
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
            try {
                return transformation.transformOrAdaptResponse(value, environment);
            } catch (AbstractDataFetcherException e) {
                throw new GraphQLException("cannot render " + owner.getName() + "." + field.getName(), e);
            }
        }

        private Method accessor() {
            Method method = accessor;
            if (method == null) {
                try {
                    method = ClassloadingService.get().loadClass(owner.getClassName()).getMethod(field.getMethodName());
                } catch (ReflectiveOperationException e) {
                    throw new GraphQLException(e);
                }
                accessor = method;
            }
            return method;
        }
    }
}
