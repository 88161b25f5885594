package org.cloudcare.sla.entity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.cloudcare.catalog.entity.Catalogue;
import org.cloudcare.catalog.entity.ProductOffering;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerKind;
import org.cloudcare.customer.entity.Subscription;

/** Agreements for plain tests of the SLA area. */
public final class AgreementFixtures {

    private AgreementFixtures() {
    }

    /** The agreement of a Riverside vm-standard subscription (quantity 2) that started at {@code at}. */
    public static ServiceLevelAgreement startedAt(Instant at) {
        ProductOffering offering = Catalogue.complete("vm-standard");
        Customer riverside = new Customer("riverside", "Riverside General Hospital", CustomerKind.HOSPITAL, "en",
                Clock.fixed(at, ZoneOffset.UTC));
        Subscription subscription = Subscription.added(riverside, offering.getName(), offering.getId(), 2,
                "ch-zurich", null, "order-1", at);
        subscription.activate(at);
        return ServiceLevelAgreement.startFor(subscription, offering.getName(), offering.getSlaTemplate(), at);
    }
}
