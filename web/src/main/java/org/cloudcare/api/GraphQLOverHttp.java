package org.cloudcare.api;

import static org.cloudcare.api.JsonProcessing.JSON;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cloudcare.platform.security.Roles;
import org.eclipse.microprofile.config.ConfigProvider;

import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * What the GraphQL-over-HTTP specification and CloudCare's contract ask and SmallRye's servlet does not do, checked
 * before SmallRye parses, validates or runs anything, for every address SmallRye executes GraphQL at
 * ({@code /graphql/*}):
 * <ul>
 * <li>a POST whose body is not declared as JSON ({@code Content-Type} missing, a form, plain text...) is a 415 and
 * runs nothing (a form or plain-text POST is what a foreign web page can send without a CORS preflight);</li>
 * <li>a body that is not a JSON object with a query string, with {@code variables} and {@code extensions} objects
 * and an {@code operationName} string when present, nested at most {@value #MAX_NESTING} deep, is a 400 naming the
 * member at fault (never the container's error page);</li>
 * <li>an anonymous request is a 401 {@code UNAUTHENTICATED}: it learns nothing but that it must sign in. The one
 * exception is {@code { __typename }}, the readiness probe of the scripts;</li>
 * <li>the document must stay within {@link DocumentLimits} (cost after fragment expansion, aliases and page sizes,
 * mutations per document, numbers within their type), else a 400 {@code VALIDATION} naming the field;</li>
 * <li>a client that accepts {@code application/graphql-response+json} gets that media type, and a 400 when the
 * response has no data; every error carries {@code extensions.code}.</li>
 * </ul>
 * A WebSocket upgrade (SmallRye's {@code graphql-ws} endpoint) is refused: it would bypass all of the above. A POST
 * that passes is run here on SmallRye's engine with the body parsed once; SmallRye's servlet answers everything else.
 * Mapped last in {@code web.xml}: no filter after it sees a GraphQL POST.
 */
public class GraphQLOverHttp extends HttpFilter {

    /** The error extensions of CloudCare's contract; no others reach a client. */
    private static final Pattern NAMES_A_CLASS = Pattern.compile("org\\.cloudcare|java\\.|Unknown Scalar Type");
    private static final Pattern ARGUMENT = Pattern.compile("^argument '([A-Za-z0-9_]{1,64})'");
    private static final Set<String> CONTRACT_EXTENSIONS = Set.of("code", "field", "reasons");
    static final String GRAPHQL_RESPONSE = JsonErrors.GRAPHQL_RESPONSE;
    /** Far above any legitimate document (the parser stops at 5000 tokens anyway). */
    static final int MAX_BODY = 256 * 1024;
    /**
     * For the monitoring system's service account only, decided by its role before the body is read: a batch of
     * 10,000 measurements sent as variables is about 1.6 MB of JSON (some 160 bytes a row), so 4 MB leaves room for
     * longer ids and formatting; the document itself stays within the parser's token limit like everybody's. Every
     * other caller keeps {@link #MAX_BODY}.
     */
    static final int MAX_MEASUREMENT_BODY = 4 * 1024 * 1024;
    /** JSON arrays and objects inside each other: variables of CloudCare's inputs need four. */
    static final int MAX_NESTING = 32;
    private static final Logger LOG = Logger.getLogger(GraphQLOverHttp.class.getName());
    private static final Pattern READINESS_PROBE = Pattern.compile("\\s*(query\\s*)?\\{\\s*__typename\\s*}\\s*");

    private volatile DocumentLimits limits;
    private volatile ExecutionService engine;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean wantsGraphQLResponse = accepts(request.getHeader("Accept"));
        if (request.getHeader("Upgrade") != null) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, wantsGraphQLResponse, "Upgrade",
                    "GraphQL is served over HTTP POST only.");
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (!isJson(request.getContentType())) {
            refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, wantsGraphQLResponse, "Content-Type",
                    "A GraphQL request is a JSON body: send it with Content-Type: application/json.");
            return;
        }
        int maxBody = request.isUserInRole(Roles.CSP_MONITORING) ? MAX_MEASUREMENT_BODY : MAX_BODY;
        byte[] body = request.getInputStream().readNBytes(maxBody + 1);
        if (body.length > maxBody) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, wantsGraphQLResponse, "body",
                    "The request body is larger than " + maxBody + " bytes.");
            return;
        }
        Request graphQL = Request.of(body);
        if (graphQL.problem() != null) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, wantsGraphQLResponse, graphQL.field(),
                    graphQL.problem());
            return;
        }
        if (request.getUserPrincipal() == null && !READINESS_PROBE.matcher(graphQL.query()).matches()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"cloudcare\"");
            JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, wantsGraphQLResponse, "UNAUTHENTICATED",
                    null, "Sign in first: send an access token as Authorization: Bearer <token>.");
            return;
        }
        DocumentLimits.Refusal refusal = limits().check(graphQL.query(), graphQL.variables());
        if (refusal != null) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, wantsGraphQLResponse, refusal.field(),
                    refusal.message());
            return;
        }
        JsonObject answer = execute(graphQL.body());
        if (answer.containsKey("errors")) {
            boolean hasData = answer.containsKey("data") && !answer.isNull("data");
            if (wantsGraphQLResponse && !hasData) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            answer = withCodes(answer);
        }
        byte[] bytes = answer.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType(mediaType(wantsGraphQLResponse));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * Runs the request on SmallRye's engine with the body parsed above, as SmallRye's servlet would after parsing it
     * again (a measurement batch is 1.6 MB of JSON), and takes the answer as JSON to give its errors their codes.
     */
    private JsonObject execute(JsonObject body) {
        JsonObject[] answer = new JsonObject[1];
        try {
            engine().executeSync(body, new HashMap<>(), executed -> answer[0] =
                    executed.getExecutionResultAsJsonObject());
        } finally {
            // SmallRye leaves the request's context (its JSON body and variables) in an inheritable thread local of
            // the HTTP thread, where it would stay until that thread serves GraphQL again: a measurement batch is
            // some 20 MB of maps, times every thread of the pool
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
        return answer[0];
    }

    private ExecutionService engine() {
        ExecutionService known = engine;
        if (known == null) {
            known = CDI.current().select(ExecutionService.class).get();
            engine = known;
        }
        return known;
    }

    /** The limits for SmallRye's schema, looked up once it is built (at the first request). */
    private DocumentLimits limits() {
        DocumentLimits known = limits;
        if (known == null) {
            GraphQLSchema schema = CDI.current().select(GraphQLSchema.class).get();
            boolean production = ProductionMode.isOn(ConfigProvider.getConfig());
            LOG.info(() -> "GraphQL limits: cost " + DocumentLimits.MAX_COST + ", mutations per document "
                    + DocumentLimits.MAX_MUTATIONS + ", introspection " + (production ? "off" : "on"));
            known = new DocumentLimits(schema, !production);
            limits = known;
        }
        return known;
    }

    /** A refusal before GraphQL runs: one VALIDATION error naming what is wrong with the request. */
    private static void refuse(HttpServletResponse response, int status, boolean wantsGraphQLResponse, String field,
            String message) throws IOException {
        JsonErrors.write(response, status, wantsGraphQLResponse, "VALIDATION", field, message);
    }

    /**
     * {@code application/json} or {@code application/graphql-response+json}, with or without parameters such as
     * {@code charset}; anything else (also no Content-Type at all) is not a GraphQL request body.
     */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip()
                .toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.equals(GRAPHQL_RESPONSE);
    }

    private static String mediaType(boolean graphQLResponse) {
        return JsonErrors.mediaType(graphQLResponse);
    }

    /**
     * Errors that never reached CloudCare's code (the document did not parse or validate, an argument had the wrong
     * type) get the code VALIDATION, so every error a client sees has one. Only the extensions of the contract
     * ({@code code}, {@code field}, and {@code reasons} of a validation that found several things) pass, and only with a value: graphql-java's own (its {@code classification}, named
     * after its exception classes) are left out.
     */
    private static JsonObject withCodes(JsonObject answer) {
        if (!answer.containsKey("errors")) {
            return answer;
        }
        var errors = JSON.createArrayBuilder();
        for (JsonValue value : answer.getJsonArray("errors")) {
            JsonObject error = value.asJsonObject();
            JsonObject extensions = error.containsKey("extensions") ? error.getJsonObject("extensions")
                    : JsonValue.EMPTY_JSON_OBJECT;
            var coded = JSON.createObjectBuilder();
            extensions.forEach((key, extension) -> {
                if (CONTRACT_EXTENSIONS.contains(key) && extension.getValueType() != JsonValue.ValueType.NULL) {
                    coded.add(key, extension);
                }
            });
            var clean = JSON.createObjectBuilder(error);
            if (!extensions.containsKey("code")) {
                coded.add("code", "VALIDATION");
                String message = error.getString("message", "");
                if (NAMES_A_CLASS.matcher(message).find()) {
                    // graphql-java names the Java input class when a nested value cannot be coerced ("Infinity" for
                    // an amount): say which argument, never which class
                    Matcher argument = ARGUMENT.matcher(message);
                    clean.add("message", argument.find() ? "The value of argument '" + argument.group(1)
                            + "' does not fit its type." : "An argument has a value that does not fit its type.");
                }
            }
            errors.add(clean.add("extensions", coded));
        }
        return JSON.createObjectBuilder(answer).add("errors", errors).build();
    }

    private static boolean accepts(String accept) {
        return accept != null && accept.contains(GRAPHQL_RESPONSE);
    }

    /**
     * The members of a GraphQL request body, or what is wrong with it. The nesting is counted on the bytes before
     * any JSON parser sees them, so a body nested thousands deep costs one pass and no stack.
     */
    record Request(JsonObject body, String query, JsonObject variables, String field, String problem) {

        static Request of(byte[] body) {
            if (nesting(body) > MAX_NESTING) {
                return refused("body", "The request body nests JSON more than " + MAX_NESTING + " deep.");
            }
            JsonValue value;
            try (var reader = JSON.createReader(new ByteArrayInputStream(body))) {
                value = reader.readValue();
            } catch (JsonException | IllegalStateException e) {
                return refused("body", "The request body is not valid JSON.");
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return refused("body", "The request body must be a JSON object.");
            }
            JsonObject request = value.asJsonObject();
            JsonValue query = request.get("query");
            if (query == null || query.getValueType() != JsonValue.ValueType.STRING) {
                return refused("query", "The request body must have a query string.");
            }
            if (!isAbsentOr(request.get("variables"), JsonValue.ValueType.OBJECT)) {
                return refused("variables", "variables must be a JSON object.");
            }
            if (!isAbsentOr(request.get("operationName"), JsonValue.ValueType.STRING)) {
                return refused("operationName", "operationName must be a string.");
            }
            if (!isAbsentOr(request.get("extensions"), JsonValue.ValueType.OBJECT)) {
                return refused("extensions", "extensions must be a JSON object.");
            }
            JsonValue variables = request.get("variables");
            return new Request(request, ((JsonString) query).getString(),
                    variables == null || variables.getValueType() == JsonValue.ValueType.NULL ? null
                            : variables.asJsonObject(), null, null);
        }

        private static Request refused(String field, String problem) {
            return new Request(null, null, null, field, problem);
        }

        private static boolean isAbsentOr(JsonValue value, JsonValue.ValueType type) {
            return value == null || value.getValueType() == JsonValue.ValueType.NULL || value.getValueType() == type;
        }

        /** The deepest nesting of arrays and objects, outside strings. */
        static int nesting(byte[] json) {
            int depth = 0;
            int deepest = 0;
            boolean inString = false;
            for (int i = 0; i < json.length; i++) {
                byte b = json[i];
                if (inString) {
                    if (b == '\\') {
                        i++;
                    } else if (b == '"') {
                        inString = false;
                    }
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    deepest = Math.max(deepest, ++depth);
                } else if (b == '}' || b == ']') {
                    depth--;
                }
            }
            return deepest;
        }
    }
}
