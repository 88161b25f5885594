package org.cloudcare.catalog.boundary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.catalog.entity.CatalogAuditAction;
import org.cloudcare.catalog.entity.OfferingCategory;
import org.cloudcare.catalog.entity.OfferingStatus;
import org.cloudcare.catalog.entity.PeerProvider;
import org.cloudcare.catalog.entity.ProductOffering;
import org.cloudcare.catalog.entity.ProductOfferingPrice;
import org.cloudcare.catalog.entity.ProductOfferingPrice.PriceTerms;
import org.cloudcare.catalog.entity.SlaTemplate;
import org.cloudcare.catalog.entity.SlaTerms;
import org.cloudcare.catalog.entity.SupportHours;
import org.cloudcare.catalog.entity.ThresholdStandard;
import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.input.LongText;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.paging.PagedQuery;
import org.cloudcare.platform.persistence.Flush;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.CallerKind;
import org.cloudcare.platform.security.Roles;

/**
 * The product catalogue (ITU-T 8.3.2.12, TMF620): every signed-in person browses the active offerings with their
 * prices and SLA templates; provider staff also see drafts and retired offerings (for anyone else they do not exist:
 * NOT_FOUND); the provider's business manager creates and edits drafts, activates and retires offerings, and edits
 * prices and SLA templates; the business manager and the service manager set the threshold standards, which only
 * provider staff read. The catalogue belongs to no tenant, so a customer's users all see the same catalogue; the
 * monitoring service account sees none of it. Each change is one transaction with an audit line; activation and
 * retirement also publish {@code catalog.offering-status-changed}.
 */
@Stateless
@CheckedInput
public class ProductOfferings {

    /** The unique constraints an offering write can hit, with the input field each protects. */
    private static final Map<String, String> UNIQUE_FIELDS = Map.of("product_offering_code_unique", "code");

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    // --- browsing ---

    /** One offering; drafts and retired offerings only for provider staff. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public ProductOffering productOffering(String id) {
        ProductOffering offering = find(id);
        if (!staff() && offering.getStatus() != OfferingStatus.ACTIVE) {
            throw CloudCareException.notFound(ProductOffering.TYPE, id);
        }
        return offering;
    }

    /** The catalogue by name, optionally of one category and status; others than staff see active offerings only. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Page<ProductOffering> productOfferings(OfferingCategory category, OfferingStatus status, PageRequest page) {
        boolean staff = staff();
        return PagedQuery.page(em, ProductOffering.class, (cb, offering) -> {
            List<Predicate> where = new ArrayList<>();
            if (!staff) {
                where.add(cb.equal(offering.get("status"), OfferingStatus.ACTIVE));
            }
            if (status != null) {
                where.add(cb.equal(offering.get("status"), status));
            }
            if (category != null) {
                where.add(cb.equal(offering.get("category"), category));
            }
            return cb.and(where.toArray(Predicate[]::new));
        }, (cb, offering) -> List.of(cb.asc(offering.get("name")), cb.asc(offering.get("id"))), page);
    }

    /** The components of several bundles at once (batched for GraphQL), in the order of the ids. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public List<List<ProductOffering>> bundledProductOfferingsOf(List<String> productOfferingIds) {
        Map<String, List<ProductOffering>> byBundle = new HashMap<>();
        if (!productOfferingIds.isEmpty()) {
            String visible = staff() ? "" : " AND b.status = :active AND c.status = :active";
            var query = em.createQuery("SELECT b.id, c FROM ProductOffering b JOIN b.bundledProductOfferings c"
                    + " WHERE b.id IN :ids" + visible + " ORDER BY c.name, c.id", Object[].class)
                    .setParameter("ids", productOfferingIds);
            if (!visible.isEmpty()) {
                query.setParameter("active", OfferingStatus.ACTIVE);
            }
            for (Object[] row : query.getResultList()) {
                byBundle.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((ProductOffering) row[1]);
            }
        }
        return productOfferingIds.stream().map(id -> byBundle.getOrDefault(id, List.of())).toList();
    }

    /** The prices of several offerings at once (batched for GraphQL), in the order of the ids. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public List<List<ProductOfferingPrice>> pricesOf(List<String> productOfferingIds) {
        Map<String, List<ProductOfferingPrice>> byOffering = partsOf(ProductOfferingPrice.class, productOfferingIds,
                "ORDER BY p.priceType, p.name, p.validFrom, p.id").stream()
                .collect(Collectors.groupingBy(ProductOfferingPrice::getOfferingId));
        return productOfferingIds.stream().map(id -> byOffering.getOrDefault(id, List.of())).toList();
    }

    /** The SLA templates of several offerings at once (batched for GraphQL): null where an offering has none. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public List<SlaTemplate> slaTemplatesOf(List<String> productOfferingIds) {
        Map<String, SlaTemplate> byOffering = partsOf(SlaTemplate.class, productOfferingIds, "").stream()
                .collect(Collectors.toMap(SlaTemplate::getOfferingId, Function.identity()));
        return productOfferingIds.stream().map(byOffering::get).toList();
    }

    /**
     * The threshold standards of several offerings at once (batched for GraphQL), in the order of the ids, each
     * offering's by objective and priority. Internal to the provider: for anyone but provider staff they do not exist
     * (empty lists), the way drafts do not exist for customers.
     */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public List<List<ThresholdStandard>> thresholdStandardsOf(List<String> productOfferingIds) {
        if (!staff()) {
            return productOfferingIds.stream().<List<ThresholdStandard>>map(id -> List.of()).toList();
        }
        Map<String, List<ThresholdStandard>> byOffering = partsOf(ThresholdStandard.class, productOfferingIds, "")
                .stream().sorted(Comparator.comparing(ThresholdStandard::getObjective)
                        .thenComparing(ThresholdStandard::getPriority, Comparator.nullsFirst(Comparator.naturalOrder())))
                .collect(Collectors.groupingBy(ThresholdStandard::getOfferingId));
        return productOfferingIds.stream().map(id -> byOffering.getOrDefault(id, List.of())).toList();
    }

    /** Prices, templates or threshold standards of the offerings the caller may see, in one statement. */
    private <T> List<T> partsOf(Class<T> type, List<String> offeringIds, String order) {
        if (offeringIds.isEmpty()) {
            return List.of();
        }
        String visible = staff() ? "" : " AND p.offering.status = :active";
        var query = em.createQuery("SELECT p FROM " + type.getSimpleName() + " p WHERE p.offeringId IN :ids"
                + visible + " " + order, type).setParameter("ids", offeringIds);
        if (!visible.isEmpty()) {
            query.setParameter("active", OfferingStatus.ACTIVE);
        }
        return query.getResultList();
    }

    // --- the business manager's changes ---

    @RolesAllowed(Roles.CSP_BUSINESS_MANAGER)
    public ProductOffering create(String code, String name, @LongText String description, OfferingCategory category,
            Set<String> regions, List<String> bundledProductOfferingIds, SupportHours supportHours,
            List<PeerProvider> peerProviders) {
        ProductOffering offering = new ProductOffering(code, new ProductOffering.Description(name, description,
                category, regions, components(bundledProductOfferingIds), supportHours, peerProviders), clock);
        if (em.createQuery("SELECT COUNT(o) FROM ProductOffering o WHERE o.code = :code", Long.class)
                .setParameter("code", offering.getCode()).getSingleResult() > 0) {
            throw CloudCareException.invalid("code", "An offering with the code '" + offering.getCode()
                    + "' already exists.");
        }
        em.persist(offering);
        return changed(offering, CatalogAuditAction.PRODUCT_OFFERING_CREATED, offering.getName() + " ("
                + offering.getCategory() + (offering.isBundle() ? ", bundle" : "") + ")");
    }

    /** Edits the draft the caller saw at {@code version}; a newer version means someone else was faster. */
    @RolesAllowed(Roles.CSP_BUSINESS_MANAGER)
    public ProductOffering update(String id, long version, String name, @LongText String description,
            OfferingCategory category, Set<String> regions, List<String> bundledProductOfferingIds,
            SupportHours supportHours, List<PeerProvider> peerProviders) {
        ProductOffering offering = find(id);
        Checks.sameVersion(ProductOffering.TYPE + " " + offering.getCode(), version, offering.getVersion());
        List<ProductOffering> components = components(bundledProductOfferingIds);
        if (!components.isEmpty() && !bundlesContaining(offering).isEmpty()) {
            throw CloudCareException.invalid("bundledProductOfferingIds", "Offering " + offering.getCode()
                    + " is part of a bundle and cannot become a bundle itself.");
        }
        offering.update(new ProductOffering.Description(name, description, category, regions, components,
                supportHours, peerProviders), clock);
        return changed(offering, CatalogAuditAction.PRODUCT_OFFERING_UPDATED, "name=" + offering.getName()
                + ", category=" + offering.getCategory() + ", regions=" + offering.getRegions() + ", components="
                + offering.getBundledProductOfferings().stream().map(ProductOffering::getCode).toList());
    }

    @RolesAllowed(Roles.CSP_BUSINESS_MANAGER)
    public ProductOffering activate(String id) {
        ProductOffering offering = find(id);
        offering.activate(clock);
        outbox.publish(offering.statusChanged());
        return changed(offering, CatalogAuditAction.PRODUCT_OFFERING_ACTIVATED, offering.getCode());
    }

    /** Withdraws an offering; not while an active bundle still contains it (orders would decompose into it). */
    @RolesAllowed(Roles.CSP_BUSINESS_MANAGER)
    public ProductOffering retire(String id) {
        ProductOffering offering = find(id);
        List<String> activeBundles = bundlesContaining(offering).stream()
                .filter(bundle -> bundle.getStatus() == OfferingStatus.ACTIVE).map(ProductOffering::getCode).toList();
        if (!activeBundles.isEmpty()) {
            throw CloudCareException.conflict("Offering " + offering.getCode() + " is part of the active bundles "
                    + activeBundles + "; retire them first.");
        }
        offering.retire(clock);
        outbox.publish(offering.statusChanged());
        return changed(offering, CatalogAuditAction.PRODUCT_OFFERING_RETIRED, offering.getCode());
    }

    @RolesAllowed(Roles.CSP_BUSINESS_MANAGER)
    public ProductOfferingPrice addPrice(String productOfferingId, PriceTerms terms) {
        ProductOffering offering = find(productOfferingId);
        ProductOfferingPrice price = offering.addPrice(terms, clock);
        changed(offering, CatalogAuditAction.PRODUCT_OFFERING_PRICE_ADDED, price.getId() + ": " + price);
        return price;
    }

    @RolesAllowed(Roles.CSP_BUSINESS_MANAGER)
    public ProductOffering removePrice(String productOfferingId, String priceId) {
        ProductOffering offering = find(productOfferingId);
        ProductOfferingPrice removed = offering.removePrice(priceId, clock);
        return changed(offering, CatalogAuditAction.PRODUCT_OFFERING_PRICE_REMOVED, removed.getId() + ": " + removed);
    }

    @RolesAllowed(Roles.CSP_BUSINESS_MANAGER)
    public SlaTemplate setSlaTemplate(String productOfferingId, SlaTerms terms) {
        ProductOffering offering = find(productOfferingId);
        SlaTemplate template = offering.setSlaTemplate(terms, clock);
        changed(offering, CatalogAuditAction.SLA_TEMPLATE_SET, "availability " + template.getAvailabilityPercent()
                .stripTrailingZeros().toPlainString() + " % per " + template.getAvailabilityPeriod() + ", credits "
                + template.getServiceCreditTiers());
        return template;
    }

    /**
     * Replaces the offering's threshold standards (eTOM 1.2.4.1) with {@code thresholds}, on the version of the
     * offering the caller saw. The provider's business manager keeps the offering repository and the service manager
     * answers for the quality the standards measure, so both may set them.
     */
    @RolesAllowed({Roles.CSP_BUSINESS_MANAGER, Roles.CSP_SERVICE_MANAGER})
    public ProductOffering setThresholdStandards(String productOfferingId, List<ThresholdStandard.Terms> thresholds,
            long version) {
        ProductOffering offering = find(productOfferingId);
        Checks.sameVersion(ProductOffering.TYPE + " " + offering.getCode(), version, offering.getVersion());
        offering.setThresholdStandards(thresholds, clock);
        outbox.publish(offering.thresholdsChanged());
        return changed(offering, CatalogAuditAction.PRODUCT_OFFERING_THRESHOLDS_SET,
                offering.getThresholdStandards().isEmpty() ? "none"
                        : offering.getThresholdStandards().stream().map(ThresholdStandard::toString)
                                .collect(Collectors.joining("; ")));
    }

    private ProductOffering find(String id) {
        Checks.required("id", id);
        ProductOffering offering = em.find(ProductOffering.class, id);
        if (offering == null) {
            throw CloudCareException.notFound(ProductOffering.TYPE, id);
        }
        return offering;
    }

    /** The offerings behind the ids, in their order; an id that names none is VALIDATION of the field. */
    private List<ProductOffering> components(List<String> ids) {
        Checks.required("bundledProductOfferingIds", ids);
        List<ProductOffering> found = new ArrayList<>(ids.size());
        for (String id : ids) {
            ProductOffering component = id == null ? null : em.find(ProductOffering.class, id);
            if (component == null) {
                throw CloudCareException.invalid("bundledProductOfferingIds", "There is no offering " + id + ".");
            }
            found.add(component);
        }
        return found;
    }

    private List<ProductOffering> bundlesContaining(ProductOffering component) {
        return em.createNamedQuery(ProductOffering.BUNDLES_CONTAINING, ProductOffering.class)
                .setParameter("componentId", component.getId()).getResultList();
    }

    private boolean staff() {
        return callers.current().kind() == CallerKind.PROVIDER_STAFF;
    }

    private ProductOffering changed(ProductOffering offering, CatalogAuditAction action, String detail) {
        // written now, so a concurrent change or a code taken meanwhile is answered inside this call, not at commit
        Flush.now(em, ProductOffering.TYPE + " " + offering.getCode(), UNIQUE_FIELDS);
        audit.recordProviderWide(action, offering.getId(), detail);
        return offering;
    }
}
