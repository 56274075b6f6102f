package dev.hindsight.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Where a page may send someone back to, such as {@code next} after signing in: only a path on this site.
 * Browsers are lenient readers of a Location header (they drop tabs and newlines, read a backslash as a slash,
 * and some proxies decode {@code %2F}), so anything a lenient reader could take for another site falls back
 * to {@link #HOME} rather than being repaired. Every redirect to a target the request named goes through here.
 */
final class ReturnPath {
    static final String HOME = "/";
    /** Longer than any page's address with its filters; longer ones are not worth reading. */
    private static final int LONGEST = 2048;
    /** How many layers of percent-encoding are looked through before giving up on the target. */
    private static final int DECODINGS = 3;

    private ReturnPath() {
    }

    /** The target if it is a path on this site, else {@link #HOME}. */
    static String onThisSite(String requested) {
        if (requested == null || requested.length() > LONGEST || !plain(requested)) {
            return HOME;
        }
        try {
            URI uri = new URI(requested);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.isOpaque()) {
                return HOME;
            }
        } catch (URISyntaxException e) {
            return HOME;
        }
        // The path part, as each layer of decoding would show it, must still be a plain path on this site.
        int end = firstOf(requested, '?', '#');
        String path = requested.substring(0, end);
        for (int layer = 0; layer <= DECODINGS; layer++) {
            if (!path.startsWith("/") || path.startsWith("//") || !plain(path) || path.startsWith("/signin")) {
                return HOME;
            }
            if (path.indexOf('%') < 0) {
                return requested;
            }
            path = decoded(path);
            if (path == null) {
                return HOME;
            }
        }
        return HOME;
    }

    /** Visible ASCII only, and no backslash: no control character, no space of any kind, nothing a reader drops. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static int firstOf(String text, char a, char b) {
        int end = text.length();
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i >= 0) {
            end = i;
        }
        if (j >= 0 && j < end) {
            end = j;
        }
        return end;
    }

    /** Percent-decoding only ({@code +} stays a plus in a path); null when a {@code %} is not followed by hex. */
    private static String decoded(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            if (i + 2 >= path.length()) {
                return null;
            }
            int high = Character.digit(path.charAt(i + 1), 16);
            int low = Character.digit(path.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
