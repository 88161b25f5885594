import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Composes a realm import from the production realm and overlay files, so the demo realm never duplicates the
 * production one: {@code java -cp <jackson jars> ComposeRealm.java OUT BASE OVERLAY...}.
 * <p>
 * Objects merge field by field (recursively); arrays of objects merge element by element where the elements name
 * themselves by {@code clientId}, {@code username} or {@code name} (an overlay element with a new name is appended);
 * any other value in an overlay replaces the base value. keycloak.sh runs it with Jackson from the Keycloak
 * distribution, so it needs no tool beyond the JDK.
 */
public class ComposeRealm {

    private static final List<String> IDENTITY_KEYS = List.of("clientId", "username", "name");

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ComposeRealm OUT BASE [OVERLAY...]");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode realm = json.readTree(new File(args[1]));
        for (int i = 2; i < args.length; i++) {
            merge((ObjectNode) realm, (ObjectNode) json.readTree(new File(args[i])));
        }
        json.writeValue(new File(args[0]), realm);
    }

    static void merge(ObjectNode base, ObjectNode overlay) {
        for (Map.Entry<String, JsonNode> field : overlay.properties()) {
            JsonNode current = base.get(field.getKey());
            JsonNode update = field.getValue();
            if (current instanceof ObjectNode && update instanceof ObjectNode) {
                merge((ObjectNode) current, (ObjectNode) update);
            } else if (current instanceof ArrayNode && update instanceof ArrayNode) {
                merge((ArrayNode) current, (ArrayNode) update);
            } else {
                base.set(field.getKey(), update);
            }
        }
    }

    static void merge(ArrayNode base, ArrayNode overlay) {
        for (JsonNode update : overlay) {
            ObjectNode match = update instanceof ObjectNode ? find(base, (ObjectNode) update) : null;
            if (match != null) {
                merge(match, (ObjectNode) update);
            } else {
                base.add(update);
            }
        }
    }

    private static ObjectNode find(ArrayNode base, ObjectNode update) {
        for (String key : IDENTITY_KEYS) {
            if (update.hasNonNull(key)) {
                for (JsonNode candidate : base) {
                    if (candidate instanceof ObjectNode && update.get(key).equals(candidate.get(key))) {
                        return (ObjectNode) candidate;
                    }
                }
                return null;
            }
        }
        return null;
    }
}
