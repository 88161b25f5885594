package org.cloudcare.it.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The ids one caller may send: its own (things it may change, by GraphQL type name: {@code Customer},
 * {@code CustomerContact}), other tenants' (which must answer NOT_FOUND) and made-up ones. The fuzzer never puts the
 * demo customers among a caller's own ids: a successful mutation of riverside or harbor would change data that other
 * tests read.
 */
public final class IdPool {

    private static final int MAX_PER_TYPE = 20;

    private final Map<String, List<String>> own = new LinkedHashMap<>();
    private final List<String> foreign = new ArrayList<>();

    public void addOwn(String typeName, String id) {
        List<String> ids = own.computeIfAbsent(typeName, type -> new ArrayList<>());
        if (!ids.contains(id) && ids.size() < MAX_PER_TYPE) {
            ids.add(id);
        }
    }

    public void addForeign(String id) {
        if (!foreign.contains(id)) {
            foreign.add(id);
        }
    }

    public boolean hasForeign() {
        return !foreign.isEmpty();
    }

    public String anyForeign(Random random) {
        return foreign.get(random.nextInt(foreign.size()));
    }

    /**
     * An own id of the type the argument names: {@code customerId} a {@code Customer}, {@code contactId} a
     * {@code CustomerContact}, a plain {@code id} the type in the mutation's name ({@code disableTenantUser}:
     * {@code TenantUser}). A made-up id when the caller has none.
     */
    public String ownFor(String argument, String mutation, Random random) {
        List<String> candidates = new ArrayList<>();
        if (argument.equals("id")) {
            own.keySet().stream().filter(mutation::contains)
                    .max((a, b) -> Integer.compare(a.length(), b.length()))
                    .ifPresent(type -> candidates.addAll(own.get(type)));
        } else if (argument.endsWith("Id") && argument.length() > 2) {
            String base = Character.toUpperCase(argument.charAt(0)) + argument.substring(1, argument.length() - 2);
            own.forEach((type, ids) -> {
                if (type.equals(base) || type.endsWith(base)) {
                    candidates.addAll(ids);
                }
            });
        }
        if (candidates.isEmpty()) {
            own.values().forEach(candidates::addAll);
        }
        return candidates.isEmpty() ? madeUp(random) : candidates.get(random.nextInt(candidates.size()));
    }

    public static String madeUp(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
