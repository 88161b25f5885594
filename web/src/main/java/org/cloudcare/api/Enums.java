package org.cloudcare.api;

/** Maps between a contract enum and the domain enum of the same constants. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E as(Class<E> type, Enum<?> value) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }
}
