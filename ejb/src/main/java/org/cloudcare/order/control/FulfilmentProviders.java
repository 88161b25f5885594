package org.cloudcare.order.control;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.cloudcare.order.entity.ProductOrder;

/**
 * Finds the {@link FulfilmentProvider}s: the one {@code cloudcare.fulfilment} names takes new product orders
 * ({@code manual}, the default, or {@code automatic}); a product order already handed over stays with its provider,
 * even after the setting changed. The setting is read for every order placed, so a change in a config source that
 * changes at run time (Payara Server's domain properties, {@code asadmin set-config-property}) applies to the next
 * order without a restart.
 */
@ApplicationScoped
public class FulfilmentProviders {

    private static final Logger LOG = Logger.getLogger(FulfilmentProviders.class.getName());

    @Inject
    @Any
    Instance<FulfilmentProvider> all;

    @Inject
    @ConfigProperty(name = "cloudcare.fulfilment", defaultValue = "manual")
    Provider<String> configured;

    /** The provider that takes new product orders; an unknown name in the setting is a configuration error. */
    public FulfilmentProvider forNewOrders() {
        String wanted = configured.get().strip();
        return find(wanted).orElseThrow(() -> new IllegalStateException("cloudcare.fulfilment names no fulfilment"
                + " provider: " + wanted + "; known are " + all.stream().map(FulfilmentProvider::name).toList() + "."));
    }

    /**
     * The provider of a product order by its stored name. A name no deployed provider answers to (one removed since)
     * leaves the product order to people, with a warning.
     */
    public FulfilmentProvider named(String name) {
        return find(name).orElseGet(() -> {
            LOG.warning("No fulfilment provider is called " + name + "; its product orders wait for people.");
            return find(ProductOrder.MANUAL).orElseThrow();
        });
    }

    private Optional<FulfilmentProvider> find(String name) {
        return all.stream().filter(provider -> provider.name().equals(name)).findFirst();
    }
}
