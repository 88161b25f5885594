package org.cloudcare.platform.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input refused for several reasons at once (a rejected order, a rejected trouble ticket report): a
 * {@link ErrorCode#VALIDATION VALIDATION} error whose field is the first reason's and whose {@link #reasons()} are all
 * of them, so the caller corrects every field in one go. The message names each field ({@code field: sentence}).
 * Collect the reasons with {@link Reasons}.
 */
public final class InvalidInput extends CloudCareException {

    private static final long serialVersionUID = 1L;

    /** One refused field and a sentence for the caller. */
    public record Reason(String field, String message) {
    }

    private final transient List<Reason> reasons;

    /** {@code lead} opens the message ("The order was rejected."); null for none. */
    public InvalidInput(String lead, List<Reason> reasons) {
        super(ErrorCode.VALIDATION, reasons.get(0).field(), message(lead, reasons));
        this.reasons = List.copyOf(reasons);
    }

    private static String message(String lead, List<Reason> reasons) {
        String summary = summary(reasons);
        return lead == null ? summary : lead + " " + summary;
    }

    /** Every reason as {@code field: sentence}, separated by spaces. */
    public static String summary(List<Reason> reasons) {
        return reasons.stream().map(r -> r.field() + ": " + r.message()).collect(Collectors.joining(" "));
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
