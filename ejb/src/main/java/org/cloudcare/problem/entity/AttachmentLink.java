package org.cloudcare.problem.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.Checks;

/** A document attached to a ticket by link (TMF621 attachment by reference): CloudCare stores no files. */
@Embeddable
public class AttachmentLink {

    @Column(name = "url", nullable = false)
    private String url;

    @Column(name = "name", nullable = false)
    private String name;

    protected AttachmentLink() {
    }

    public AttachmentLink(String url, String name) {
        this.url = checkedUrl(url);
        this.name = Checks.text("attachments.name", name, 200);
    }

    /** An absolute http or https URL, or the reason it is not one. */
    public static String problemWith(String url) {
        if (url == null || url.isBlank()) {
            return "The attachment URL must not be empty.";
        }
        if (url.length() > 2000) {
            return "The attachment URL must be at most 2000 characters long.";
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                return "The attachment URL must be an absolute http or https address.";
            }
            return null;
        } catch (URISyntaxException e) {
            return "The attachment URL is not a valid address.";
        }
    }

    private static String checkedUrl(String url) {
        String problem = problemWith(url);
        if (problem != null) {
            throw CloudCareException.invalid("attachments.url", problem);
        }
        return url.strip();
    }

    public String getUrl() {
        return url;
    }

    public String getName() {
        return name;
    }
}
