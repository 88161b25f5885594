package org.cloudcare.api.catalog;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.Connections;
import org.cloudcare.api.Enums;
import org.cloudcare.api.catalog.Views.ProductOfferingConnection;
import org.cloudcare.api.catalog.Views.ProductOfferingEdge;
import org.cloudcare.api.catalog.Views.ProductOfferingPriceView;
import org.cloudcare.api.catalog.Views.ProductOfferingView;
import org.cloudcare.api.catalog.Views.SlaTemplateView;
import org.cloudcare.api.catalog.Views.ThresholdStandardView;
import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.catalog.boundary.ProductOfferings;
import org.cloudcare.catalog.entity.OfferingCategory;
import org.cloudcare.catalog.entity.OfferingStatus;
import org.cloudcare.platform.paging.PageRequest;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The product catalogue (SPEC area 2, TMF620) over GraphQL. Thin: the EJB boundary decides who may do what. */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class CatalogGraphQL {

    @Inject
    ProductOfferings offerings;

    @Query
    @Description("One product offering. Drafts and retired offerings are visible to provider staff only; for"
            + " everyone else they answer NOT_FOUND.")
    public ProductOfferingView productOffering(@Id @NonNull String id) {
        return ProductOfferingView.of(offerings.productOffering(id));
    }

    @Query
    @Description("The catalogue by name, optionally of one category and status. Customers' users see active"
            + " offerings only.")
    public @NonNull ProductOfferingConnection productOfferings(@DefaultValue("20") Integer first, String after,
            Vocabulary.Category category, Vocabulary.Status status) {
        return Connections.of(offerings.productOfferings(Enums.as(OfferingCategory.class, category),
                Enums.as(OfferingStatus.class, status), PageRequest.of(first, after)), ProductOfferingView::of,
                ProductOfferingEdge::new, ProductOfferingConnection::new);
    }

    @Description("The component offerings of a bundle (TMF620 bundledProductOffering); empty when it is none.")
    public @NonNull List<@NonNull List<@NonNull ProductOfferingView>> bundledProductOffering(
            @Source List<ProductOfferingView> of) {
        return offerings.bundledProductOfferingsOf(ids(of)).stream()
                .map(components -> components.stream().map(ProductOfferingView::of).toList()).toList();
    }

    @Description("The prices of the offering (TMF620 productOfferingPrice).")
    public @NonNull List<@NonNull List<@NonNull ProductOfferingPriceView>> productOfferingPrice(
            @Source List<ProductOfferingView> of) {
        return offerings.pricesOf(ids(of)).stream()
                .map(prices -> prices.stream().map(ProductOfferingPriceView::of).toList()).toList();
    }

    @Description("The SLA template of the offering; null while a draft has none.")
    public List<SlaTemplateView> slaTemplate(@Source List<ProductOfferingView> of) {
        return offerings.slaTemplatesOf(ids(of)).stream().map(SlaTemplateView::of).toList();
    }

    @Description("The offering's agreed performance threshold standards (eTOM 1.2.4.1), by objective and priority."
            + " Internal to the provider: empty for everyone but provider staff, the way drafts do not exist for"
            + " customers.")
    public @NonNull List<@NonNull List<@NonNull ThresholdStandardView>> thresholdStandards(
            @Source List<ProductOfferingView> of) {
        return offerings.thresholdStandardsOf(ids(of)).stream()
                .map(standards -> standards.stream().map(ThresholdStandardView::of).toList()).toList();
    }

    @Mutation
    @Description("Creates a draft offering. Provider business manager only.")
    public @NonNull ProductOfferingView createProductOffering(@NonNull Inputs.CreateProductOffering input) {
        return ProductOfferingView.of(offerings.create(input.code(), input.name(), input.description(),
                Enums.as(OfferingCategory.class, input.category()), regions(input.regions()),
                orNone(input.bundledProductOfferingIds()), input.supportHours().toDomain(),
                Inputs.PeerProviderInput.toDomain(input.peerProviders())));
    }

    @Mutation
    @Description("Changes a draft offering. Send the version you edited.")
    public @NonNull ProductOfferingView updateProductOffering(@NonNull Inputs.UpdateProductOffering input) {
        return ProductOfferingView.of(offerings.update(input.id(), input.version(), input.name(),
                input.description(), Enums.as(OfferingCategory.class, input.category()), regions(input.regions()),
                orNone(input.bundledProductOfferingIds()), input.supportHours().toDomain(),
                Inputs.PeerProviderInput.toDomain(input.peerProviders())));
    }

    @Mutation
    @Description("Publishes a complete draft (a price, a region, an SLA template, active components).")
    public @NonNull ProductOfferingView activateProductOffering(@Id @NonNull String id) {
        return ProductOfferingView.of(offerings.activate(id));
    }

    @Mutation
    @Description("Withdraws an active offering: no new orders; subscriptions stay.")
    public @NonNull ProductOfferingView retireProductOffering(@Id @NonNull String id) {
        return ProductOfferingView.of(offerings.retire(id));
    }

    @Mutation
    public @NonNull ProductOfferingPriceView addProductOfferingPrice(
            @NonNull Inputs.AddProductOfferingPrice input) {
        return ProductOfferingPriceView.of(offerings.addPrice(input.productOfferingId(), input.toDomain()));
    }

    @Mutation
    public @NonNull ProductOfferingView removeProductOfferingPrice(@Id @NonNull String productOfferingId,
            @Id @NonNull String priceId) {
        return ProductOfferingView.of(offerings.removePrice(productOfferingId, priceId));
    }

    @Mutation("setSlaTemplate")
    @Description("Sets the offering's SLA template, or replaces all its objectives and terms.")
    public @NonNull SlaTemplateView setSlaTemplate(@NonNull Inputs.SetSlaTemplate input) {
        return SlaTemplateView.of(offerings.setSlaTemplate(input.productOfferingId(), input.toDomain()));
    }

    @Mutation("setProductOfferingThresholds")
    @Description("Replaces the offering's threshold standards (an empty list removes them), on the version of the"
            + " offering you read. Provider business manager and service manager; a retired offering's are CONFLICT.")
    public @NonNull ProductOfferingView setProductOfferingThresholds(@Id @NonNull String productOfferingId,
            @NonNull List<Inputs.@NonNull ThresholdStandardInput> thresholds,
            @NonNull @Description("The offering's version you edited; a newer one gives CONFLICT.") Long version) {
        return ProductOfferingView.of(offerings.setThresholdStandards(productOfferingId,
                Inputs.ThresholdStandardInput.toDomain(thresholds), version == null ? -1 : version));
    }

    private static Set<String> regions(List<String> regions) {
        return regions == null ? null : Set.copyOf(regions.stream().filter(region -> region != null).toList());
    }

    private static List<String> orNone(List<String> ids) {
        return ids == null ? List.of() : ids;
    }

    private static List<String> ids(List<ProductOfferingView> offerings) {
        return offerings.stream().map(ProductOfferingView::id).toList();
    }
}
