package org.cloudcare.it.browser;

/**
 * Base addresses of the running system: {@code -Dcloudcare.url} (default http://localhost:8080) and
 * {@code -Dkeycloak.url} (default http://localhost:8180), without trailing slash.
 */
public record Urls(String cloudcare, String keycloak) {

    public static Urls fromSystemProperties() {
        return new Urls(trim(System.getProperty("cloudcare.url", "http://localhost:8080")),
                trim(System.getProperty("keycloak.url", "http://localhost:8180")));
    }

    /** The portal page. */
    public String portal() {
        return cloudcare + "/";
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
