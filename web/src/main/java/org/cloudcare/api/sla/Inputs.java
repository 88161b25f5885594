package org.cloudcare.api.sla;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the agreement mutations; the agreement checks them and names the field at fault. */
final class Inputs {

    private Inputs() {
    }

    @Input("NegotiateServiceLevelAgreementOverrideInput")
    public record NegotiateOverride(
            @Id @NonNull String agreementId,
            @Description("Required: the one objective negotiated.") Vocabulary.Objective objective,
            @Description("Required: its new value, in the objective's unit (a whole number except for"
                    + " AVAILABILITY_PERCENT), checked with the rest of the terms in force.") BigDecimal value,
            @NonNull @Description("Why, as agreed with the customer.") String reason) {
    }
}
