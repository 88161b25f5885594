package org.cloudcare.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.ArrayValue;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What a GraphQL document may cost, decided on its syntax tree before SmallRye validates or runs it: validation of a
 * document whose fragments spread each other (twice per level, twenty levels) expands them exponentially, and
 * aliases multiply any field, so both are counted here without expanding anything.
 * <p>
 * The cost of a document is the number of fields it can answer: every field counts 1, and the fields below a list
 * count once per element: a connection's {@code first} (its default, 20, when not given) for its {@code edges}, and
 * {@value #UNPAGED_LIST} for the lists that are not paged (a customer's contacts). The cost of a fragment is computed
 * once, however often it is spread, so counting is linear in the size of the document; arithmetic saturates. Every
 * operation of the document must stay within {@value #MAX_COST}, a mutation may have at most
 * {@value #MAX_MUTATIONS} top-level fields (each is its own transaction), and the document is parsed once with
 * graphql-java's token limits. The same walk checks every number the request carries, as a literal or a variable,
 * against the type it is given for: an {@code Int} is 32 bits and the {@code BigInteger} scalar, which SmallRye uses
 * for Java {@code long}, 64 bits; a fraction for either is refused instead of being cut off. With
 * {@code introspection} off (production) {@code __schema} and {@code __type} are refused.
 */
public final class DocumentLimits {

    /** Fields one document may answer; the portal's largest view costs about 2,500, GraphiQL's schema query about 6,000. */
    static final long MAX_COST = 12_000;
    static final int MAX_MUTATIONS = 20;
    static final int UNPAGED_LIST = 10;
    static final int DEFAULT_PAGE = 20;
    private static final int MAX_TOKENS = 5_000;
    private static final int MAX_RULE_DEPTH = 200;
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final ParserOptions PARSER = ParserOptions.newParserOptions().maxTokens(MAX_TOKENS)
            .maxWhitespaceTokens(4 * MAX_TOKENS).maxRuleDepth(MAX_RULE_DEPTH).captureIgnoredChars(false)
            .captureLineComments(false).captureSourceLocation(false).redactTokenParserErrorMessages(true).build();

    private final GraphQLSchema schema;
    private final boolean introspection;

    public DocumentLimits(GraphQLSchema schema, boolean introspection) {
        this.schema = schema;
        this.introspection = introspection;
    }

    /** Why the request must not run (the field is {@code query} or the argument at fault), or {@code null}. */
    public record Refusal(String field, String message) {
    }

    public Refusal check(String query, JsonObject variables) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(PARSER)
                    .build());
        } catch (InvalidSyntaxException e) {
            return new Refusal("query", "The query does not parse: " + e.getMessage());
        } catch (RuntimeException e) {
            // graphql-java's ParseCancelledException and friends: a token, whitespace or depth limit was hit
            return new Refusal("query", "The query is too large (at most " + MAX_TOKENS + " tokens).");
        }
        Walk walk = new Walk(document, variables == null ? JsonValue.EMPTY_JSON_OBJECT : variables);
        try {
            for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                walk.operation(operation);
            }
            for (FragmentDefinition fragment : walk.fragments.values()) {
                walk.numbers(fragment.getSelectionSet(), typeNamed(fragment.getTypeCondition()));
            }
        } catch (Refused refused) {
            return refused.refusal;
        }
        return null;
    }

    private GraphQLType typeNamed(TypeName name) {
        return name == null ? null : schema.getType(name.getName());
    }

    /** One pass over a document: fragment costs are remembered, so each fragment is counted once. */
    private final class Walk {
        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, Long> fragmentCosts = new HashMap<>();
        private final Map<String, Long> fragmentMutations = new HashMap<>();
        private final Set<String> counting = new HashSet<>();
        private final JsonObject variables;

        Walk(Document document, JsonObject variables) {
            this.variables = variables;
            for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
                fragments.put(fragment.getName(), fragment);
            }
        }

        void operation(OperationDefinition operation) {
            operation.getVariableDefinitions().forEach(definition -> variable(definition.getName(),
                    definition.getType()));
            GraphQLObjectType root = switch (operation.getOperation()) {
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
                default -> schema.getQueryType();
            };
            if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
                long mutations = topLevelFields(operation.getSelectionSet());
                if (mutations > MAX_MUTATIONS) {
                    throw new Refused("query", "A document may carry at most " + MAX_MUTATIONS
                            + " mutations; this one has " + mutations + ". Send the others in further requests.");
                }
            }
            long cost = cost(operation.getSelectionSet(), root, -1);
            if (cost > MAX_COST) {
                throw new Refused("query", "The query may answer up to " + (cost >= Long.MAX_VALUE / 2 ? "billions of"
                        : cost) + " fields; at most " + MAX_COST + " are allowed. Ask for fewer fields, aliases or"
                        + " smaller pages (first).");
            }
            numbers(operation.getSelectionSet(), root);
        }

        /**
         * The fields the selection set can answer. {@code page} is the {@code first} of the field just above (-1 when
         * it has none): a list directly below a connection ({@code edges}) has that many elements. A fragment's cost
         * is remembered per page size it is spread under.
         */
        long cost(SelectionSet selectionSet, GraphQLType parent, long page) {
            if (selectionSet == null) {
                return 0;
            }
            long total = 0;
            for (Selection<?> selection : selectionSet.getSelections()) {
                if (selection instanceof Field field) {
                    total = add(total, fieldCost(field, parent, page));
                } else if (selection instanceof InlineFragment inline) {
                    GraphQLType type = inline.getTypeCondition() == null ? parent : typeNamed(inline.getTypeCondition());
                    total = add(total, cost(inline.getSelectionSet(), type, page));
                } else if (selection instanceof FragmentSpread spread) {
                    total = add(total, fragmentCost(spread.getName(), page));
                }
                if (total > MAX_COST) {
                    return total; // refused anyway: stop counting early
                }
            }
            return total;
        }

        private long fragmentCost(String name, long page) {
            String key = name + '@' + page;
            Long known = fragmentCosts.get(key);
            if (known != null) {
                return known;
            }
            FragmentDefinition fragment = fragments.get(name);
            if (fragment == null) {
                return 0; // validation names the unknown fragment
            }
            if (!counting.add(key)) {
                throw new Refused("query", "Fragment " + name + " spreads itself.");
            }
            long cost = cost(fragment.getSelectionSet(), typeNamed(fragment.getTypeCondition()), page);
            counting.remove(key);
            fragmentCosts.put(key, cost);
            return cost;
        }

        private long fieldCost(Field field, GraphQLType parent, long page) {
            String name = field.getName();
            if (!introspection && (name.equals("__schema") || name.equals("__type"))) {
                throw new Refused("query", "Introspection is turned off on this server.");
            }
            GraphQLFieldDefinition definition = definition(parent, name);
            if (definition == null) {
                // __typename, or a field validation will refuse: counted, nothing below it is known
                return add(1, cost(field.getSelectionSet(), null, -1));
            }
            GraphQLOutputType type = definition.getType();
            long children = cost(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(type), pageSize(field, definition));
            if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type))) {
                children = multiply(children, page >= 0 ? page : UNPAGED_LIST);
            }
            return add(1, children);
        }

        /** The page size a connection field asks for ({@code first}), or -1 when the field has no {@code first}. */
        private long pageSize(Field field, GraphQLFieldDefinition definition) {
            GraphQLArgument first = definition.getArgument("first");
            if (first == null) {
                return -1;
            }
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals("first")) {
                    Value<?> value = argument.getValue();
                    if (value instanceof IntValue number) {
                        return clamp(number.getValue());
                    }
                    if (value instanceof VariableReference reference) {
                        JsonValue given = variables.get(reference.getName());
                        if (given instanceof JsonNumber number && number.isIntegral()) {
                            return clamp(number.bigIntegerValue());
                        }
                    }
                    return DEFAULT_PAGE;
                }
            }
            return DEFAULT_PAGE;
        }

        private long topLevelFields(SelectionSet selectionSet) {
            long count = 0;
            for (Selection<?> selection : selectionSet.getSelections()) {
                if (selection instanceof Field) {
                    count++;
                } else if (selection instanceof InlineFragment inline) {
                    count += topLevelFields(inline.getSelectionSet());
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment != null) {
                        Long known = fragmentMutations.get(spread.getName());
                        if (known == null) {
                            if (!counting.add("mutation " + spread.getName())) {
                                throw new Refused("query", "Fragment " + spread.getName() + " spreads itself.");
                            }
                            known = topLevelFields(fragment.getSelectionSet());
                            counting.remove("mutation " + spread.getName());
                            fragmentMutations.put(spread.getName(), known);
                        }
                        count += known;
                    }
                }
                if (count > MAX_MUTATIONS) {
                    return count;
                }
            }
            return count;
        }

        /** Every literal number in the selection set, checked against its argument's type; fragments are walked once by the caller. */
        void numbers(SelectionSet selectionSet, GraphQLType parent) {
            if (selectionSet == null) {
                return;
            }
            for (Selection<?> selection : selectionSet.getSelections()) {
                if (selection instanceof Field field) {
                    GraphQLFieldDefinition definition = definition(parent, field.getName());
                    for (Argument argument : field.getArguments()) {
                        GraphQLArgument declared = definition == null ? null : definition.getArgument(argument.getName());
                        literal(argument.getName(), argument.getValue(), declared == null ? null : declared.getType());
                    }
                    numbers(field.getSelectionSet(), definition == null ? null
                            : GraphQLTypeUtil.unwrapAll(definition.getType()));
                } else if (selection instanceof InlineFragment inline) {
                    numbers(inline.getSelectionSet(), inline.getTypeCondition() == null ? parent
                            : typeNamed(inline.getTypeCondition()));
                }
            }
        }

        private void literal(String name, Value<?> value, GraphQLInputType type) {
            GraphQLType target = type == null ? null : GraphQLTypeUtil.unwrapNonNull(type);
            if (isId(target) && !(value instanceof StringValue || value instanceof IntValue
                    || value instanceof VariableReference || value instanceof NullValue)) {
                throw notAnId(name);
            }
            if (value instanceof ObjectValue object) {
                GraphQLInputObjectType input = target instanceof GraphQLInputObjectType t ? t : null;
                for (ObjectField field : object.getObjectFields()) {
                    GraphQLInputObjectField declared = input == null ? null : input.getField(field.getName());
                    literal(field.getName(), field.getValue(), declared == null ? null : declared.getType());
                }
            } else if (value instanceof ArrayValue array) {
                GraphQLInputType element = target instanceof GraphQLList list
                        ? (GraphQLInputType) list.getWrappedType() : null;
                for (Value<?> item : array.getValues()) {
                    literal(name, item, element);
                }
            } else if (value instanceof IntValue number) {
                number(name, new BigDecimal(number.getValue()), target);
            } else if (value instanceof FloatValue number) {
                number(name, number.getValue(), target);
            } else if (value instanceof StringValue text && isWholeNumberScalar(target)) {
                number(name, decimal(name, text.getValue()), target);
            } else if (value instanceof StringValue text && isDecimalScalar(target)) {
                decimal(name, text.getValue(), "a number");
            }
        }

        private void variable(String name, Type<?> declared) {
            JsonValue value = variables.get(name);
            if (value != null) {
                json(name, value, schemaType(declared));
            }
        }

        private void json(String name, JsonValue value, GraphQLType type) {
            GraphQLType target = type == null ? null : GraphQLTypeUtil.unwrapNonNull(type);
            if (isId(target) && !(value.getValueType() == JsonValue.ValueType.STRING
                    || value.getValueType() == JsonValue.ValueType.NUMBER && ((JsonNumber) value).isIntegral()
                    || value.getValueType() == JsonValue.ValueType.NULL)) {
                throw notAnId(name);
            }
            switch (value.getValueType()) {
                case OBJECT -> {
                    GraphQLInputObjectType input = target instanceof GraphQLInputObjectType t ? t : null;
                    value.asJsonObject().forEach((key, item) -> {
                        GraphQLInputObjectField field = input == null ? null : input.getField(key);
                        json(key, item, field == null ? null : field.getType());
                    });
                }
                case ARRAY -> {
                    GraphQLType element = target instanceof GraphQLList list ? list.getWrappedType() : target;
                    value.asJsonArray().forEach(item -> json(name, item, element));
                }
                case NUMBER -> number(name, ((JsonNumber) value).bigDecimalValue(), target);
                case STRING -> {
                    if (isWholeNumberScalar(target)) {
                        number(name, decimal(name, ((JsonString) value).getString()), target);
                    } else if (isDecimalScalar(target)) {
                        decimal(name, ((JsonString) value).getString(), "a number");
                    }
                }
                default -> {
                }
            }
        }

        private GraphQLType schemaType(Type<?> declared) {
            if (declared instanceof NonNullType nonNull) {
                GraphQLType inner = schemaType(nonNull.getType());
                return inner == null ? null : GraphQLNonNull.nonNull(inner);
            }
            if (declared instanceof ListType list) {
                GraphQLType inner = schemaType(list.getType());
                return inner == null ? null : GraphQLList.list(inner);
            }
            return declared instanceof TypeName name ? schema.getType(name.getName()) : null;
        }
    }

    /**
     * A number for an integer type must be whole and fit it: {@code Int} 32 bits, {@code BigInteger} (SmallRye's
     * scalar for Java {@code long} and {@code Long}) 64 bits. Numbers for other types are left to their coercion.
     */
    static void number(String field, BigDecimal value, GraphQLType target) {
        if (!(target instanceof GraphQLScalarType scalar)) {
            return;
        }
        BigInteger min;
        BigInteger max;
        switch (scalar.getName()) {
            case "Int" -> {
                min = INT_MIN;
                max = INT_MAX;
            }
            case "BigInteger", "Long" -> {
                min = LONG_MIN;
                max = LONG_MAX;
            }
            default -> {
                return;
            }
        }
        BigInteger whole;
        try {
            whole = value.toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            throw new Refused(field, field + " must be a whole number.");
        }
        if (whole.compareTo(min) < 0 || whole.compareTo(max) > 0) {
            throw new Refused(field, field + " must be a whole number between " + min + " and " + max + ".");
        }
    }

    /** The GraphQL spec's ID: a string, or an integer sent for one; never an object, list or boolean. */
    private static boolean isId(GraphQLType target) {
        return target instanceof GraphQLScalarType scalar && "ID".equals(scalar.getName());
    }

    private static Refused notAnId(String field) {
        return new Refused(field, field + " must be an id: a string.");
    }

    private static boolean isWholeNumberScalar(GraphQLType target) {
        return target instanceof GraphQLScalarType scalar && List.of("Int", "BigInteger", "Long")
                .contains(scalar.getName());
    }

    /**
     * The decimal scalars take a number sent as text; text that is no decimal ({@code NaN}, {@code Infinity},
     * {@code 0x10}) is refused here, since SmallRye's conversion of it names the Java input class instead of the field.
     */
    private static boolean isDecimalScalar(GraphQLType target) {
        return target instanceof GraphQLScalarType scalar && List.of("BigDecimal", "Float")
                .contains(scalar.getName());
    }

    private static BigDecimal decimal(String field, String text) {
        return decimal(field, text, "a whole number");
    }

    private static BigDecimal decimal(String field, String text, String what) {
        try {
            if (text.length() > 40) {
                throw new NumberFormatException();
            }
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new Refused(field, field + " must be " + what + ".");
        }
    }

    private static GraphQLFieldDefinition definition(GraphQLType parent, String name) {
        return parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
    }

    private static long clamp(BigInteger value) {
        return value.signum() < 0 ? 0 : value.min(BigInteger.valueOf(1_000_000_000)).longValue();
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /** Ends the walk at the first problem. */
    private static final class Refused extends RuntimeException {
        private final Refusal refusal;

        Refused(String field, String message) {
            super(message, null, false, false);
            this.refusal = new Refusal(field, message);
        }
    }
}
