package org.cloudcare.api.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.api.sla.MeasurementViews.MeasurementBatchReceipt;
import org.cloudcare.sla.boundary.Measurements;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Measurements in from the monitoring system over GraphQL. Thin: the EJB boundary decides who may do what. */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class MeasurementGraphQL {

    @Inject
    Measurements measurements;

    @Mutation
    @Description("Records a batch of at most 10,000 measurements (the monitoring system's service account only)."
            + " A batch id recorded before is a no-op answered with duplicate: true and what was stored then. A"
            + " batch with any invalid row is refused with every row and field named, and nothing of it is stored.")
    public @NonNull MeasurementBatchReceipt recordMeasurements(@NonNull MeasurementInputs.RecordMeasurements input) {
        return MeasurementBatchReceipt.of(measurements.recordMeasurements(input.batchId(), input.rows()));
    }
}
