package org.cloudcare.it.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloudcare.it.support.GraphQL;

/**
 * What the fuzzer found, grouped by class of problem (what went wrong, for which request shape or mutation), with
 * the first few requests and answers of each class in full, so that each one can be sent again by hand.
 */
public final class Findings {

    private static final int EXAMPLES_PER_CLASS = 3;
    private static final int BODY_LIMIT = 1500;

    private record Example(FuzzCase request, int status, String answer, String note) {
    }

    private static final class Group {
        int count;
        final List<Example> examples = new ArrayList<>();
    }

    private final Map<String, Group> groups = new LinkedHashMap<>();

    public void add(String problem, FuzzCase request, GraphQL.Answer answer, String note) {
        String where = request.shape().startsWith("malformed") ? request.shape() : request.mutation();
        Group group = groups.computeIfAbsent(problem + " | " + where, key -> new Group());
        group.count++;
        if (group.examples.size() < EXAMPLES_PER_CLASS) {
            group.examples.add(new Example(request, answer == null ? 0 : answer.status(),
                    answer == null ? "(none)" : answer.body(), note));
        }
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public int classes() {
        return groups.size();
    }

    /** One line per class: how often, and the problem. */
    public String overview() {
        StringBuilder text = new StringBuilder();
        groups.forEach((key, group) -> text.append(String.format("  %4d x %s%n", group.count, key)));
        return text.toString();
    }

    /** Every class with its examples: request summary, body and answer. */
    public String details(int bodyLimit) {
        StringBuilder text = new StringBuilder();
        groups.forEach((key, group) -> {
            text.append("=== ").append(key).append(" (").append(group.count).append(" requests)\n");
            for (Example example : group.examples) {
                text.append("  request ").append(example.request().summary()).append('\n');
                text.append("  body    ").append(example.request().bodyText(bodyLimit)).append('\n');
                text.append("  answer  HTTP ").append(example.status()).append(": ")
                        .append(cut(example.answer(), bodyLimit)).append('\n');
                if (example.note() != null) {
                    text.append("  note    ").append(example.note()).append('\n');
                }
            }
        });
        return text.toString();
    }

    public String details() {
        return details(BODY_LIMIT);
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit) + "... (" + (text.length() - limit)
                + " more characters)";
    }
}
