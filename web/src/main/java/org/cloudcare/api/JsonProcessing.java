package org.cloudcare.api;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider CloudCare's own code creates readers, builders and values with. Each static
 * {@code jakarta.json.Json.*} call looks the provider up again ({@code JsonProvider.provider()}), and without the
 * JVM option {@code -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl} that lookup scans every jar of
 * the application's class loader: on a small request it costs more than the request itself. Held here, the lookup
 * runs once.
 */
public final class JsonProcessing {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProcessing() {
    }
}
