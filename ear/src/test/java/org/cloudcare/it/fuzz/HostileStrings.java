package org.cloudcare.it.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The catalogue of texts an attacker or a careless client sends, each with a label that says what it is (the label,
 * not the text, goes into test names and failure reports). Reusable by any test: the fuzzer draws from it, a
 * hand-written hostile-request test can iterate it.
 * <p>
 * No text here contains a Java class or package name ({@code Exception}, {@code java.}, {@code jakarta.},
 * {@code org.apache}, {@code org.eclipse}): an error message that echoes the input must not look like a leaked class
 * name.
 */
public final class HostileStrings {

    /** A text and what it is. */
    public record Sample(String label, String value) {

        @Override
        public String toString() {
            return label;
        }
    }

    private static final List<Sample> REFUSED_BY_TEXT_HYGIENE = List.of(
            new Sample("NUL in the middle", "Nul\u0000Clinic"),
            new Sample("only NUL", "\u0000"),
            new Sample("trailing NUL", "Clinic\u0000"),
            new Sample("bell", "ring\u0007ring"),
            new Sample("ANSI escape", "IT\u001B[31mred\u001B[0m"),
            new Sample("DEL", "del\u007Fete"),
            new Sample("C1 control NEL", "next\u0085line"),
            new Sample("C1 control CSI", "csi\u009B31m"),
            new Sample("bidi right-to-left override", "\u202Eevil.exe"),
            new Sample("bidi isolate", "\u2066isolated\u2069"),
            new Sample("bidi embedding", "\u202Aembedded\u202C"),
            new Sample("lone high surrogate", "half\uD800"),
            new Sample("lone low surrogate", "\uDC00half"),
            new Sample("reversed surrogate pair", "\uDC00\uD800"),
            new Sample("high surrogate at the end", "emoji\uD83D"));

    private static final List<Sample> SHORT_TEXT_LINE_BREAKS = List.of(
            new Sample("line break", "two\nlines"),
            new Sample("carriage return", "cr\rreturn"),
            new Sample("header injection", "x\r\nX-Injected: 1"),
            new Sample("tab", "tab\there"),
            new Sample("mixed whitespace with tab", "   \t  "));

    private static final List<Sample> MAYBE_ACCEPTED = List.of(
            new Sample("empty", ""),
            new Sample("one space", " "),
            new Sample("spaces", "     "),
            new Sample("unicode spaces", "\u00A0\u2003\u3000"),
            new Sample("zero-width characters", "\u200B\u200C\u200D\uFEFF"),
            new Sample("right-to-left mark (not an override)", "\u200Fmark"),
            new Sample("script tag", "<script>alert(1)</script>"),
            new Sample("img onerror", "<img src=x onerror=alert(1)>"),
            new Sample("attribute breakout", "\"><svg/onload=alert(1)>"),
            new Sample("template expressions", "{{7*7}} ${7*7} #{7*7}"),
            new Sample("JNDI lookup", "${jndi:ldap://127.0.0.1:1389/a}"),
            new Sample("format specifiers", "%s%s%n%x%d"),
            new Sample("message format", "{0} {1,number} '{'"),
            new Sample("SQL quote", "' OR '1'='1"),
            new Sample("SQL drop", "'; DROP TABLE customer; --"),
            new Sample("SQL union", "x' UNION SELECT id, code FROM customer --"),
            new Sample("SQL sleep", "1; SELECT pg_sleep(1); --"),
            new Sample("SQL comment", "name/**/--"),
            new Sample("LIKE wildcards", "%_%\\"),
            new Sample("LDAP filter", "*)(uid=*))(|(uid=*"),
            new Sample("path traversal", "../../../../etc/passwd"),
            new Sample("encoded traversal", "%2e%2e%2f%2e%2e%2f"),
            new Sample("percent-encoded NUL", "abc%00def"),
            new Sample("windows share", "\\\\server\\share"),
            new Sample("backslashes and quotes", "\\\"\\'\\\\"),
            new Sample("JSON text", "{\"a\":[1,2,{\"b\":null}]}"),
            new Sample("GraphQL breakout", "\") { id } } mutation { createCustomer(input: {}) { id"),
            new Sample("GraphQL variable", "$input"),
            new Sample("word null", "null"),
            new Sample("word undefined", "undefined"),
            new Sample("word true", "true"),
            new Sample("NaN", "NaN"),
            new Sample("negative zero", "-0"),
            new Sample("huge number text", "1e309"),
            new Sample("latin diacritics", "Ünïcödé Çlïnïc"),
            new Sample("decomposed accents", "Cafe\u0301 Clinic"),
            new Sample("stacked combining marks", "Z" + "\u0301\u0302\u0303\u0304\u0305".repeat(20)),
            new Sample("Japanese", "東京総合病院"),
            new Sample("Arabic (right-to-left text)", "مستشفى المدينة"),
            new Sample("Hebrew with digits", "בית חולים 123"),
            new Sample("emoji (supplementary plane)", "🏥😷💉"),
            new Sample("emoji with joiners and skin tone", "👩🏽‍⚕️👨‍👩‍👧"),
            new Sample("CJK extension B (plane 2)", "𠜎𠜱𠝹"),
            new Sample("tag characters (plane 14)", "\uDB40\uDC41\uDB40\uDC42"),
            new Sample("private use (plane 16)", "\uDBFF\uDFFD"),
            new Sample("private use (BMP)", "\uE000\uF8FF"),
            new Sample("noncharacters", "\uFFFE\uFFFF"),
            new Sample("replacement character", "\uFFFD"),
            new Sample("fullwidth latin", "ｃｏｄｅ"),
            new Sample("Cyrillic homoglyphs", "rіvеrsidе"),
            new Sample("casing traps", "İıßﬁ"),
            new Sample("mathematical alphanumerics", "𝐂𝐥𝐢𝐧𝐢𝐜"),
            new Sample("e-mail with header", "x@example.org\r\nBcc: y@example.org"),
            new Sample("e-mail without local part", "@example.org"),
            new Sample("e-mail with two at signs", "a@b@example.org"),
            new Sample("quoted e-mail", "\"quoted local\"@example.org"),
            new Sample("e-mail with unicode domain", "user@bücher.example"),
            new Sample("long e-mail", "a".repeat(300) + "@example.org"),
            new Sample("201 characters", "n".repeat(201)),
            new Sample("1,000 characters", "x".repeat(1000)),
            new Sample("10,000 characters", "y".repeat(10_000)),
            new Sample("5,000 emoji (10,000 UTF-16 units)", "🏥".repeat(5000)),
            new Sample("100,000 characters", "z".repeat(100_000)));

    private static final List<Sample> CATALOGUE;

    static {
        List<Sample> all = new ArrayList<>();
        all.addAll(REFUSED_BY_TEXT_HYGIENE);
        all.addAll(SHORT_TEXT_LINE_BREAKS);
        all.addAll(MAYBE_ACCEPTED);
        CATALOGUE = Collections.unmodifiableList(all);
    }

    /** Code point ranges to draw random text from: every plane in use, and the awkward corners of the BMP. */
    private static final int[][] RANGES = {
            {0x20, 0x7E}, {0x00, 0x1F}, {0x7F, 0x9F}, {0xA0, 0x24F}, {0x300, 0x36F}, {0x370, 0x52F},
            {0x590, 0x6FF}, {0x900, 0x97F}, {0x2000, 0x206F}, {0x3040, 0x30FF}, {0x4E00, 0x9FFF},
            {0xD800, 0xDFFF}, {0xE000, 0xF8FF}, {0xFE00, 0xFFFF}, {0x1F300, 0x1FAFF}, {0x1D400, 0x1D7FF},
            {0x20000, 0x2A6DF}, {0x30000, 0x3134F}, {0xE0000, 0xE007F}, {0xF0000, 0xFFFFD}, {0x100000, 0x10FFFD}};

    private HostileStrings() {
    }

    /** Every text of the catalogue. */
    public static List<Sample> catalogue() {
        return CATALOGUE;
    }

    /**
     * Texts CloudCare's input hygiene must refuse in every field (VALIDATION naming the field, NOT_FOUND for an
     * id): control characters other than line breaks and tabs, bidirectional overrides, broken UTF-16.
     */
    public static List<Sample> refusedByTextHygiene() {
        return REFUSED_BY_TEXT_HYGIENE;
    }

    /** Line breaks and tabs: allowed in long texts (descriptions), refused in one-line fields. */
    public static List<Sample> lineBreaksAndTabs() {
        return SHORT_TEXT_LINE_BREAKS;
    }

    /** Texts that break no hygiene rule but are hostile in other ways (markup, SQL, sizes, scripts of all planes). */
    public static List<Sample> maybeAccepted() {
        return MAYBE_ACCEPTED;
    }

    public static Sample any(Random random) {
        return CATALOGUE.get(random.nextInt(CATALOGUE.size()));
    }

    /**
     * Random text of up to {@code maxLength} UTF-16 units, its code points drawn from {@link #RANGES}; lone
     * surrogates come out of the surrogate range on purpose.
     */
    public static Sample random(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length + 1);
        int[] range = RANGES[random.nextInt(RANGES.length)];
        while (text.length() < length) {
            if (random.nextInt(8) == 0) {
                range = RANGES[random.nextInt(RANGES.length)];
            }
            int codePoint = range[0] + random.nextInt(range[1] - range[0] + 1);
            if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
                text.append((char) codePoint);
            } else {
                text.appendCodePoint(codePoint);
            }
        }
        return new Sample("random text of " + text.length() + " UTF-16 units", text.toString());
    }
}
