package dev.hindsight.importer.read;

import dev.hindsight.incident.Link;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link as people write it in a labelled field ("Investigation doc | ..."): "[name](url)", "name (url)", a bare
 * address ("docs.example.com/inv/12"), or only a name; in Markdown the block's link target stands beside the text
 * shown. Thread-safe.
 */
public final class LinkText {

    private static final Pattern MARKDOWN = Pattern.compile("^\\[([^\\]]*)\\]\\(([^)\\s]*)\\)$");
    private static final Pattern TRAILING = Pattern.compile("^(.*?)\\s*\\(([^()\\s]+)\\)$");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)^([a-z][a-z0-9+.-]*://\\S+|mailto:\\S+|www\\.\\S+|[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,}(/\\S*)?)$");

    private LinkText() {
    }

    /**
     * @param targets the link targets of the block the text stands in (a Markdown link shows only its text)
     * @return the link, or empty for blank text
     */
    public static Optional<Link> read(String written, List<String> targets) {
        String text = written.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher md = MARKDOWN.matcher(text);
        if (md.matches()) {
            return Optional.of(named(md.group(1).strip(), md.group(2)));
        }
        Matcher trailing = TRAILING.matcher(text);
        if (trailing.matches() && isAddress(trailing.group(2))) {
            return Optional.of(new Link(trailing.group(1), trailing.group(2)));
        }
        if (targets.size() == 1) {
            // A Markdown link in the cell: its text is what the block shows, its target what it points to.
            return Optional.of(named(text, targets.get(0)));
        }
        if (isAddress(text)) {
            return Optional.of(new Link("", text));
        }
        return Optional.of(new Link(text, ""));
    }

    /** A link whose shown text is its own address has no name. */
    private static Link named(String name, String url) {
        return new Link(name.equals(url) ? "" : name, url);
    }

    private static boolean isAddress(String text) {
        return !text.contains(" ") && ADDRESS.matcher(text).matches() && (text.contains("/") || text.contains(":"));
    }
}
