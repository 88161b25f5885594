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

    /** The broken rules, each as a short class name of the problem (the key findings are grouped by). */
    public static List<String> problems(Reading reading) {
        List<String> problems = new ArrayList<>();
        GraphQL.Answer answer = reading.answer();
        if (answer.status() >= 500) {
            problems.add("HTTP " + answer.status());
        }
        if (reading.json() == null) {
            String kind = answer.body().stripLeading().startsWith("<") ? "HTML" : "not JSON";
            problems.add("answer is " + kind + " (Content-Type " + answer.contentType() + ")");
        } else if (!answer.contentType().contains("json")) {
            problems.add("JSON answer with Content-Type " + answer.contentType());
        }
        if (reading.codes().contains("INTERNAL")) {
            problems.add("error code INTERNAL");
        }
        String messages = reading.json() == null ? answer.body() : messages(reading.json());
        for (String mark : CLASS_NAME_MARKS) {
            if (messages.contains(mark)) {
                problems.add("class name in a message (" + mark.strip() + ")");
            }
        }
        return problems;
    }

    private static String messages(JsonObject json) {
        StringBuilder text = new StringBuilder();
        if (json.get("errors") instanceof jakarta.json.JsonArray errors) {
            for (JsonValue error : errors) {
                // the whole error: message, extensions (a leaked exception often hides in extensions.exception)
                text.append(error).append('\n');
            }
        }
        return text.toString();
    }
}
