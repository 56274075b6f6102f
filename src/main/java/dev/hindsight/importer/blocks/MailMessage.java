package dev.hindsight.importer.blocks;

import dev.hindsight.importer.words.ReadingWords;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post-mortem sent as a raw e-mail (an .eml file, RFC 822 with MIME): read as the message a mail client shows, its
 * From, To, Cc, Date and Subject lines (encoded words "=?utf-8?q?…?=" decoded) over the body's text. A quoted-printable
 * or base64 body is decoded in its charset (soft line breaks "=" joined, "=E2=80=99" read as the UTF-8 bytes they
 * are); of a multipart/alternative the text/plain part is read (the HTML one only when there is none), of a
 * multipart/mixed every text part, and an attachment is named, not read. Only a file that opens with headers and
 * declares its MIME content is one; an e-mail pasted as text is read as text. Bounded: parts nested at most
 * {@value #MAX_DEPTH} deep, at most {@value #MAX_PARTS} parts. Thread-safe.
 */
final class MailMessage {
    private static final int LOOK = 16 * 1024;
    private static final int MAX_DEPTH = 4;
    private static final int MAX_PARTS = 64;
    private static final Set<String> SHOWN = ReadingWords.load("container-words.json").names("mailHeaders");
    private static final Pattern HEADER = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,60}:.*");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]{1,40})\\?([QqBb])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_ENCODED = Pattern.compile("(\\?=)\\s+(=\\?)");
    private static final Pattern PARAMETER = Pattern.compile(";\\s*([A-Za-z-]+)\\s*=\\s*(\"[^\"]*\"|[^;\\s]+)");

    private MailMessage() {
    }

    /**
     * Whether the content is a raw e-mail: its opening lines, up to the first blank one, are all headers (or their
     * folded continuations), and among them a Content-Type or Content-Transfer-Encoding says how the body is kept.
     */
    static boolean is(byte[] content) {
        int colon = 0;
        while (colon < content.length && colon < 64 && (Character.isLetterOrDigit(content[colon])
                || content[colon] == '-')) {
            colon++;
        }
        if (colon == 0 || colon >= content.length || content[colon] != ':') {
            return false; // most documents: the first word is no header's name, told by a few bytes
        }
        String head = new String(content, 0, Math.min(content.length, LOOK), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\n\n");
        int crlf = head.indexOf("\r\n\r\n");
        end = end < 0 ? crlf : crlf < 0 ? end : Math.min(end, crlf);
        if (end < 0 || !HEADER.matcher(head.substring(0, Math.max(0, head.indexOf('\n')))
                .stripTrailing()).matches()) {
            return false;
        }
        boolean mime = false;
        for (String line : head.substring(0, end).split("\r?\n")) {
            if (line.isEmpty() || line.charAt(0) != ' ' && line.charAt(0) != '\t' && !HEADER.matcher(line).matches()) {
                return false;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            mime |= lower.startsWith("content-type:") || lower.startsWith("content-transfer-encoding:");
        }
        return mime;
    }

    /** The message as the text a mail client shows, when the content is a raw e-mail. */
    static Optional<String> asText(byte[] content) {
        if (content.length > Blocks.MAX_TEXT_BYTES || !is(content)) {
            return Optional.empty();
        }
        String raw = new String(content, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        Part message = Part.of(raw);
        StringBuilder out = new StringBuilder(raw.length());
        for (Map.Entry<String, String> header : message.headers.entrySet()) {
            if (SHOWN.contains(header.getKey())) {
                out.append(title(header.getKey())).append(": ").append(shown(header.getValue())).append('\n');
            }
        }
        out.append('\n');
        int[] parts = {0};
        body(message, 0, parts, out);
        return Optional.of(out.toString());
    }

    private static String title(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void body(Part part, int depth, int[] parts, StringBuilder out) {
        if (++parts[0] > MAX_PARTS) {
            return;
        }
        String type = part.type();
        if (type.startsWith("multipart/") && depth >= MAX_DEPTH) {
            out.append("[part not read: ").append(type).append("]\n\n"); // its boundaries and headers are no text
        } else if (type.startsWith("multipart/")) {
            List<Part> children = part.children();
            if (type.equals("multipart/alternative")) {
                Part chosen = children.stream().filter(p -> p.type().equals("text/plain")).findFirst()
                        .orElse(children.isEmpty() ? null : children.get(children.size() - 1));
                if (chosen != null) {
                    body(chosen, depth + 1, parts, out);
                }
            } else {
                children.forEach(child -> body(child, depth + 1, parts, out));
            }
        } else if (part.header("content-disposition").toLowerCase(Locale.ROOT).startsWith("attachment")
                || !type.startsWith("text/") && !type.startsWith("multipart/")) {
            String name = part.parameter("content-disposition", "filename");
            out.append("[attachment: ").append(name.isEmpty() ? type : shown(name)).append("]\n\n");
        } else {
            String text = part.decoded();
            out.append(type.equals("text/html") ? htmlText(text) : text);
            if (!text.endsWith("\n")) {
                out.append('\n');
            }
        }
    }

    /** An HTML-only message's text, a line for each paragraph, break and item (jsoup reads no document type). */
    private static String htmlText(String html) {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        page.select("br").after("\n");
        page.select("p, div, li, tr, h1, h2, h3, h4, h5, h6").after("\n\n");
        return page.body().wholeText().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    /**
     * A header's value as one line to show: raw bytes read as UTF-8 when they are (a client writes "Zoë" so), its
     * encoded words decoded, and any line break or other control character in them a space, so that a subject
     * can't start a line of its own ("=?utf-8?q?outage=0A=0A##_Severity=0A=0ASEV1?=" is no severity section).
     */
    static String shown(String value) {
        String decoded = words(utf8IfValid(value));
        StringBuilder out = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString();
    }

    /** Text read byte for byte (ISO-8859-1) as the UTF-8 it is, or as it was when its bytes are no valid UTF-8. */
    private static String utf8IfValid(String latin1) {
        if (latin1.chars().allMatch(c -> c < 0x80)) {
            return latin1;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return latin1;
        }
    }

    /** A header's value with its encoded words ("=?UTF-8?Q?Aino_Virtanen?=") decoded. */
    static String words(String value) {
        if (!value.contains("=?")) {
            return value;
        }
        Matcher m = ENCODED_WORD.matcher(BETWEEN_ENCODED.matcher(value).replaceAll("$1$2"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Charset charset = charset(m.group(1));
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? base64(m.group(3))
                    : quotedPrintable(m.group(3).replace('_', ' '), false);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, charset)));
        }
        return m.appendTail(out).toString();
    }

    /** Quoted-printable text as its bytes: "=XX" a byte, "=" at a line's end a soft break (in a body). */
    static byte[] quotedPrintable(String text, boolean body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && body && (i + 1 == text.length() || text.charAt(i + 1) == '\n')) {
                i++; // a soft line break: the line runs on
            } else if (c == '=' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0
                    && hex(text.charAt(i + 2)) >= 0) {
                out.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                out.write(c & 0xFF);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.replace("\"", "").strip());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** One part of the message: its headers (names lower-cased, folded lines unfolded) and its body as bytes. */
    private record Part(Map<String, String> headers, String body) {
        static Part of(String raw) {
            int end = raw.startsWith("\n") ? 0 : raw.indexOf("\n\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            Map<String, String> headers = new LinkedHashMap<>();
            String last = null;
            for (String line : head.split("\n")) {
                if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                    headers.put(last, headers.get(last) + " " + line.strip());
                } else if (line.indexOf(':') > 0) {
                    last = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                    headers.putIfAbsent(last, line.substring(line.indexOf(':') + 1).strip());
                }
            }
            return new Part(headers, end < 0 ? "" : raw.substring(end + (end == 0 ? 1 : 2)));
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        String type() {
            String value = header("content-type");
            int semi = value.indexOf(';');
            String type = (semi < 0 ? value : value.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
            return type.isEmpty() ? "text/plain" : type;
        }

        String parameter(String header, String name) {
            Matcher m = PARAMETER.matcher(header(header));
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(name)) {
                    return m.group(2).replace("\"", "");
                }
            }
            return "";
        }

        List<Part> children() {
            String boundary = parameter("content-type", "boundary");
            List<Part> parts = new ArrayList<>();
            if (boundary.isEmpty()) {
                return parts;
            }
            String delimiter = "--" + boundary;
            int at = body.startsWith(delimiter) ? 0 : body.indexOf("\n" + delimiter);
            while (at >= 0 && parts.size() < MAX_PARTS) {
                int start = body.indexOf('\n', at + (at == 0 && body.startsWith(delimiter) ? 0 : 1));
                if (start < 0 || body.startsWith(delimiter + "--", at == 0 ? 0 : at + 1)) {
                    break;
                }
                int next = body.indexOf("\n" + delimiter, start);
                parts.add(Part.of(body.substring(start + 1, next < 0 ? body.length() : next)));
                at = next;
            }
            return parts;
        }

        /** The body in the characters it was written in, its transfer encoding undone. */
        String decoded() {
            String encoding = header("content-transfer-encoding").toLowerCase(Locale.ROOT).strip();
            byte[] bytes = encoding.equals("quoted-printable") ? quotedPrintable(body, true)
                    : encoding.equals("base64") ? base64(body) : body.getBytes(StandardCharsets.ISO_8859_1);
            String charset = parameter("content-type", "charset");
            return charset.isEmpty() || charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("us-ascii")
                    ? Blocks.decode(bytes) : new String(bytes, charset(charset));
        }
    }
}
