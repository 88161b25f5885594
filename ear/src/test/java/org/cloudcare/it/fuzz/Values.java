package org.cloudcare.it.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The fuzzer's values, written as JSON (for variables) or as GraphQL literals (inline in the document). A value is
 * {@code null}, a {@link String}, an {@link EnumName}, a {@link Number}, a {@link Boolean}, a {@code Map<String, ?>}
 * (input object, insertion-ordered) or a {@code List<?>}. Unlike a JSON library these writers keep what the fuzzer
 * wants to send: lone surrogates go out as {@code \ud800} escapes (a UTF-8 encoder would silently turn them into
 * {@code ?}), and numbers keep their exact text ({@code 1E+30}, 2<sup>64</sup>).
 */
public final class Values {

    /** An enum value: a bare name in a GraphQL document, a string in JSON. */
    public record EnumName(String name) {
    }

    private Values() {
    }

    public static String json(Object value) {
        StringBuilder out = new StringBuilder();
        writeJson(value, out);
        return out.toString();
    }

    public static String graphql(Object value) {
        StringBuilder out = new StringBuilder();
        writeGraphQL(value, out);
        return out.toString();
    }

    private static void writeJson(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value instanceof EnumName name) {
            quote(name.name(), out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                quote((String) entry.getKey(), out);
                out.append(':');
                writeJson(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                writeJson(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append(number(value));
        }
    }

    private static void writeGraphQL(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value instanceof EnumName name) {
            out.append(name.name());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ", ");
                first = false;
                out.append(entry.getKey()).append(": ");
                writeGraphQL(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                writeGraphQL(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append(number(value));
        }
    }

    private static String number(Object value) {
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigInteger || value instanceof BigDecimal) {
            return value.toString();
        }
        throw new IllegalArgumentException("Not a fuzzer value: " + value.getClass());
    }

    /**
     * A JSON (and GraphQL) string literal: quotes, backslashes, control characters, line separators and broken
     * UTF-16 escaped, everything else as is.
     */
    public static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                    || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
