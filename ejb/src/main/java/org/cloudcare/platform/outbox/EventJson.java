package org.cloudcare.platform.outbox;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** One JSON-B instance (the server's provider) for all payloads: creating one looks the provider up, which is slow. */
final class EventJson {

    private EventJson() {
    }

    static String toJson(Object payload) {
        return Holder.JSONB.toJson(payload);
    }

    static <T> T fromJson(String json, Class<T> type) {
        return Holder.JSONB.fromJson(json, type);
    }

    /** Created on first use only, so that classes mentioning payloads load without a JSON-B provider (unit tests). */
    private static final class Holder {
        static final Jsonb JSONB = JsonbBuilder.create();
    }
}
