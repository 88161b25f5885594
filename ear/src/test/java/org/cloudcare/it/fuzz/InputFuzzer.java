package org.cloudcare.it.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.cloudcare.it.fuzz.HostileStrings.Sample;
import org.cloudcare.it.fuzz.Schema.Field;
import org.cloudcare.it.fuzz.Schema.TypeDef;
import org.cloudcare.it.fuzz.Schema.TypeRef;
import org.cloudcare.it.fuzz.Values.EnumName;

/**
 * Makes requests for any mutation from its introspected argument types: first a plausible input (required fields,
 * some optional ones, texts that suit the field's name, the caller's own ids), then zero to three hostile changes at
 * random places in it (hostile and random texts, other tenants' and made-up ids, huge, negative and fractional
 * numbers, unknown enum values, nulls, wrong JSON types, missing and unknown fields, odd lists). Sent as variables,
 * or inline in the document, or as a malformed request. Everything comes from one {@link Random}, so a seed gives
 * the same requests again.
 */
public final class InputFuzzer {

    private static final String NAME = "[_A-Za-z][_0-9A-Za-z]*";
    /** Marks the changes that must be refused because the number cannot be taken as sent. */
    public static final String NUMBER_REFUSAL = "not an integer the field can hold";

    private record Num(String label, Object value) {
    }

    private static final List<Num> NUMBERS = List.of(
            new Num("0", 0), new Num("-1", -1), new Num("-2147483648", Integer.MIN_VALUE),
            new Num("2147483648 (int max + 1)", 2_147_483_648L),
            new Num("Long.MAX_VALUE", Long.MAX_VALUE), new Num("Long.MIN_VALUE", Long.MIN_VALUE),
            new Num("2^63", BigInteger.TWO.pow(63)), new Num("-2^63-1", BigInteger.TWO.pow(63).negate().subtract(BigInteger.ONE)),
            new Num("2^64", BigInteger.TWO.pow(64)), new Num("2^53+1", 9_007_199_254_740_993L),
            new Num("1e30", new BigDecimal("1e30")), new Num("-1e30", new BigDecimal("-1e30")),
            new Num("1.5", new BigDecimal("1.5")), new Num("-0.0", new BigDecimal("-0.0")),
            new Num("2.0", new BigDecimal("2.0")), new Num("1e-9", new BigDecimal("1e-9")),
            new Num("1e400", new BigDecimal("1e400")), new Num("1e100000", new BigDecimal("1e100000")),
            new Num("a 400-digit integer", new BigInteger("9".repeat(400))),
            new Num("number as text \"7\"", "7"), new Num("\"NaN\"", "NaN"), new Num("\"Infinity\"", "Infinity"),
            new Num("\"0x10\"", "0x10"));

    private final Schema schema;
    private final Random random;

    public InputFuzzer(Schema schema, Random random) {
        this.schema = schema;
        this.random = random;
    }

    /** A place in the arguments: the map or list holding a value, its key, the declared type and a readable path. */
    private record Slot(Object container, Object key, TypeRef type, String fieldName, String path) {

        @SuppressWarnings("unchecked")
        Object get() {
            return container instanceof Map<?, ?> map ? map.get(key) : ((List<Object>) container).get((Integer) key);
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (container instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).put((String) key, value);
            } else {
                ((List<Object>) container).set((Integer) key, value);
            }
        }
    }

    /** The state of one request while it is being made. */
    private final class Draft {
        final Field mutation;
        final IdPool ids;
        final Map<String, Object> args = new LinkedHashMap<>();
        final List<String> changes = new ArrayList<>();
        /** Why the request must be VALIDATION, by the path of the value that makes it so (a later change may undo it). */
        final Map<String, String> invalid = new LinkedHashMap<>();
        boolean forcedRefusal;

        Draft(Field mutation, IdPool ids) {
            this.mutation = mutation;
            this.ids = ids;
        }

        /**
         * A change at the path; {@code invalid} when the GraphQL rules alone refuse it (VALIDATION, before anything
         * runs). The change replaces whatever was at the path, so earlier reasons at or under it no longer hold.
         */
        void change(String path, String what, boolean invalid) {
            changes.add(path + " <- " + what);
            this.invalid.keySet().removeIf(p -> p.equals(path) || p.startsWith(path + ".") || p.startsWith(path + "["));
            if (invalid) {
                this.invalid.put(path, path + " <- " + what);
            }
        }

        boolean mustBeRefused() {
            return forcedRefusal || !invalid.isEmpty();
        }

        String invalidBecause() {
            return invalid.isEmpty() ? null : invalid.values().iterator().next();
        }
    }

    /**
     * The next request for the mutation as the caller. With {@code forceRefusal} one change is added that the API
     * must refuse whatever else the input holds (a text its hygiene rule refuses, or a null for a required field):
     * the fuzzer uses it once a mutation has succeeded often enough, so that it cannot fill Keycloak or the demo
     * database.
     */
    public FuzzCase next(int number, Field mutation, String caller, IdPool ids, boolean forceRefusal) {
        int shape = random.nextInt(100);
        if (shape < 4) {
            return malformed(number, mutation, caller, ids);
        }
        Draft draft = new Draft(mutation, ids);
        for (Field arg : mutation.args()) {
            if (arg.type().nonNull() || random.nextInt(10) < 7) {
                draft.args.put(arg.name(), plausible(arg.type(), arg.name(), draft));
            }
        }
        int changes = List.of(0, 1, 1, 1, 1, 2, 3).get(random.nextInt(7));
        for (int i = 0; i < changes; i++) {
            List<Slot> slots = slots(draft);
            if (slots.isEmpty()) {
                break;
            }
            hostile(slots.get(random.nextInt(slots.size())), draft);
        }
        if (random.nextInt(10) == 0) {
            dropArgument(draft);
        }
        if (forceRefusal) {
            forceRefusal(draft);
        }
        boolean inline = shape < 30;
        String selection = schema.selectionFor(mutation.type());
        String body;
        if (inline) {
            String arguments = draft.args.entrySet().stream()
                    .map(arg -> arg.getKey() + ": " + Values.graphql(arg.getValue())).collect(Collectors.joining(", "));
            String document = "mutation { " + mutation.name() + (arguments.isEmpty() ? "" : "(" + arguments + ")")
                    + selection + " }";
            body = "{\"query\":" + Values.json(document) + "}";
        } else {
            String declarations = mutation.args().stream()
                    .map(arg -> "$" + arg.name() + ": " + arg.type().sdl()).collect(Collectors.joining(", "));
            List<String> used = new ArrayList<>(mutation.args().stream().map(arg -> arg.name() + ": $" + arg.name())
                    .toList());
            Map<String, Object> variables = new LinkedHashMap<>(draft.args);
            for (String name : draft.args.keySet()) {
                if (mutation.args().stream().noneMatch(arg -> arg.name().equals(name))) {
                    used.add(name + ": " + Values.graphql(variables.remove(name)));
                }
            }
            String uses = String.join(", ", used);
            String document = "mutation Fuzz" + (declarations.isEmpty() ? "" : "(" + declarations + ")") + " { "
                    + mutation.name() + (uses.isEmpty() ? "" : "(" + uses + ")") + selection + " }";
            if (random.nextInt(20) == 0) {
                Sample extra = HostileStrings.any(random);
                variables.put("undeclared", extra.value());
                draft.changes.add("undeclared variable <- " + extra.label());
            }
            body = "{\"query\":" + Values.json(document) + ",\"variables\":" + Values.json(variables)
                    + (random.nextBoolean() ? ",\"operationName\":\"Fuzz\"" : "") + "}";
        }
        return FuzzCase.of(number, caller, mutation.name(), inline ? "inline" : "variables", draft.changes,
                draft.mustBeRefused(), draft.invalidBecause(), body);
    }

    // ---- plausible values --------------------------------------------------------------------------------------

    private Object plausible(TypeRef type, String fieldName, Draft draft) {
        if (type.nonNull()) {
            return plausible(type.ofType(), fieldName, draft);
        }
        if (type.list()) {
            List<Object> items = new ArrayList<>();
            int size = random.nextInt(3);
            for (int i = 0; i < size; i++) {
                Object item = plausible(type.ofType(), fieldName, draft);
                if (!items.contains(item)) {
                    items.add(item);
                }
            }
            return items;
        }
        TypeDef def = schema.type(type.name());
        return switch (def.kind()) {
            case "ENUM" -> new EnumName(def.enumValues().get(random.nextInt(def.enumValues().size())));
            case "INPUT_OBJECT" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (Field field : def.inputFields()) {
                    if (field.type().nonNull() || random.nextInt(10) < 6) {
                        object.put(field.name(), plausible(field.type(), field.name(), draft));
                    }
                }
                yield object;
            }
            default -> plausibleScalar(type.name(), fieldName, draft);
        };
    }

    private Object plausibleScalar(String scalar, String fieldName, Draft draft) {
        return switch (scalar) {
            case "ID" -> draft.ids.ownFor(fieldName, draft.mutation.name(), random);
            case "Int", "BigInteger", "Long" -> random.nextInt(4);
            case "Float", "BigDecimal" -> new BigDecimal(random.nextInt(10_000)).movePointLeft(2);
            case "Boolean" -> random.nextBoolean();
            case "DateTime" -> "2026-0" + (1 + random.nextInt(9)) + "-15T10:00:00Z";
            case "Date" -> "2026-0" + (1 + random.nextInt(9)) + "-15";
            default -> plausibleText(fieldName);
        };
    }

    /** A text that suits what the field is called, so that a request without hostile changes can succeed. */
    private String plausibleText(String fieldName) {
        String name = fieldName.toLowerCase(Locale.ROOT);
        String tag = Integer.toString(random.nextInt(1 << 30), 36);
        if (name.contains("email")) {
            return "fuzz-" + tag + "@example.org";
        } else if (name.equals("code") || name.contains("username") || name.endsWith("key")) {
            return "fz-" + tag;
        } else if (name.contains("language") || name.equals("locale")) {
            return List.of("en", "de-CH", "fr", "it").get(random.nextInt(4));
        } else if (name.contains("phone")) {
            return "+41 44 555 " + (1000 + random.nextInt(9000));
        } else if (name.contains("url")) {
            return "https://example.org/" + tag;
        }
        return "Fuzz " + fieldName + " " + tag;
    }

    // ---- hostile changes ---------------------------------------------------------------------------------------

    private List<Slot> slots(Draft draft) {
        List<Slot> slots = new ArrayList<>();
        Map<String, TypeRef> argTypes = new LinkedHashMap<>();
        draft.mutation.args().forEach(arg -> argTypes.put(arg.name(), arg.type()));
        for (String name : new ArrayList<>(draft.args.keySet())) {
            TypeRef type = argTypes.get(name);
            if (type != null) {
                collect(new Slot(draft.args, name, type, name, name), slots);
            }
        }
        return slots;
    }

    @SuppressWarnings("unchecked")
    private void collect(Slot slot, List<Slot> slots) {
        Object value = slot.get();
        TypeRef type = slot.type().nullable();
        if (value instanceof List<?> && !type.list()) {
            // A list where one value belongs is an earlier change (a list inside a list, an object inside a list, a
            // wrong type) that already decided the answer; the reason of a list inside a list is recorded at the
            // enclosing list's path, so changing the inner list could turn the request valid unnoticed (seed 20789).
            return;
        }
        slots.add(slot);
        if (type.list() && value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(new Slot(list, i, type.ofType(), slot.fieldName(), slot.path() + "[" + i + "]"), slots);
            }
        } else if (!type.list() && value instanceof Map<?, ?> map
                && schema.type(type.name()).kind().equals("INPUT_OBJECT")) {
            for (Field field : schema.type(type.name()).inputFields()) {
                if (map.containsKey(field.name())) {
                    collect(new Slot(map, field.name(), field.type(), field.name(), slot.path() + "." + field.name()),
                            slots);
                }
            }
        }
    }

    private void hostile(Slot slot, Draft draft) {
        TypeRef type = slot.type().nullable();
        int dice = random.nextInt(100);
        if (dice < 5) {
            slot.set(null);
            draft.change(slot.path(), "null", slot.type().nonNull());
        } else if (dice < 10) {
            wrongType(slot, draft);
        } else if (type.list()) {
            hostileList(slot, draft);
        } else {
            TypeDef def = schema.type(type.name());
            switch (def.kind()) {
                case "ENUM" -> hostileEnum(slot, def, draft);
                case "INPUT_OBJECT" -> hostileObject(slot, def, draft);
                default -> hostileScalar(slot, type.name(), draft);
            }
        }
    }

    private void hostileScalar(Slot slot, String scalar, Draft draft) {
        switch (scalar) {
            case "Int", "BigInteger", "Long", "Float", "BigDecimal" -> {
                Num number = NUMBERS.get(random.nextInt(NUMBERS.size()));
                slot.set(number.value());
                boolean inexact = !takenExactly(number.value(), scalar);
                draft.change(slot.path(), number.label() + (inexact ? " (" + NUMBER_REFUSAL + ")" : ""), inexact);
            }
            case "Boolean" -> {
                Object value = random.nextBoolean() ? "true" : (Object) 1;
                slot.set(value);
                draft.change(slot.path(), Values.json(value), true);
            }
            case "ID" -> hostileId(slot, draft);
            default -> hostileText(slot, draft);
        }
    }

    /**
     * Whether the value is a number the scalar can take without changing it: an integer within 32 bits for
     * {@code Int}, within 64 bits for {@code BigInteger} and {@code Long} (CloudCare keeps them as Java longs). A
     * fraction, a larger number or a text that is no number must be VALIDATION; floating-point scalars take anything
     * numeric.
     */
    static boolean takenExactly(Object value, String scalar) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.toString());
        } catch (NumberFormatException notANumber) {
            return false;
        }
        return switch (scalar) {
            case "Int" -> isIntegral(number) && inRange(number, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case "BigInteger", "Long" -> isIntegral(number) && inRange(number, Long.MIN_VALUE, Long.MAX_VALUE);
            default -> true;
        };
    }

    private static boolean isIntegral(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    private static boolean inRange(BigDecimal number, long min, long max) {
        return number.compareTo(BigDecimal.valueOf(min)) >= 0 && number.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    private void hostileId(Slot slot, Draft draft) {
        int dice = random.nextInt(10);
        if (dice < 3 && draft.ids.hasForeign()) {
            slot.set(draft.ids.anyForeign(random));
            draft.change(slot.path(), "another tenant's id", false);
        } else if (dice < 5) {
            slot.set(IdPool.madeUp(random));
            draft.change(slot.path(), "a made-up UUID", false);
        } else if (dice < 6) {
            Object number = List.of(0, -1, Long.MAX_VALUE, new BigDecimal("1.5")).get(random.nextInt(4));
            slot.set(number);
            draft.change(slot.path(), "number " + number, false);
        } else {
            hostileText(slot, draft);
        }
    }

    private void hostileText(Slot slot, Draft draft) {
        int dice = random.nextInt(10);
        Sample sample;
        if (dice < 6) {
            sample = HostileStrings.any(random);
        } else if (dice < 9) {
            sample = HostileStrings.random(random, 40);
        } else {
            sample = HostileStrings.random(random, 3000);
        }
        Object current = slot.get();
        if (current instanceof String text && random.nextInt(4) == 0) {
            slot.set(text + sample.value());
            draft.change(slot.path(), "plausible text + " + sample.label(), false);
        } else {
            slot.set(sample.value());
            draft.change(slot.path(), sample.label(), false);
        }
    }

    private void hostileEnum(Slot slot, TypeDef def, Draft draft) {
        String valid = def.enumValues().get(random.nextInt(def.enumValues().size()));
        switch (random.nextInt(5)) {
            case 0 -> {
                slot.set(new EnumName("SPACESHIP"));
                draft.change(slot.path(), "unknown enum value SPACESHIP", true);
            }
            case 1 -> {
                slot.set(new EnumName(valid.toLowerCase(Locale.ROOT)));
                draft.change(slot.path(), "lower-case enum value", true);
            }
            case 2 -> {
                slot.set(" " + valid);
                draft.change(slot.path(), "enum value with a leading space", true);
            }
            case 3 -> {
                slot.set("");
                draft.change(slot.path(), "empty enum value", true);
            }
            default -> {
                Sample sample = HostileStrings.any(random);
                slot.set(sample.value());
                draft.change(slot.path(), "enum value " + sample.label(), !sample.value().matches(NAME)
                        || !def.enumValues().contains(sample.value()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void hostileObject(Slot slot, TypeDef def, Draft draft) {
        Object current = slot.get();
        if (!(current instanceof Map<?, ?>)) {
            wrongType(slot, draft);
            return;
        }
        Map<String, Object> object = (Map<String, Object>) current;
        switch (random.nextInt(4)) {
            case 0 -> {
                List<Field> present = def.inputFields().stream().filter(f -> object.containsKey(f.name())).toList();
                if (present.isEmpty()) {
                    slot.set(new LinkedHashMap<>());
                    draft.change(slot.path(), "empty object", def.inputFields().stream().anyMatch(f -> f.type().nonNull()));
                } else {
                    Field missing = present.get(random.nextInt(present.size()));
                    object.remove(missing.name());
                    draft.change(slot.path() + "." + missing.name(), "missing", missing.type().nonNull());
                }
            }
            case 1 -> {
                Sample sample = HostileStrings.any(random);
                object.put("unknownField", sample.value());
                draft.change(slot.path() + ".unknownField", sample.label() + " (no such field)", true);
            }
            case 2 -> {
                slot.set(new ArrayList<>(List.of(object)));
                draft.change(slot.path(), "the object inside a list", true);
            }
            default -> {
                slot.set(new LinkedHashMap<>());
                draft.change(slot.path(), "empty object", def.inputFields().stream().anyMatch(f -> f.type().nonNull()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void hostileList(Slot slot, Draft draft) {
        Object current = slot.get();
        List<Object> list = current instanceof List<?> l ? new ArrayList<>((List<Object>) l) : new ArrayList<>();
        TypeRef item = slot.type().nullable().ofType();
        switch (random.nextInt(5)) {
            case 0 -> {
                slot.set(new ArrayList<>());
                draft.change(slot.path(), "empty list", false);
            }
            case 1 -> {
                Object one = plausible(item, slot.fieldName(), draft);
                List<Object> many = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    many.add(one);
                }
                slot.set(many);
                draft.change(slot.path(), "500 times the same item", false);
            }
            case 2 -> {
                list.add(null);
                slot.set(list);
                draft.change(slot.path(), "a null item", item.nonNull());
            }
            case 3 -> {
                Object single = plausible(item, slot.fieldName(), draft);
                slot.set(single);
                draft.change(slot.path(), "a single item without a list (GraphQL coerces it)", false);
            }
            default -> {
                slot.set(new ArrayList<>(List.of(list)));
                draft.change(slot.path(), "a list inside a list", true);
            }
        }
    }

    private void wrongType(Slot slot, Draft draft) {
        TypeRef type = slot.type().nullable();
        String kind = type.list() ? "LIST" : schema.type(type.name()).kind();
        int dice = random.nextInt(5);
        Object value;
        String label;
        boolean refused;
        switch (dice) {
            case 0 -> {
                value = new LinkedHashMap<>(Map.of("a", 1));
                label = "an object";
                refused = !kind.equals("INPUT_OBJECT");
            }
            case 1 -> {
                value = new ArrayList<>(List.of(1, "two"));
                label = "a list";
                refused = kind.equals("INPUT_OBJECT");
            }
            case 2 -> {
                value = Boolean.TRUE;
                label = "true";
                refused = !kind.equals("SCALAR") || !type.name().equals("Boolean");
            }
            case 3 -> {
                value = 12_345;
                label = "a number";
                refused = kind.equals("INPUT_OBJECT") || kind.equals("ENUM");
            }
            default -> {
                value = "text";
                label = "a string";
                refused = kind.equals("INPUT_OBJECT") || kind.equals("ENUM");
            }
        }
        slot.set(value);
        draft.change(slot.path(), "wrong type: " + label, refused);
    }

    private void dropArgument(Draft draft) {
        if (draft.args.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>(draft.args.keySet());
        String name = names.get(random.nextInt(names.size()));
        draft.args.remove(name);
        boolean required = draft.mutation.args().stream().anyMatch(a -> a.name().equals(name) && a.type().nonNull());
        draft.change(name, "missing", required);
    }

    /** One change the API must refuse: a text its hygiene rule refuses, else a null for a required argument. */
    private void forceRefusal(Draft draft) {
        List<Slot> texts = slots(draft).stream().filter(slot -> {
            TypeRef type = slot.type().nullable();
            return !type.list() && (type.name().equals("String") || type.name().equals("ID"))
                    && slot.get() instanceof String;
        }).toList();
        if (!texts.isEmpty() && random.nextInt(3) > 0) {
            Slot slot = texts.get(random.nextInt(texts.size()));
            List<Sample> refused = HostileStrings.refusedByTextHygiene();
            Sample sample = refused.get(random.nextInt(refused.size()));
            // The separator keeps a lone surrogate lone: a value already ending in a high surrogate (an earlier
            // mutation) would otherwise pair with a low one and make the text well-formed (seed 20789).
            slot.set(slot.get() + "|" + sample.value());
            draft.change(slot.path(), "plausible text + " + sample.label() + " (forced refusal)", false);
            draft.forcedRefusal = true;
            return;
        }
        List<Field> required = draft.mutation.args().stream().filter(arg -> arg.type().nonNull()).toList();
        if (!required.isEmpty()) {
            Field arg = required.get(random.nextInt(required.size()));
            draft.args.put(arg.name(), null);
            draft.change(arg.name(), "null (forced refusal)", true);
        } else {
            draft.args.put("noSuchArgument", 1);
            draft.change("noSuchArgument", "an argument the mutation does not have (forced refusal)", true);
        }
    }

    // ---- malformed requests ------------------------------------------------------------------------------------

    private FuzzCase malformed(int number, Field mutation, String caller, IdPool ids) {
        Draft draft = new Draft(mutation, ids);
        for (Field arg : mutation.args()) {
            draft.args.put(arg.name(), plausible(arg.type(), arg.name(), draft));
        }
        String declarations = mutation.args().stream().map(arg -> "$" + arg.name() + ": " + arg.type().sdl())
                .collect(Collectors.joining(", "));
        String uses = mutation.args().stream().map(arg -> arg.name() + ": $" + arg.name())
                .collect(Collectors.joining(", "));
        String selection = schema.selectionFor(mutation.type());
        String document = "mutation Fuzz" + (declarations.isEmpty() ? "" : "(" + declarations + ")") + " { "
                + mutation.name() + (uses.isEmpty() ? "" : "(" + uses + ")") + selection + " }";
        String query = "\"query\":" + Values.json(document);
        String variables = Values.json(draft.args);
        String first = mutation.args().isEmpty() ? "x" : mutation.args().get(0).name();
        record Malformed(String label, String body) {
        }
        List<Malformed> shapes = List.of(
                new Malformed("variables is a string", "{" + query + ",\"variables\":" + Values.json(variables) + "}"),
                new Malformed("variables is a list", "{" + query + ",\"variables\":[" + variables + "]}"),
                new Malformed("variables is a number", "{" + query + ",\"variables\":42}"),
                new Malformed("operationName is a number", "{" + query + ",\"variables\":" + variables
                        + ",\"operationName\":42}"),
                new Malformed("operationName is an object", "{" + query + ",\"variables\":" + variables
                        + ",\"operationName\":{\"name\":\"Fuzz\"}}"),
                new Malformed("operationName names no operation", "{" + query + ",\"variables\":" + variables
                        + ",\"operationName\":\"Other\"}"),
                new Malformed("query is a number", "{\"query\":42,\"variables\":" + variables + "}"),
                new Malformed("query is missing", "{\"variables\":" + variables + "}"),
                new Malformed("query is empty", "{\"query\":\"\"}"),
                new Malformed("a variable nested 10,000 lists deep", "{" + query + ",\"variables\":{\"" + first
                        + "\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}}"),
                new Malformed("a variable nested 10,000 objects deep", "{" + query + ",\"variables\":{\"" + first
                        + "\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}}"),
                new Malformed("a batch (JSON array) body", "[{" + query + ",\"variables\":" + variables + "}]"),
                new Malformed("the body is a JSON string", Values.json("{" + query + "}")),
                new Malformed("the body is JSON null", "null"),
                new Malformed("truncated JSON", ("{" + query + ",\"variables\":" + variables)
                        .substring(0, Math.max(1, (query.length() + variables.length()) / 2))),
                new Malformed("a variable declared with the wrong type", "{\"query\":" + Values.json(
                        "mutation Fuzz($" + first + ": [Boolean]) { " + mutation.name()
                                + (mutation.args().isEmpty() ? "" : "(" + first + ": $" + first + ")") + selection
                                + " }") + ",\"variables\":{\"" + first + "\":[true]}}"),
                new Malformed("two operations and no operationName", "{\"query\":" + Values.json(document
                        + " query Other { __typename }") + ",\"variables\":" + variables + "}"),
                new Malformed("a subscription operation", "{\"query\":\"subscription { __typename }\"}"),
                new Malformed("invalid UTF-8 in the body", null));
        Malformed shape = shapes.get(random.nextInt(shapes.size()));
        if (shape.body() == null) {
            byte[] prefix = ("{" + query + ",\"variables\":{\"" + first + "\":\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
            byte[] suffix = "\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] body = new byte[prefix.length + bad.length + suffix.length];
            System.arraycopy(prefix, 0, body, 0, prefix.length);
            System.arraycopy(bad, 0, body, prefix.length, bad.length);
            System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
            return new FuzzCase(number, caller, mutation.name(), "malformed: " + shape.label(), List.of(), true, null,
                    body);
        }
        return FuzzCase.of(number, caller, mutation.name(), "malformed: " + shape.label(), List.of(), true, null,
                shape.body());
    }
}
