package org.cloudcare.it.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One fuzzed request: who sends it, which mutation it targets, how it is shaped, what the fuzzer changed in an
 * otherwise plausible input, and the exact body. {@code mustBeRefused}: the request cannot succeed whatever the data
 * (a malformed request, a text the input hygiene refuses, a null for a required field); it decides how row counts
 * are checked. {@code invalidBecause}: the change that the GraphQL rules alone refuse, so the only answer is
 * VALIDATION and no data (null when there is none).
 */
public record FuzzCase(int number, String caller, String mutation, String shape, List<String> changes,
        boolean mustBeRefused, String invalidBecause, byte[] body) {

    public static FuzzCase of(int number, String caller, String mutation, String shape, List<String> changes,
            boolean mustBeRefused, String invalidBecause, String body) {
        return new FuzzCase(number, caller, mutation, shape, List.copyOf(changes), mustBeRefused, invalidBecause,
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** The body as text, bytes that are not valid UTF-8 shown as {@code \xNN}; long bodies cut to {@code limit}. */
    public String bodyText(int limit) {
        String text;
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            text = decoder.decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            StringBuilder escaped = new StringBuilder();
            for (byte b : body) {
                escaped.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02x", b & 0xFF));
            }
            text = escaped.toString();
        }
        return text.length() <= limit ? text
                : text.substring(0, limit) + "... (" + (text.length() - limit) + " more characters)";
    }

    /** One line that says what this request is. */
    public String summary() {
        return "#" + number + " as " + caller + ": " + mutation + " (" + shape + ")"
                + (changes.isEmpty() ? "" : " " + String.join("; ", changes));
    }
}
