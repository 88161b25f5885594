package org.cloudcare.api.sla;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.Connections;
import org.cloudcare.api.Enums;
import org.cloudcare.api.customer.SubscriptionView;
import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.api.sla.Views.ServiceLevelAgreementConnection;
import org.cloudcare.api.sla.Views.ServiceLevelAgreementEdge;
import org.cloudcare.api.sla.Views.ServiceLevelAgreementView;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.sla.boundary.ServiceLevelAgreements;
import org.cloudcare.sla.entity.SlaObjective;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Cloud service agreements (ISO/TS 23535) over GraphQL. Thin: the EJB boundary decides who may do what. */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class SlaGraphQL {

    @Inject
    ServiceLevelAgreements agreements;

    @Query
    @Description("One cloud service agreement. The customer's users read their own (other ids answer NOT_FOUND),"
            + " provider staff all.")
    public ServiceLevelAgreementView serviceLevelAgreement(@Id @NonNull String id) {
        return ServiceLevelAgreementView.of(agreements.serviceLevelAgreement(id));
    }

    @Query
    @Description("The agreements of one customer (of every customer the caller may see when left out), newest"
            + " first.")
    public @NonNull ServiceLevelAgreementConnection serviceLevelAgreements(@Id String customerId,
            @DefaultValue("20") Integer first, String after) {
        return Connections.of(agreements.serviceLevelAgreements(customerId, PageRequest.of(first, after)),
                ServiceLevelAgreementView::of, ServiceLevelAgreementEdge::new, ServiceLevelAgreementConnection::new);
    }

    @Description("The cloud service agreement the subscription is delivered under; null while there is none.")
    @Name("serviceLevelAgreement")
    public List<ServiceLevelAgreementView> serviceLevelAgreementOf(@Source List<SubscriptionView> of) {
        return agreements.agreementsOf(of.stream().map(SubscriptionView::agreementId).toList()).stream()
                .map(ServiceLevelAgreementView::of).toList();
    }

    @Mutation
    @Description("Records an objective negotiated with the customer, with the reason (the provider's business"
            + " manager). The value is checked with the rest of the terms in force; a refusal names the field.")
    public @NonNull ServiceLevelAgreementView negotiateServiceLevelAgreementOverride(
            @NonNull Inputs.NegotiateOverride input) {
        return ServiceLevelAgreementView.of(agreements.negotiateOverride(input.agreementId(),
                Enums.as(SlaObjective.class, input.objective()), input.value(), input.reason()));
    }
}
