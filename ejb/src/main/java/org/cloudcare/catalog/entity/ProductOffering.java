package org.cloudcare.catalog.entity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.time.Timestamps;

/**
 * A product offering of the provider's catalogue (TMF620 ProductOffering; ITU-T 8.3.2.12): what a customer can
 * order, in which category, in which regions (data location), with whose help (peer providers, subcontractors), with
 * which support hours, at which prices, and under which SLA template. A bundle is an offering made of component
 * offerings ({@code bundledProductOffering}); an order for a bundle is decomposed into one product order per
 * component. A component is never a bundle itself, so a bundle is one level deep.
 * <p>
 * Lifecycle: created {@link OfferingStatus#DRAFT}; {@link #activate} publishes it once it is complete (at least one
 * price and one region, an SLA template, and every component active); {@link #retire} withdraws it for good. Only an
 * active offering {@link #isOrderable() can be ordered}; a retired one keeps its subscriptions and agreements. Its
 * description (name, category, regions, components, support hours, peers) changes only while it is a draft; prices and
 * the SLA template change until it is retired, since agreements and orders keep their own copies. Every illegal move
 * is a CONFLICT that changes nothing; concurrent edits are detected with the {@link Version version}.
 */
@Entity
@Table(name = "product_offering")
@NamedQuery(name = ProductOffering.BUNDLES_CONTAINING, query = "SELECT b FROM ProductOffering b"
        + " JOIN b.bundledProductOfferings c WHERE c.id = :componentId")
public class ProductOffering {

    /** How offerings are named in errors and in the audit trail. */
    public static final String TYPE = "ProductOffering";
    public static final String BUNDLES_CONTAINING = "ProductOffering.bundlesContaining";
    static final int MAX_REGIONS = 20;
    static final int MAX_COMPONENTS = 20;
    static final int MAX_PRICES = 20;
    static final int MAX_PEERS = 20;

    @Id
    private String id;

    /** A readable key that never changes (e.g. {@code ehr-suite}), for people, scripts and demo data. */
    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferingCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferingStatus status;

    // read with every offering; for a list of offerings in one statement, not one per offering
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "product_offering_region", joinColumns = @JoinColumn(name = "offering_id"))
    @Column(name = "region_code")
    private Set<String> regions = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "product_offering_peer", joinColumns = @JoinColumn(name = "offering_id"))
    private Set<PeerProvider> peerProviders = new LinkedHashSet<>();

    @Embedded
    private SupportHours supportHours;

    // read with every offering (isBundle), for a list of offerings in one statement; a component has none
    @ManyToMany(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "product_offering_bundle", joinColumns = @JoinColumn(name = "bundle_id"),
            inverseJoinColumns = @JoinColumn(name = "component_id"))
    private List<ProductOffering> bundledProductOfferings = new ArrayList<>();

    @OneToMany(mappedBy = "offering", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ProductOfferingPrice> prices = new ArrayList<>();

    // internal to the provider; read in batches by offering id (GraphQL), loaded here only to be replaced
    @OneToMany(mappedBy = "offering", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ThresholdStandard> thresholdStandards = new ArrayList<>();

    // lazy, and in one statement for a list should something read it: GraphQL reads templates by offering id
    @OneToOne(mappedBy = "offering", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    private SlaTemplate slaTemplate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected ProductOffering() {
    }

    /** A new draft. */
    public ProductOffering(String code, Description description, Clock clock) {
        this.id = UUID.randomUUID().toString();
        this.code = Checks.code("code", code);
        this.status = OfferingStatus.DRAFT;
        describe(description);
        this.createdAt = Timestamps.now(clock);
        this.updatedAt = createdAt;
    }

    /**
     * What an offering is, apart from prices and SLA: checked as a whole before anything changes, so a refused edit
     * leaves the offering as it was. The components are offerings the boundary has already found.
     */
    public record Description(String name, String description, OfferingCategory category, Set<String> regions,
            List<ProductOffering> bundledProductOfferings, SupportHours supportHours,
            List<PeerProvider> peerProviders) {

        public Description {
            name = Checks.text("name", name, 200);
            description = Checks.optionalText("description", description, 4000);
            Checks.required("category", category);
            regions = SlaTerms.regions("regions", regions);
            Checks.required("bundledProductOfferings", bundledProductOfferings);
            if (bundledProductOfferings.size() > MAX_COMPONENTS) {
                throw CloudCareException.invalid("bundledProductOfferingIds", "A bundle has at most " + MAX_COMPONENTS
                        + " components.");
            }
            if (bundledProductOfferings.stream().map(ProductOffering::getId).distinct().count()
                    != bundledProductOfferings.size()) {
                throw CloudCareException.invalid("bundledProductOfferingIds", "A component appears twice.");
            }
            bundledProductOfferings = List.copyOf(bundledProductOfferings);
            Checks.required("supportHours", supportHours);
            Checks.required("peerProviders", peerProviders);
            if (peerProviders.stream().anyMatch(Objects::isNull)) {
                throw CloudCareException.invalid("peerProviders", "A peer provider must not be empty.");
            }
            if (peerProviders.size() > MAX_PEERS) {
                throw CloudCareException.invalid("peerProviders", "At most " + MAX_PEERS + " peer providers.");
            }
            peerProviders = List.copyOf(new LinkedHashSet<>(peerProviders));
        }
    }

    /** Changes what the offering is. Only a draft can change this way. */
    public void update(Description description, Clock clock) {
        requireStatus(OfferingStatus.DRAFT, "changed");
        describe(description);
        touch(clock);
    }

    private void describe(Description description) {
        Checks.required("input", description);
        for (ProductOffering component : description.bundledProductOfferings()) {
            if (component == this || component.getId().equals(id)) {
                throw CloudCareException.invalid("bundledProductOfferingIds", "An offering cannot contain itself.");
            }
            if (component.isBundle()) {
                throw CloudCareException.invalid("bundledProductOfferingIds", "Offering " + component.getCode()
                        + " is a bundle itself; a bundle is made of offerings that are not bundles.");
            }
            if (component.getStatus() == OfferingStatus.RETIRED) {
                throw CloudCareException.invalid("bundledProductOfferingIds", "Offering " + component.getCode()
                        + " is retired and cannot become part of a bundle.");
            }
        }
        this.name = description.name();
        this.description = description.description();
        this.category = description.category();
        this.regions.retainAll(description.regions());
        this.regions.addAll(description.regions());
        this.bundledProductOfferings.clear();
        this.bundledProductOfferings.addAll(description.bundledProductOfferings());
        this.supportHours = description.supportHours();
        this.peerProviders.retainAll(description.peerProviders());
        this.peerProviders.addAll(description.peerProviders());
    }

    /** Publishes a complete draft in the catalogue. */
    public void activate(Clock clock) {
        requireStatus(OfferingStatus.DRAFT, "activated");
        if (prices.isEmpty()) {
            throw CloudCareException.conflict(what() + " has no price yet; add one before activating it.");
        }
        if (slaTemplate == null) {
            throw CloudCareException.conflict(what() + " has no SLA template yet; set one before activating it.");
        }
        if (!regions.containsAll(slaTemplate.getDataLocation())) {
            throw CloudCareException.conflict(what() + " keeps data in regions it does not run in: its SLA template's"
                    + " data location must lie within its regions.");
        }
        for (ProductOffering component : bundledProductOfferings) {
            if (component.getStatus() != OfferingStatus.ACTIVE) {
                throw CloudCareException.conflict(what() + " contains " + component.getCode() + ", which is "
                        + component.getStatus() + "; activate the components first.");
            }
        }
        this.status = OfferingStatus.ACTIVE;
        touch(clock);
    }

    /** Withdraws an active offering: no new orders, existing subscriptions stay. */
    public void retire(Clock clock) {
        requireStatus(OfferingStatus.ACTIVE, "retired");
        this.status = OfferingStatus.RETIRED;
        touch(clock);
    }

    /** Only an active offering can be ordered (TMF622 consistency check). */
    public boolean isOrderable() {
        return status == OfferingStatus.ACTIVE;
    }

    public boolean isBundle() {
        return !bundledProductOfferings.isEmpty();
    }

    /** Whether the offering can run in (keep its data in) the region: an order item's region must be one of these. */
    public boolean isOfferedIn(String regionCode) {
        return regions.contains(regionCode);
    }

    public ProductOfferingPrice addPrice(ProductOfferingPrice.PriceTerms terms, Clock clock) {
        requireNotRetired("priced");
        Checks.required("input", terms);
        if (prices.size() >= MAX_PRICES) {
            throw CloudCareException.invalid("productOfferingId", "An offering has at most " + MAX_PRICES + " prices.");
        }
        ProductOfferingPrice price = new ProductOfferingPrice(this, terms.startingAt(Timestamps.now(clock)));
        prices.add(price);
        touch(clock);
        return price;
    }

    public ProductOfferingPrice removePrice(String priceId, Clock clock) {
        requireNotRetired("priced");
        ProductOfferingPrice price = prices.stream().filter(p -> p.getId().equals(priceId)).findFirst()
                .orElseThrow(() -> CloudCareException.notFound(ProductOfferingPrice.TYPE, priceId));
        if (status == OfferingStatus.ACTIVE && prices.size() == 1) {
            throw CloudCareException.conflict(what() + " is active and this is its only price; add another first.");
        }
        prices.remove(price);
        touch(clock);
        return price;
    }

    /** Sets the SLA template, or replaces its objectives and terms; its data location must lie in the regions. */
    public SlaTemplate setSlaTemplate(SlaTerms terms, Clock clock) {
        requireNotRetired("given an SLA template");
        Checks.required("input", terms);
        if (!regions.containsAll(terms.dataLocation())) {
            Set<String> outside = new TreeSet<>(terms.dataLocation());
            outside.removeAll(regions);
            throw CloudCareException.invalid("dataLocation", "The data location must lie within the offering's"
                    + " regions " + new TreeSet<>(regions) + "; " + outside + " do not.");
        }
        if (slaTemplate == null) {
            slaTemplate = new SlaTemplate(this, terms);
        } else {
            slaTemplate.apply(terms);
        }
        touch(clock);
        return slaTemplate;
    }

    /**
     * Replaces the offering's threshold standards (eTOM 1.2.4.1) with {@code standards}, checked as a whole set (see
     * {@link ThresholdStandard#checked}); an empty list removes them. Like prices and the SLA template, they change
     * until the offering is retired.
     */
    public List<ThresholdStandard> setThresholdStandards(List<ThresholdStandard.Terms> standards, Clock clock) {
        requireNotRetired("given threshold standards");
        List<ThresholdStandard.Terms> checked = ThresholdStandard.checked(standards);
        thresholdStandards.clear();
        for (ThresholdStandard.Terms terms : checked) {
            thresholdStandards.add(new ThresholdStandard(this, terms));
        }
        touch(clock);
        return getThresholdStandards();
    }

    private void requireStatus(OfferingStatus required, String verb) {
        if (status != required) {
            throw CloudCareException.conflict(what() + " is " + status + "; only an offering in status " + required
                    + " can be " + verb + ".");
        }
    }

    private void requireNotRetired(String verb) {
        if (status == OfferingStatus.RETIRED) {
            throw CloudCareException.conflict(what() + " is retired and can no longer be " + verb + ".");
        }
    }

    private String what() {
        return "Offering " + code;
    }

    private void touch(Clock clock) {
        this.updatedAt = Timestamps.now(clock);
    }

    /** What other areas are told about this offering's current status. */
    public ProductOfferingStatusChanged statusChanged() {
        return new ProductOfferingStatusChanged(id, code, status);
    }

    public String getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public OfferingCategory getCategory() {
        return category;
    }

    public OfferingStatus getStatus() {
        return status;
    }

    public Set<String> getRegions() {
        return Collections.unmodifiableSet(new TreeSet<>(regions));
    }

    public List<PeerProvider> getPeerProviders() {
        return List.copyOf(peerProviders);
    }

    public SupportHours getSupportHours() {
        return supportHours;
    }

    public List<ProductOffering> getBundledProductOfferings() {
        return Collections.unmodifiableList(bundledProductOfferings);
    }

    public List<ProductOfferingPrice> getPrices() {
        return Collections.unmodifiableList(prices);
    }

    public List<ThresholdStandard> getThresholdStandards() {
        return Collections.unmodifiableList(thresholdStandards);
    }

    /** What other areas are told when the threshold standards change. */
    public ProductOfferingThresholdsChanged thresholdsChanged() {
        return new ProductOfferingThresholdsChanged(id, code, thresholdStandards.stream()
                .map(ThresholdStandard::toString).toList());
    }

    /** The SLA template, or null while a draft has none. */
    public SlaTemplate getSlaTemplate() {
        return slaTemplate;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
