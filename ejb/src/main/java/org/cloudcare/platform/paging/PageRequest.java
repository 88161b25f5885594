package org.cloudcare.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.cloudcare.platform.error.CloudCareException;

/**
 * One page of a cursor connection: {@code first} items after the opaque cursor {@code after}. Every list in
 * CloudCare is bounded by {@link #MAX_FIRST}.
 */
public record PageRequest(int first, int offset) {

    public static final int DEFAULT_FIRST = 20;
    public static final int MAX_FIRST = 100;
    private static final String PREFIX = "cursor:";

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_FIRST : first;
        if (size < 0 || size > MAX_FIRST) {
            throw CloudCareException.invalid("first", "The first argument must be between 0 and " + MAX_FIRST + ".");
        }
        return new PageRequest(size, after == null || after.isEmpty() ? 0 : decode(after) + 1);
    }

    public static String cursorOf(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!plain.startsWith(PREFIX)) {
                throw new IllegalArgumentException(plain);
            }
            int position = Integer.parseInt(plain.substring(PREFIX.length()));
            if (position < 0 || position == Integer.MAX_VALUE) { // the next page would start past int range
                throw new IllegalArgumentException(plain);
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw CloudCareException.invalid("after", "The after cursor is not one this server issued.");
        }
    }
}
