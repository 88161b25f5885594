package org.cloudcare.api;

import static org.cloudcare.api.JsonProcessing.JSON;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * What the GraphQL-over-HTTP specification and CloudCare's contract ask and SmallRye's servlet does not do: a POST
 * whose body is not declared as JSON ({@code Content-Type} missing, a form, plain text...) is a 415 and runs nothing
 * (a form or plain-text POST is what a foreign web page can send without a CORS preflight); a POST body that is not
 * a JSON object with a query is a 400 (not a 500); a client that accepts
 * {@code application/graphql-response+json} gets that media type, and a 400 when the response has no data (the
 * document did not parse or validate); every error carries {@code extensions.code}.
 */
@WebFilter("/graphql")
public class GraphQLOverHttp extends HttpFilter {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    /** Far above any legitimate document (the parser stops at 5000 tokens anyway). */
    private static final int MAX_BODY = 256 * 1024;
    private static final byte[] ERRORS = "\"errors\"".getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        boolean wantsGraphQLResponse = accepts(request.getHeader("Accept"));
        if (!isJson(request.getContentType())) {
            refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, wantsGraphQLResponse, "Content-Type",
                    "A GraphQL request is a JSON body: send it with Content-Type: application/json.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        String problem = body.length > MAX_BODY ? "The request body is larger than " + MAX_BODY + " bytes."
                : problemWith(body);
        if (problem != null) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, wantsGraphQLResponse, "body", problem);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(new CachedBody(request, body), buffered);
        byte[] bytes = buffered.bytes();
        response.setContentType(mediaType(wantsGraphQLResponse));
        // an answer without errors has data and needs no change: only answers with errors are read and rewritten
        JsonObject answer = contains(bytes, ERRORS) ? parse(bytes) : null;
        if (answer != null) {
            boolean hasData = answer.containsKey("data") && !answer.isNull("data");
            if (wantsGraphQLResponse && buffered.getStatus() == HttpServletResponse.SC_OK && !hasData) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            bytes = withCodes(answer).toString().getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** A refusal before GraphQL runs: one VALIDATION error naming what is wrong with the request. */
    private static void refuse(HttpServletResponse response, int status, boolean wantsGraphQLResponse, String field,
            String message) throws IOException {
        byte[] bytes = JSON.createObjectBuilder().add("errors", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("message", message)
                                .add("extensions", JSON.createObjectBuilder().add("code", "VALIDATION")
                                        .add("field", field))))
                .build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(mediaType(wantsGraphQLResponse));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
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
        return (graphQLResponse ? GRAPHQL_RESPONSE : "application/json") + ";charset=UTF-8";
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Errors that never reached CloudCare's code (the document did not parse or validate, an argument had the wrong
     * type) get the code VALIDATION, so every error a client sees has one; extensions without a value are left out.
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
                if (extension.getValueType() != JsonValue.ValueType.NULL) {
                    coded.add(key, extension);
                }
            });
            if (!extensions.containsKey("code")) {
                coded.add("code", "VALIDATION");
            }
            errors.add(JSON.createObjectBuilder(error).add("extensions", coded));
        }
        return JSON.createObjectBuilder(answer).add("errors", errors).build();
    }

    private static boolean accepts(String accept) {
        return accept != null && accept.contains(GRAPHQL_RESPONSE);
    }

    private static String problemWith(byte[] body) {
        try (var reader = JSON.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return "The request body must be a JSON object.";
            }
            JsonValue query = value.asJsonObject().get("query");
            if (query == null || query.getValueType() != JsonValue.ValueType.STRING) {
                return "The request body must have a query string.";
            }
            return null;
        } catch (JsonException e) {
            return "The request body is not valid JSON.";
        }
    }

    private static JsonObject parse(byte[] answer) {
        try (var reader = JSON.createReader(new StringReader(new String(answer, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException e) {
            return null;
        }
    }

    /** The request with its body read once and replayed to the GraphQL servlet. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("GraphQL requests are read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /** Holds the answer back so status and media type can still be set from its content. */
    private static final class BufferedResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final PrintWriter writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) {
                buffer.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                buffer.write(bytes, offset, length);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new IllegalStateException("GraphQL answers are written synchronously");
            }
        };

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // the real length is set when the buffered answer is written
        }

        @Override
        public void setContentLengthLong(long length) {
            // the real length is set when the buffered answer is written
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        byte[] bytes() {
            writer.flush();
            return buffer.toByteArray();
        }
    }
}
