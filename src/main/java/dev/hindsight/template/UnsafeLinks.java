package dev.hindsight.template;

import dev.hindsight.incident.Link;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Takes the life out of links in a Markdown document that are not web or mail links ({@link Link#isSafe}), so a
 * downloaded {@code .md} opened in any Markdown viewer cannot run {@code javascript:}. Record fields are checked
 * when saved, but sections are free Markdown, and values written side by side can make a link between them, so
 * the whole rendered document is read: each unsafe link, image, link definition and raw HTML holding a script
 * link has every mark in its source escaped with a backslash, which leaves its text readable and inert.
 * Everything else is left exactly as written. Thread-safe.
 */
final class UnsafeLinks {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    /** A document escaped this often and still holding an unsafe link is defused wholesale. */
    private static final int ROUNDS = 3;

    private UnsafeLinks() {
    }

    static String defused(String markdown) {
        if (!mayHoldUnsafeLink(markdown)) {
            return markdown;
        }
        String text = markdown;
        for (int round = 0; round < ROUNDS; round++) {
            if (MarkdownTree.costly(text) != null) {
                break;
            }
            List<SourceSpan> unsafe = unsafeSpans(PARSER.parse(text));
            if (unsafe.isEmpty()) {
                return text;
            }
            text = escaped(text, unsafe);
        }
        return wholesale(text);
    }

    /**
     * Whether a full reading is needed: false only when every place a link's destination could start (after
     * {@code ](} or {@code ]:}, inside {@code <...>}) holds a web or mail link or none, and there is no raw HTML.
     * It looks at more places than the parser would take as links, never fewer, and costs one pass over the text,
     * where reading costs as much as rendering the template.
     */
    static boolean mayHoldUnsafeLink(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ']' && i + 1 < length && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == ':')) {
                if (!Link.isSafe(destinationAt(text, i + 2))) {
                    return true;
                }
            } else if (c == '<' && i + 1 < length) {
                // Even an escaped '<' counts: inside a code span the backslash is literal and what follows is
                // live HTML, and telling the two apart is the parser's work.
                char next = text.charAt(i + 1);
                if (Character.isLetter(next)) {
                    int end = i + 1;
                    while (end < length && text.charAt(end) != '>' && !Character.isWhitespace(text.charAt(end))) {
                        end++;
                    }
                    String token = text.substring(i + 1, end);
                    if (token.indexOf(':') < 0 && token.indexOf('&') < 0 || !Link.isSafe(unescaped(token))) {
                        return true; // raw HTML, or an autolink that is not a web or mail link
                    }
                } else if (next == '!' || next == '/' || next == '?') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The destination starting at {@code from}: after blanks, up to a blank (or to {@code >} when bracketed). */
    private static String destinationAt(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean bracketed = i < text.length() && text.charAt(i) == '<';
        int start = bracketed ? i + 1 : i;
        int end = start;
        while (end < text.length() && (bracketed ? text.charAt(end) != '>' && text.charAt(end) != '\n'
                : !Character.isWhitespace(text.charAt(end)))) {
            end++;
        }
        return unescaped(text.substring(start, end));
    }

    /** Markdown's backslash escapes removed, as the parser removes them from a destination. */
    private static String unescaped(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) < 0x80 && isPunctuation(text.charAt(i + 1))) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Too costly to read, or still unsafe: no bracket or angle bracket keeps its meaning. */
    private static String wholesale(String text) {
        return text.replace("[", "&#91;").replace("<", "&lt;");
    }

    private static List<SourceSpan> unsafeSpans(Node root) {
        List<SourceSpan> spans = new ArrayList<>();
        Node node = root;
        while (node != null) {
            if (isUnsafe(node)) {
                spans.addAll(node.getSourceSpans());
            }
            node = MarkdownTree.following(node, root);
        }
        return spans;
    }

    private static boolean isUnsafe(Node node) {
        if (node instanceof org.commonmark.node.Link link) {
            return !Link.isSafe(link.getDestination());
        }
        if (node instanceof Image image) {
            return !Link.isSafe(image.getDestination());
        }
        if (node instanceof LinkReferenceDefinition definition) {
            return !Link.isSafe(definition.getDestination());
        }
        if (node instanceof HtmlInline html) {
            return scriptLink(html.getLiteral());
        }
        if (node instanceof HtmlBlock html) {
            return scriptLink(html.getLiteral());
        }
        return false;
    }

    private static final java.util.regex.Pattern URL_ATTRIBUTE = java.util.regex.Pattern.compile(
            "(?i)(?:href|src|action|formaction|poster|background|data|cite)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final java.util.regex.Pattern SCRIPTED = java.util.regex.Pattern.compile(
            "(?i)<\\s*script|\\son[a-z]+\\s*=|style\\s*=");

    /** Whether raw HTML holds a script, an event handler or a link that is not a web or mail link. */
    private static boolean scriptLink(String html) {
        if (SCRIPTED.matcher(html).find()) {
            return true;
        }
        java.util.regex.Matcher m = URL_ATTRIBUTE.matcher(html);
        while (m.find()) {
            String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (!Link.isSafe(value)) {
                return true;
            }
        }
        return false;
    }

    /** Every ASCII mark inside the spans gets a backslash, so each stands for itself. */
    private static String escaped(String text, List<SourceSpan> spans) {
        boolean[] marked = new boolean[text.length()];
        for (SourceSpan span : spans) {
            int from = span.getInputIndex();
            for (int i = from; i < from + span.getLength() && i < marked.length; i++) {
                marked[i] = true;
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (marked[i] && c < 0x80 && isPunctuation(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
