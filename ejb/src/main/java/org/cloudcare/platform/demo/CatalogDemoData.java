package org.cloudcare.platform.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.catalog.entity.AvailabilityPeriod;
import org.cloudcare.catalog.entity.IncidentPriority;
import org.cloudcare.catalog.entity.IncidentTarget;
import org.cloudcare.catalog.entity.OfferingCategory;
import org.cloudcare.catalog.entity.PeerProvider;
import org.cloudcare.catalog.entity.PeerRole;
import org.cloudcare.catalog.entity.PriceType;
import org.cloudcare.catalog.entity.ProductOffering;
import org.cloudcare.catalog.entity.ProductOfferingPrice.PriceTerms;
import org.cloudcare.catalog.entity.ServiceCreditTier;
import org.cloudcare.catalog.entity.SlaTerms;
import org.cloudcare.catalog.entity.SupportHours;
import org.cloudcare.platform.money.Money;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo catalogue, one a hospital would buy from, loaded once into a database without offerings: the electronic
 * health records bundle ({@code ehr-suite} = {@code ehr-records} + {@code ehr-backup} + {@code ehr-archive}), a
 * virtual machine ({@code vm-standard}) and managed PostgreSQL ({@code postgresql-managed}), all active with EUR
 * prices and an SLA template with service-credit tiers, and one draft ({@code ai-imaging-triage}) that only provider
 * staff see. Orders and agreements refer to these codes. Switched off with {@code CLOUDCARE_DEMO_DATA=false}; of
 * several instances starting at once the unique offering code lets one win.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class CatalogDemoData {

    public static final String EHR_SUITE = "ehr-suite";
    public static final String EHR_RECORDS = "ehr-records";
    public static final String EHR_BACKUP = "ehr-backup";
    public static final String EHR_ARCHIVE = "ehr-archive";
    public static final String VIRTUAL_MACHINE = "vm-standard";
    public static final String MANAGED_POSTGRESQL = "postgresql-managed";
    public static final String DRAFT = "ai-imaging-triage";

    private static final Logger LOG = Logger.getLogger(CatalogDemoData.class.getName());
    private static final OffsetDateTime PRICES_FROM = OffsetDateTime.parse("2026-01-01T00:00:00Z");
    private static final Set<String> SWISS = Set.of("ch-zurich", "ch-geneva");
    private static final String EUR = "EUR";

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cloudcare.demo-data", defaultValue = "true")
    boolean enabled;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!enabled || em.createQuery("SELECT COUNT(o) FROM ProductOffering o", Long.class).getSingleResult() > 0) {
            return;
        }
        SupportHours officeHours = SupportHours.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "07:00",
                "19:00", "Europe/Zurich");
        PeerProvider dataCentre = PeerProvider.of("Helvetic Data Centres AG", PeerRole.SUBCONTRACTOR);

        ProductOffering records = offering(EHR_RECORDS, "Electronic health records application",
                "Patient records, clinical documentation and order entry for hospitals, hosted in Switzerland.",
                OfferingCategory.SAAS, SWISS, List.of(), SupportHours.allHours(), List.of(dataCentre));
        price(records, "Records application licence", PriceType.RECURRING, "4800.00");
        usage(records, "Clinical user seats", "user-month", "0", "250", "14.00");
        price(records, "Onboarding and data migration", PriceType.ONE_TIME, "9500.00");
        records.setSlaTemplate(sla("99.95", 30, SWISS, 4, 60, 240, true, 36), clock);

        ProductOffering backup = offering(EHR_BACKUP, "Clinical data backup",
                "Hourly encrypted backups of the records application, kept 90 days in a second Swiss data centre.",
                OfferingCategory.SAAS, SWISS, List.of(), SupportHours.allHours(), List.of(dataCentre));
        price(backup, "Backup service", PriceType.RECURRING, "650.00");
        usage(backup, "Backup storage", "GB-month", "0", "2000", "0.09");
        backup.setSlaTemplate(sla("99.9", 60, SWISS, 1, 60, 480, true, 36), clock);

        ProductOffering archive = offering(EHR_ARCHIVE, "Long-term medical archive",
                "Write-once archive for records that must be kept for decades, with retrieval within a day.",
                OfferingCategory.SAAS, SWISS, List.of(), officeHours,
                List.of(PeerProvider.of("Alpine Object Storage SA", PeerRole.PEER_PROVIDER)));
        price(archive, "Archive service", PriceType.RECURRING, "400.00");
        usage(archive, "Archive storage", "TB-month", "0", "10", "18.00");
        archive.setSlaTemplate(sla("99.5", 240, Set.of("ch-geneva"), 24, 1440, 1440, true, 60), clock);

        ProductOffering suite = offering(EHR_SUITE, "Electronic health records",
                "The records application with backup and long-term archive, as one bundle at a bundle price.",
                OfferingCategory.SAAS, SWISS, List.of(records, backup, archive), SupportHours.allHours(),
                List.of(dataCentre));
        price(suite, "Electronic health records bundle", PriceType.RECURRING, "5500.00");
        suite.setSlaTemplate(sla("99.95", 30, SWISS, 4, 60, 240, true, 36), clock);

        Set<String> vmRegions = Set.of("ch-zurich", "ch-geneva", "eu-frankfurt");
        ProductOffering machine = offering(VIRTUAL_MACHINE, "Virtual machine, 4 vCPU and 16 GB",
                "A virtual machine with 4 vCPU, 16 GB memory and 200 GB SSD, on a dedicated health-care cluster.",
                OfferingCategory.IAAS, vmRegions, List.of(), SupportHours.allHours(), List.of());
        price(machine, "Virtual machine", PriceType.RECURRING, "180.00");
        usage(machine, "Outbound traffic", "GB", "0", "500", "0.05");
        machine.setSlaTemplate(sla("99.9", 60, vmRegions, 24, 1440, 240, true, 12), clock);

        ProductOffering postgres = offering(MANAGED_POSTGRESQL, "Managed PostgreSQL",
                "PostgreSQL 15 with high availability, patching, point-in-time recovery and monitoring.",
                OfferingCategory.PAAS, SWISS, List.of(), officeHours, List.of(dataCentre));
        price(postgres, "Database instance", PriceType.RECURRING, "420.00");
        usage(postgres, "Database storage", "GB-month", "0", "100", "0.25");
        price(postgres, "Setup", PriceType.ONE_TIME, "300.00");
        postgres.setSlaTemplate(sla("99.95", 60, SWISS, 1, 5, 60, true, 12), clock);

        for (ProductOffering component : List.of(records, backup, archive, suite, machine, postgres)) {
            component.activate(clock);
        }
        offering(DRAFT, "AI imaging triage",
                "Ranks incoming radiology studies by urgency. In design: not yet offered to customers.",
                OfferingCategory.SAAS, Set.of("ch-zurich"), List.of(), officeHours, List.of());
        LOG.info("Demo data loaded: catalogue of 6 active offerings and 1 draft");
    }

    private ProductOffering offering(String code, String name, String description, OfferingCategory category,
            Set<String> regions, List<ProductOffering> components, SupportHours support, List<PeerProvider> peers) {
        ProductOffering offering = new ProductOffering(code, new ProductOffering.Description(name, description,
                category, regions, components, support, peers), clock);
        em.persist(offering);
        return offering;
    }

    private void price(ProductOffering offering, String name, PriceType type, String amount) {
        offering.addPrice(new PriceTerms(name, type, Money.of("price", new BigDecimal(amount), EUR), null, null, null,
                PRICES_FROM, null), clock);
    }

    private void usage(ProductOffering offering, String name, String unit, String rate, String included,
            String excess) {
        offering.addPrice(new PriceTerms(name, PriceType.USAGE, Money.of("price", new BigDecimal(rate), EUR), unit,
                new BigDecimal(included), Money.of("excessUsageRate", new BigDecimal(excess), EUR), PRICES_FROM,
                null), clock);
    }

    /** A template with the credit tiers of the demo: below target 5 %, below 99.9 % 10 %, below 99 % 25 %. */
    private static SlaTerms sla(String availability, int responseMinutes, Set<String> dataLocation,
            int backupHours, int rpoMinutes, int rtoMinutes, boolean autoRenew, int termMonths) {
        BigDecimal target = new BigDecimal(availability);
        List<ServiceCreditTier> tiers = new java.util.ArrayList<>();
        for (String[] tier : List.of(new String[] {"99.9", "10"}, new String[] {"99", "25"})) {
            if (new BigDecimal(tier[0]).compareTo(target) < 0) {
                tiers.add(ServiceCreditTier.of(new BigDecimal(tier[0]), new BigDecimal(tier[1])));
            }
        }
        tiers.add(0, ServiceCreditTier.of(target, new BigDecimal("5")));
        return new SlaTerms(target, AvailabilityPeriod.MONTH, responseMinutes, List.of(
                IncidentTarget.of(IncidentPriority.CRITICAL, 15, 240),
                IncidentTarget.of(IncidentPriority.HIGH, 30, 480),
                IncidentTarget.of(IncidentPriority.MEDIUM, 120, 1440),
                IncidentTarget.of(IncidentPriority.LOW, 480, 4320)),
                120, 168, backupHours, rpoMinutes, rtoMinutes, dataLocation, tiers, true,
                "Usage above the included quantity is billed monthly at the excess-usage rate.", 30, termMonths,
                autoRenew, 90);
    }
}
