package org.cloudcare.it.fuzz;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.cloudcare.it.support.GraphQL;

/**
 * What every answer of {@code /graphql} must be, whatever was sent: no 5xx, JSON (never the container's HTML error
 * page), no {@code INTERNAL} error, no Java class or package name in any message.
 */
public final class AnswerCheck {

    /** Words that only appear in a message when an exception or a class leaked into it. */
    public static final List<String> CLASS_NAME_MARKS = List.of("Exception", "java.", "jakarta.", "org.eclipse",
            "org.apache", "org.cloudcare", "\tat ");

    /** The answer, read once: its JSON (null when it is not JSON) and whether the mutation ran. */
    public record Reading(GraphQL.Answer answer, JsonObject json, boolean ran, List<String> codes) {

        public String codesText() {
            return codes.isEmpty() ? (ran ? "ran" : "no error code") : String.join(",", codes);
        }
    }

    private AnswerCheck() {
    }

    public static Reading read(GraphQL.Answer answer, String mutation) {
        JsonObject json = null;
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                json = value.asJsonObject();
            }
        } catch (RuntimeException notJson) {
            // stays null; reported by problems()
        }
        boolean ran = json != null && json.containsKey("data") && json.get("data") instanceof JsonObject data
                && data.containsKey(mutation) && !data.isNull(mutation);
        List<String> codes = new ArrayList<>();
        if (json != null && json.get("errors") instanceof jakarta.json.JsonArray errors) {
            for (JsonValue error : errors) {
                if (error instanceof JsonObject object && object.get("extensions") instanceof JsonObject extensions
                        && extensions.get("code") instanceof jakarta.json.JsonString code) {
                    codes.add(code.getString());
                } else {
                    codes.add("(no code)");
                }
            }
        }
        return new Reading(answer, json, ran, codes);
    }

    /**
     * The broken rules, as one short description that findings are grouped by ({@code HTTP 500, HTML, class names in
     * messages (Exception, java.)}); null when the answer keeps every rule.
     */
    public static String problems(Reading reading) {
        List<String> problems = new ArrayList<>();
        GraphQL.Answer answer = reading.answer();
        if (answer.status() >= 500) {
            problems.add("HTTP " + answer.status());
        }
        if (reading.json() == null) {
            problems.add(answer.body().stripLeading().startsWith("<") ? "an HTML page" : "not JSON");
        } else if (!answer.contentType().contains("json")) {
            problems.add("JSON with Content-Type " + answer.contentType());
        }
        if (reading.codes().contains("INTERNAL")) {
            problems.add("error code INTERNAL");
        }
        String messages = reading.json() == null ? answer.body() : texts(reading.json(), "message");
        List<String> inMessages = CLASS_NAME_MARKS.stream().filter(messages::contains).map(String::strip).toList();
        if (!inMessages.isEmpty()) {
            problems.add("class names in messages " + inMessages);
        }
        if (reading.json() != null) {
            String extensions = texts(reading.json(), "extensions");
            List<String> inExtensions = CLASS_NAME_MARKS.stream().filter(extensions::contains).map(String::strip)
                    .toList();
            if (!inExtensions.isEmpty()) {
                problems.add("class names in error extensions " + inExtensions);
            }
        }
        return problems.isEmpty() ? null : String.join(", ", problems);
    }

    /** One member of every error, as text. */
    private static String texts(JsonObject json, String member) {
        StringBuilder text = new StringBuilder();
        if (json.get("errors") instanceof jakarta.json.JsonArray errors) {
            for (JsonValue error : errors) {
                if (error instanceof JsonObject object && object.containsKey(member)) {
                    text.append(object.get(member)).append('\n');
                }
            }
        }
        return text.toString();
    }
}
