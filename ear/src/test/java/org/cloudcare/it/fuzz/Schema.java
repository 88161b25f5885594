package org.cloudcare.it.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.cloudcare.it.support.GraphQL;

/**
 * The mutations of the running CloudCare and the types of their arguments, read by introspection: what the fuzzer
 * covers is whatever the server offers today, so a new area's mutations are fuzzed without editing the fuzzer.
 */
public final class Schema {

    private static final String TYPE_REF = "kind name ofType { kind name ofType { kind name ofType { kind name"
            + " ofType { kind name } } } }";
    /** Asks for {@code fields} once only: graphql-java refuses introspection that repeats it (bad faith). */
    public static final String INTROSPECTION = "{ __schema { mutationType { name } types { kind name"
            + " enumValues(includeDeprecated: true) { name } inputFields { name type { " + TYPE_REF + " } }"
            + " fields { name args { name type { " + TYPE_REF + " } } type { " + TYPE_REF + " } } } } }";

    /** A reference to a type, wrapped in NON_NULL and LIST as declared. */
    public record TypeRef(String kind, String name, TypeRef ofType) {

        public boolean nonNull() {
            return kind.equals("NON_NULL");
        }

        public boolean list() {
            return kind.equals("LIST");
        }

        /** Without NON_NULL (a list stays a list). */
        public TypeRef nullable() {
            return nonNull() ? ofType : this;
        }

        /** The named type under all wrappers. */
        public TypeRef named() {
            return ofType == null ? this : ofType.named();
        }

        /** As written in a variable declaration: {@code [NotificationChannel!]!}. */
        public String sdl() {
            return switch (kind) {
                case "NON_NULL" -> ofType.sdl() + "!";
                case "LIST" -> "[" + ofType.sdl() + "]";
                default -> name;
            };
        }

        static TypeRef of(JsonObject json) {
            return new TypeRef(json.getString("kind"), json.isNull("name") ? null : json.getString("name"),
                    json.containsKey("ofType") && !json.isNull("ofType") ? of(json.getJsonObject("ofType")) : null);
        }
    }

    /** A mutation with its arguments, an input field, or an output field (no arguments). */
    public record Field(String name, TypeRef type, List<Field> args) {
    }

    /** A named type: its kind, and its input fields, enum values or output fields. */
    public record TypeDef(String kind, String name, List<Field> inputFields, List<String> enumValues,
            List<Field> fields) {

        public boolean hasField(String fieldName) {
            return fields.stream().anyMatch(field -> field.name().equals(fieldName));
        }
    }

    private final List<Field> mutations;
    private final Map<String, TypeDef> types;

    private Schema(List<Field> mutations, Map<String, TypeDef> types) {
        this.mutations = mutations;
        this.types = types;
    }

    /** Introspects the server as this demo user. */
    public static Schema introspect(String user) {
        return of(GraphQL.as(user, INTROSPECTION).data().getJsonObject("__schema"));
    }

    /** From the {@code __schema} object of an introspection answer. */
    public static Schema of(JsonObject schema) {
        Map<String, TypeDef> types = new LinkedHashMap<>();
        for (JsonValue value : schema.getJsonArray("types")) {
            JsonObject type = value.asJsonObject();
            List<String> enumValues = new ArrayList<>();
            if (!type.isNull("enumValues")) {
                type.getJsonArray("enumValues").forEach(e -> enumValues.add(e.asJsonObject().getString("name")));
            }
            types.put(type.getString("name"), new TypeDef(type.getString("kind"), type.getString("name"),
                    fields(type, "inputFields"), enumValues, fields(type, "fields")));
        }
        List<Field> mutations = new ArrayList<>();
        if (!schema.isNull("mutationType")) {
            String root = schema.getJsonObject("mutationType").getString("name");
            for (JsonValue value : schema.getJsonArray("types")) {
                JsonObject type = value.asJsonObject();
                if (type.getString("name").equals(root)) {
                    for (JsonValue field : type.getJsonArray("fields")) {
                        JsonObject mutation = field.asJsonObject();
                        mutations.add(new Field(mutation.getString("name"),
                                TypeRef.of(mutation.getJsonObject("type")), fields(mutation, "args")));
                    }
                }
            }
        }
        return new Schema(List.copyOf(mutations), types);
    }

    private static List<Field> fields(JsonObject owner, String key) {
        if (!owner.containsKey(key) || owner.isNull(key)) {
            return List.of();
        }
        JsonArray array = owner.getJsonArray(key);
        List<Field> fields = new ArrayList<>();
        for (JsonValue value : array) {
            JsonObject field = value.asJsonObject();
            fields.add(new Field(field.getString("name"), TypeRef.of(field.getJsonObject("type")), List.of()));
        }
        return fields;
    }

    public List<Field> mutations() {
        return mutations;
    }

    public TypeDef type(String name) {
        TypeDef type = types.get(name);
        if (type == null) {
            throw new IllegalStateException("The schema has no type " + name);
        }
        return type;
    }

    /** The names of the object types, for matching ids to the kind of thing they name. */
    public List<String> objectTypeNames() {
        return types.values().stream().filter(type -> type.kind().equals("OBJECT") && !type.name().startsWith("__"))
                .map(TypeDef::name).toList();
    }

    /** A selection that any answer of this output type can take: its id if it has one, and its type name. */
    public String selectionFor(TypeRef output) {
        TypeDef type = type(output.named().name());
        if (!type.kind().equals("OBJECT") && !type.kind().equals("INTERFACE")) {
            return "";
        }
        return type.hasField("id") ? " { id __typename }" : " { __typename }";
    }
}
