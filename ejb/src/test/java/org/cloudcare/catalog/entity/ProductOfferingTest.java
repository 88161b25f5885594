package org.cloudcare.catalog.entity;

import static org.cloudcare.catalog.entity.Catalogue.AT_CREATION;
import static org.cloudcare.catalog.entity.Catalogue.A_DAY_LATER;
import static org.cloudcare.catalog.entity.Catalogue.active;
import static org.cloudcare.catalog.entity.Catalogue.bundleOf;
import static org.cloudcare.catalog.entity.Catalogue.complete;
import static org.cloudcare.catalog.entity.Catalogue.completed;
import static org.cloudcare.catalog.entity.Catalogue.description;
import static org.cloudcare.catalog.entity.Catalogue.draft;
import static org.cloudcare.catalog.entity.Catalogue.recurring;
import static org.cloudcare.catalog.entity.Catalogue.terms;
import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.cloudcare.platform.error.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.cloudcare.platform.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProductOfferingTest {

    private static ProductOffering retired(String code) {
        ProductOffering offering = active(code);
        offering.retire(AT_CREATION);
        return offering;
    }

    private static ProductOffering in(OfferingStatus status) {
        return switch (status) {
            case DRAFT -> complete("vm-standard");
            case ACTIVE -> active("vm-standard");
            case RETIRED -> retired("vm-standard");
        };
    }

    // --- creation ---

    @Test
    void aNewOfferingIsANonOrderableDraftWithoutPricesOrTemplate() {
        ProductOffering offering = draft("vm-standard");

        assertEquals(OfferingStatus.DRAFT, offering.getStatus());
        assertFalse(offering.isOrderable());
        assertFalse(offering.isBundle());
        assertTrue(offering.getPrices().isEmpty());
        assertNull(offering.getSlaTemplate());
        assertEquals(Set.of("ch-geneva", "ch-zurich"), offering.getRegions());
        assertTrue(offering.isOfferedIn("ch-zurich"));
        assertFalse(offering.isOfferedIn("eu-frankfurt"));
        assertEquals(OffsetDateTime.ofInstant(Catalogue.CREATED, java.time.ZoneOffset.UTC), offering.getCreatedAt());
    }

    @Test
    void aCodeMustBeAReadableKey() {
        assertInvalid("code", () -> draft("VM Standard"));
        assertInvalid("code", () -> draft("-vm"));
        assertInvalid("code", () -> draft(""));
    }

    @Test
    void nameCategoryRegionsSupportAndPeersAreRequired() {
        assertInvalid("name", () -> new ProductOffering.Description(" ", null, OfferingCategory.IAAS,
                Set.of("ch-zurich"), List.of(), SupportHours.allHours(), List.of()));
        assertInvalid("category", () -> new ProductOffering.Description("VM", null, null, Set.of("ch-zurich"),
                List.of(), SupportHours.allHours(), List.of()));
        assertInvalid("regions", () -> new ProductOffering.Description("VM", null, OfferingCategory.IAAS, Set.of(),
                List.of(), SupportHours.allHours(), List.of()));
        assertInvalid("regions", () -> new ProductOffering.Description("VM", null, OfferingCategory.IAAS,
                Set.of("Zurich!"), List.of(), SupportHours.allHours(), List.of()));
        assertInvalid("supportHours", () -> new ProductOffering.Description("VM", null, OfferingCategory.IAAS,
                Set.of("ch-zurich"), List.of(), null, List.of()));
        assertInvalid("peerProviders", () -> new ProductOffering.Description("VM", null, OfferingCategory.IAAS,
                Set.of("ch-zurich"), List.of(), SupportHours.allHours(), null));
    }

    @Test
    void aDescriptionOf4000CharactersIsAcceptedAnd4001Refused() {
        new ProductOffering.Description("VM", "d".repeat(4000), OfferingCategory.IAAS, Set.of("ch-zurich"), List.of(),
                SupportHours.allHours(), List.of());
        assertInvalid("description", () -> new ProductOffering.Description("VM", "d".repeat(4001),
                OfferingCategory.IAAS, Set.of("ch-zurich"), List.of(), SupportHours.allHours(), List.of()));
    }

    @Test
    void peerProvidersNeedANameAndARoleAndTheSamePeerTwiceIsKeptOnce() {
        assertInvalid("peerProviders.name", () -> PeerProvider.of(" ", PeerRole.PEER_PROVIDER));
        assertInvalid("peerProviders.role", () -> PeerProvider.of("Alpine Object Storage", null));
        assertInvalid("peerProviders.name", () -> PeerProvider.of("Alpine\u0000Storage", PeerRole.PEER_PROVIDER));
        PeerProvider peer = PeerProvider.of("Alpine Object Storage", PeerRole.PEER_PROVIDER);
        ProductOffering.Description twice = new ProductOffering.Description("VM", null, OfferingCategory.IAAS,
                Set.of("ch-zurich"), List.of(), SupportHours.allHours(), List.of(peer,
                        PeerProvider.of("Alpine Object Storage", PeerRole.PEER_PROVIDER)));
        assertEquals(List.of(peer), twice.peerProviders());
    }

    // --- lifecycle: every legal move ---

    @Test
    void aCompleteDraftIsActivatedAndBecomesOrderable() {
        ProductOffering offering = complete("vm-standard");

        offering.activate(A_DAY_LATER);

        assertEquals(OfferingStatus.ACTIVE, offering.getStatus());
        assertTrue(offering.isOrderable());
        assertEquals(A_DAY_LATER.instant(), offering.getUpdatedAt().toInstant());
        assertEquals(new ProductOfferingStatusChanged(offering.getId(), "vm-standard", OfferingStatus.ACTIVE),
                offering.statusChanged());
        assertEquals("catalog.offering-status-changed", offering.statusChanged().eventType());
        assertNull(offering.statusChanged().tenant(), "the catalogue belongs to no tenant");
    }

    @Test
    void anActiveOfferingIsRetiredAndNoLongerOrderable() {
        ProductOffering offering = active("vm-standard");

        offering.retire(A_DAY_LATER);

        assertEquals(OfferingStatus.RETIRED, offering.getStatus());
        assertFalse(offering.isOrderable());
        assertEquals(OfferingStatus.RETIRED, offering.statusChanged().status());
    }

    // --- lifecycle: every illegal move ---

    @Test
    void aDraftCannotBeRetired() {
        ProductOffering offering = complete("vm-standard");
        assertConflict(() -> offering.retire(A_DAY_LATER));
        assertEquals(OfferingStatus.DRAFT, offering.getStatus());
    }

    @Test
    void anActiveOfferingCannotBeActivatedAgain() {
        ProductOffering offering = active("vm-standard");
        OffsetDateTime before = offering.getUpdatedAt();
        assertConflict(() -> offering.activate(A_DAY_LATER));
        assertEquals(OfferingStatus.ACTIVE, offering.getStatus());
        assertEquals(before, offering.getUpdatedAt());
    }

    @Test
    void aRetiredOfferingCannotBeActivatedOrRetiredAgain() {
        ProductOffering offering = retired("vm-standard");
        assertConflict(() -> offering.activate(A_DAY_LATER));
        assertConflict(() -> offering.retire(A_DAY_LATER));
        assertEquals(OfferingStatus.RETIRED, offering.getStatus());
    }

    @ParameterizedTest
    @EnumSource(OfferingStatus.class)
    void onlyAnActiveOfferingIsOrderable(OfferingStatus status) {
        assertEquals(status == OfferingStatus.ACTIVE, in(status).isOrderable());
    }

    // --- activation needs a complete offering ---

    @Test
    void aDraftWithoutPriceCannotBeActivated() {
        ProductOffering offering = draft("vm-standard");
        offering.setSlaTemplate(terms(), AT_CREATION);
        assertConflict(() -> offering.activate(A_DAY_LATER));
        assertEquals(OfferingStatus.DRAFT, offering.getStatus());
    }

    @Test
    void aDraftWithoutSlaTemplateCannotBeActivated() {
        ProductOffering offering = draft("vm-standard");
        offering.addPrice(recurring("180"), AT_CREATION);
        assertConflict(() -> offering.activate(A_DAY_LATER));
    }

    @Test
    void aTemplateWhoseDataLocationLeftTheRegionsBlocksActivation() {
        ProductOffering offering = complete("vm-standard");
        offering.update(new ProductOffering.Description("VM", null, OfferingCategory.IAAS, Set.of("ch-geneva"),
                List.of(), SupportHours.allHours(), List.of()), AT_CREATION);
        assertConflict(() -> offering.activate(A_DAY_LATER));
    }

    @Test
    void aBundleIsActivatedOnlyWhenEveryComponentIsActive() {
        ProductOffering records = active("ehr-records");
        ProductOffering backup = complete("ehr-backup");
        ProductOffering suite = completed(bundleOf("ehr-suite", records, backup));

        assertConflict(() -> suite.activate(A_DAY_LATER));
        backup.activate(A_DAY_LATER);
        suite.activate(A_DAY_LATER);

        assertTrue(suite.isBundle());
        assertEquals(List.of(records, backup), suite.getBundledProductOfferings());
        assertTrue(suite.isOrderable());
    }

    // --- bundles ---

    @Test
    void aBundleCannotContainItselfABundleARetiredOfferingOrTheSameComponentTwice() {
        ProductOffering records = active("ehr-records");
        ProductOffering suite = bundleOf("ehr-suite", records);
        assertInvalid("bundledProductOfferingIds", () -> suite.update(description("Suite", List.of(suite)),
                AT_CREATION));
        assertInvalid("bundledProductOfferingIds", () -> bundleOf("mega-suite", suite));
        assertInvalid("bundledProductOfferingIds", () -> bundleOf("old-suite", retired("ehr-archive")));
        assertInvalid("bundledProductOfferingIds", () -> bundleOf("twice", records, records));
        assertEquals(List.of(records), suite.getBundledProductOfferings());
    }

    // --- what can change in which state ---

    @Test
    void aDraftsDescriptionChanges() {
        ProductOffering offering = draft("vm-standard");

        offering.update(new ProductOffering.Description(" VM large ", null, OfferingCategory.IAAS,
                Set.of("eu-frankfurt"), List.of(), Catalogue.officeHours(), List.of()), A_DAY_LATER);

        assertEquals("VM large", offering.getName());
        assertEquals(OfferingCategory.IAAS, offering.getCategory());
        assertEquals(Set.of("eu-frankfurt"), offering.getRegions());
        assertFalse(offering.getSupportHours().isAllHours());
        assertTrue(offering.getPeerProviders().isEmpty());
        assertEquals(A_DAY_LATER.instant(), offering.getUpdatedAt().toInstant());
    }

    @ParameterizedTest
    @EnumSource(value = OfferingStatus.class, names = {"ACTIVE", "RETIRED"})
    void onlyADraftsDescriptionChanges(OfferingStatus status) {
        ProductOffering offering = in(status);
        assertConflict(() -> offering.update(description("Renamed", List.of()), A_DAY_LATER));
        assertEquals("Offering vm-standard", offering.getName());
    }

    @ParameterizedTest
    @EnumSource(value = OfferingStatus.class, names = {"DRAFT", "ACTIVE"})
    void pricesAndTemplateChangeUntilRetirement(OfferingStatus status) {
        ProductOffering offering = in(status);
        ProductOfferingPrice added = offering.addPrice(recurring("99.5"), A_DAY_LATER);
        assertEquals(2, offering.getPrices().size());
        assertSame(added, offering.removePrice(added.getId(), A_DAY_LATER));
        SlaTemplate template = offering.setSlaTemplate(Catalogue.terms(new BigDecimal("99.5"),
                Catalogue.allPriorities(), List.of(), Set.of("ch-geneva")), A_DAY_LATER);
        assertSame(offering.getSlaTemplate(), template, "one template per offering, changed in place");
        assertEquals(new BigDecimal("99.5000"), template.getAvailabilityPercent());
        assertEquals(Set.of("ch-geneva"), template.getDataLocation());
    }

    @Test
    void aRetiredOfferingsPricesAndTemplateAreFrozen() {
        ProductOffering offering = retired("vm-standard");
        String price = offering.getPrices().get(0).getId();
        assertConflict(() -> offering.addPrice(recurring("1"), A_DAY_LATER));
        assertConflict(() -> offering.removePrice(price, A_DAY_LATER));
        assertConflict(() -> offering.setSlaTemplate(terms(), A_DAY_LATER));
        assertEquals(1, offering.getPrices().size());
    }

    @Test
    void theOnlyPriceOfAnActiveOfferingCannotBeRemovedButADraftsCan() {
        ProductOffering offering = active("vm-standard");
        String price = offering.getPrices().get(0).getId();
        assertConflict(() -> offering.removePrice(price, A_DAY_LATER));

        ProductOffering draft = complete("vm-large");
        draft.removePrice(draft.getPrices().get(0).getId(), A_DAY_LATER);
        assertTrue(draft.getPrices().isEmpty());
    }

    @Test
    void removingAnUnknownPriceIsNotFound() {
        assertRefused(ErrorCode.NOT_FOUND, null, () -> complete("vm-standard").removePrice("no-such-price",
                A_DAY_LATER));
    }

    @Test
    void theTwentyFirstPriceIsRefused() {
        ProductOffering offering = draft("vm-standard");
        for (int i = 0; i < 20; i++) {
            offering.addPrice(recurring(Integer.toString(i)), AT_CREATION);
        }
        assertInvalid("productOfferingId", () -> offering.addPrice(recurring("21"), AT_CREATION));
    }

    @Test
    void aTemplateWhoseDataLocationLiesOutsideTheRegionsIsRefusedNamingTheField() {
        ProductOffering offering = draft("vm-standard");
        assertInvalid("dataLocation", () -> offering.setSlaTemplate(Catalogue.terms(new BigDecimal("99.9"),
                Catalogue.allPriorities(), List.of(), Set.of("us-east")), AT_CREATION));
        assertNull(offering.getSlaTemplate());
    }

    @Test
    void aRefusedChangeLeavesTheOfferingAsItWas() {
        ProductOffering offering = complete("vm-standard");
        Consumer<ProductOffering> unchanged = o -> {
            assertEquals("Offering vm-standard", o.getName());
            assertEquals(1, o.getPrices().size());
            assertEquals(AT_CREATION.instant(), o.getUpdatedAt().toInstant());
        };
        assertInvalid("bundledProductOfferingIds", () -> offering.update(description("Renamed",
                List.of(offering)), A_DAY_LATER));
        unchanged.accept(offering);
    }
}
