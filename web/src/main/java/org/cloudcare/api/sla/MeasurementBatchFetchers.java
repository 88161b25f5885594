package org.cloudcare.api.sla;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.DefaultDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

import org.cloudcare.api.sla.MeasurementInputs.RecordMeasurements;

/**
 * SmallRye's own fetcher for an operation that takes a measurement batch, except that the batch is bound straight
 * from graphql-java's coerced value.
 * <p>
 * SmallRye binds an input object by copying graphql-java's value, writing it as JSON and reading that back with
 * JSON-B. For a batch of 10,000 rows that round trip was two fifths of {@code recordMeasurements}' CPU under the
 * ingestion benchmark (JFR), more than its inserts. Everything else (invocation through CDI with its interceptors,
 * errors, the answer) is SmallRye's. Registered through SmallRye's {@link DataFetcherService} service loader.
 */
public final class MeasurementBatchFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableBatchableDataFetcher<?, ?> getOtherFieldDataFetcher(Operation operation, Type type) {
        List<Argument> arguments = operation.getArguments();
        boolean takesABatch = arguments.size() == 1
                && arguments.get(0).getReference().getClassName().equals(RecordMeasurements.class.getName());
        return takesABatch ? new Fetcher(operation, type) : null;
    }

    private static final class Fetcher extends DefaultDataFetcher<Object, Object> {

        Fetcher(Operation operation, Type type) {
            super(operation, type);
            argumentHelper = new BatchArgument(operation.getArguments());
        }
    }

    private static final class BatchArgument extends ArgumentHelper {

        private final String name;

        BatchArgument(List<Argument> arguments) {
            super(arguments);
            this.name = arguments.get(0).getName();
        }

        @Override
        public List<Object> getArguments(DataFetchingEnvironment dfe) {
            return getArguments(dfe, false);
        }

        @Override
        public List<Object> getArguments(DataFetchingEnvironment dfe, boolean excludeSource) {
            // the argument is non-null in the schema: graphql-java refuses a request without it
            Map<String, Object> batch = dfe.getArgument(name);
            return List.of(RecordMeasurements.of(batch));
        }
    }
}
