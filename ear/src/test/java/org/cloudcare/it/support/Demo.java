package org.cloudcare.it.support;

import java.util.UUID;

import jakarta.json.JsonObject;

/** Facts about the demo data the tests rely on, looked up once through the API itself. */
public final class Demo {

    private static String riverside;
    private static String harbor;

    private Demo() {
    }

    public static synchronized String riversideId() {
        if (riverside == null) {
            load();
        }
        return riverside;
    }

    public static synchronized String harborId() {
        if (harbor == null) {
            load();
        }
        return harbor;
    }

    /** A fresh, valid tenant or user key, so that runs never collide. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void load() {
        for (var edge : GraphQL.as("sam", "{ customers(first: 100) { edges { node { id code } } } }").data()
                .getJsonObject("customers").getJsonArray("edges")) {
            JsonObject node = edge.asJsonObject().getJsonObject("node");
            switch (node.getString("code")) {
                case "riverside" -> riverside = node.getString("id");
                case "harbor" -> harbor = node.getString("id");
                default -> { }
            }
        }
        if (riverside == null || harbor == null) {
            throw new AssertionError("The demo customers riverside and harbor are missing");
        }
    }
}
