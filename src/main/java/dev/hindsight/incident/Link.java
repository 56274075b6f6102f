package dev.hindsight.incident;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named link: a reference, an attachment, a dashboard, a ticket. Either part may be missing.
 *
 * <p>It also holds the one rule every link in Hindsight keeps, in a record's link fields and in the Markdown a
 * document is written in: a link is a web or mail link (http, https, mailto) or has no scheme at all (a relative
 * link, a ticket key). The scheme is judged as a browser would read it, after decoding what a browser decodes
 * (HTML character references, percent-encoding) and dropping what it skips (whitespace, control characters), so
 * {@code javascript&#58;}, {@code java%0Ascript:} and {@code jav&#x09;ascript:} are seen for what they are.
 */
public record Link(String name, String url) {
    public Link {
        name = name == null ? "" : name.strip();
        url = url == null ? "" : url.strip();
    }

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z]{2,8};)");
    private static final Pattern PERCENT = Pattern.compile("%([0-9a-fA-F]{2})");
    /** Decoding is repeated for text encoded more than once; more rounds than this is an attempt to hide. */
    private static final int ROUNDS = 4;

    /** Whether a link may be followed: a web or mail link, or one without a scheme. */
    public static boolean isSafe(String url) {
        return problem(url).isEmpty();
    }

    /** Why a link is refused, or empty when it may be followed. Blank is allowed (no link). */
    public static Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String scheme = scheme(url);
        if (scheme == null) {
            return Optional.of("'" + url + "' hides its scheme; only http, https and mailto links are allowed");
        }
        if (!scheme.isEmpty() && !SCHEMES.contains(scheme)) {
            return Optional.of("'" + url + "' uses the " + scheme + ": scheme; only http, https and mailto links "
                    + "are allowed");
        }
        return Optional.empty();
    }

    /** Why a record's link field is refused: an unsafe link, or text that is not a link at all. */
    static Optional<String> fieldProblem(String url) {
        Optional<String> unsafe = problem(url);
        if (unsafe.isPresent() || url == null || url.isBlank()) {
            return unsafe;
        }
        try {
            new URI(url.strip());
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("'" + url + "' is not a valid link");
        }
    }

    /**
     * The scheme a browser would follow, lower-case; "" when there is none; null when the link is still encoded
     * after several rounds of decoding (nothing honest needs that).
     */
    static String scheme(String url) {
        String text = url;
        for (int round = 0; round < ROUNDS; round++) {
            String decoded = strip(percentDecoded(referencesDecoded(text)));
            if (decoded.equals(text)) {
                Matcher m = SCHEME.matcher(decoded.toLowerCase(Locale.ROOT));
                return m.find() ? m.group(1) : "";
            }
            text = decoded;
        }
        return null;
    }

    /** Browsers drop tabs and line breaks anywhere in a URL, and spaces and control characters at its edges. */
    private static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r' && !(c < 0x20 || c == 0x7f || c == '\u00a0' || c == '\u200b'
                    || c == '\ufeff')) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static String referencesDecoded(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(reference(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A character reference's character; a named one unknown here is kept as written. */
    private static String reference(String body) {
        String name = body.endsWith(";") ? body.substring(0, body.length() - 1) : body;
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int code;
            try {
                code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            } catch (NumberFormatException e) {
                return "\ufffd";
            }
            return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : "\ufffd";
        }
        return switch (name) {
            case "colon" -> ":";
            case "Tab" -> "\t";
            case "NewLine" -> "\n";
            case "amp", "AMP" -> "&";
            case "period" -> ".";
            case "plus" -> "+";
            case "sol" -> "/";
            case "num" -> "#";
            case "quest" -> "?";
            case "nbsp" -> "\u00a0";
            case "lpar" -> "(";
            case "rpar" -> ")";
            default -> "&" + body;
        };
    }

    private static String percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        Matcher m = PERCENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
