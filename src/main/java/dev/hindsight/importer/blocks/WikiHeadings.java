package dev.hindsight.importer.blocks;

/**
 * Headings in the two wiki markups post-mortems are most often pasted from besides Markdown, made Markdown headings
 * in place so the document's sections are found: Jira's and Confluence's wiki markup ("h2. Timeline") and AsciiDoc
 * ("== Timeline", "= Title"). Each line keeps its number, and its length where the marks allow (Jira's "h4." to
 * "h6." become level three: "#### " is one character longer than "h4. "). Only in a document that plainly uses the
 * markup: a line "h2. " is Jira's nowhere else, but AsciiDoc's marks must head two lines (or the first), as a
 * Markdown document may hold one line that starts "= " by chance. Jira's "{quote}" marks a quotation. AsciiDoc's "Label:: value" (a labelled list) reads
 * as "Label: value". Thread-safe.
 */
final class WikiHeadings {

    private WikiHeadings() {
    }

    /** The body with such headings made Markdown's, or the same string when it has none. */
    static String asMarkdown(String body) {
        boolean jira = false;
        int ascii = 0;
        for (int start = 0; start < body.length(); start = next(body, start)) {
            jira |= jiraLevel(body, start) > 0;
            ascii += asciiLevel(body, start) > 0 ? 1 : 0;
        }
        boolean asciiDoc = ascii >= 2 || asciiLevel(body, 0) == 1;
        if (!jira && !asciiDoc) {
            return body;
        }
        StringBuilder out = new StringBuilder(body);
        for (int start = 0; start < body.length(); start = next(body, start)) {
            int jiraLevel = jira ? jiraLevel(body, start) : 0;
            int asciiLevel = asciiDoc ? asciiLevel(body, start) : 0;
            if (jira) {
                quotesAsMarkdown(body, start, out);
            }
            if (jiraLevel > 0) {
                // "h2. " is four characters: "##  " keeps the line's length (the parser drops the second space).
                String marks = "#".repeat(Math.min(3, jiraLevel));
                out.replace(start, start + 4, marks + " ".repeat(4 - marks.length()));
            } else if (asciiLevel > 0) {
                for (int i = start; i < start + asciiLevel; i++) {
                    out.setCharAt(i, '#');
                }
            } else if (asciiDoc) {
                int end = lineEnd(body, start);
                int pair = body.indexOf(":: ", start);
                if (pair > start && pair < end && body.charAt(start) != ' ') {
                    out.setCharAt(pair + 1, ' '); // "Severity:: Minor" is "Severity:  Minor"
                }
            }
        }
        return out.toString();
    }

    /**
     * Jira's "{quote}…{quote}" as a Markdown quotation: the mark opening a line becomes "> ", any other is blanked, so
     * a comment pasted from the ticket is read as someone's words quoted, not the review's own.
     */
    private static void quotesAsMarkdown(String body, int start, StringBuilder out) {
        int end = lineEnd(body, start);
        for (int at = body.indexOf(QUOTE, start); at >= 0 && at < end; at = body.indexOf(QUOTE, at + 1)) {
            out.replace(at, at + QUOTE.length(), at == start ? ">      " : "       ");
        }
    }

    private static final String QUOTE = "{quote}";

    /** The level of a Jira heading "h2. Summary" starting at the line start, else 0. */
    private static int jiraLevel(String body, int start) {
        if (start + 4 < body.length() && body.charAt(start) == 'h' && body.charAt(start + 2) == '.'
                && body.charAt(start + 3) == ' ' && !Character.isWhitespace(body.charAt(start + 4))) {
            char level = body.charAt(start + 1);
            return level >= '1' && level <= '6' ? level - '0' : 0;
        }
        return 0;
    }

    /** The level of an AsciiDoc heading "== Summary" starting at the line start, else 0. */
    private static int asciiLevel(String body, int start) {
        int i = start;
        while (i < body.length() && body.charAt(i) == '=' && i - start < 7) {
            i++;
        }
        int level = i - start;
        return level >= 1 && level <= 6 && i + 1 < body.length() && body.charAt(i) == ' '
                && !Character.isWhitespace(body.charAt(i + 1)) ? level : 0;
    }

    private static int lineEnd(String body, int start) {
        int end = body.indexOf('\n', start);
        return end < 0 ? body.length() : end;
    }

    private static int next(String body, int start) {
        return lineEnd(body, start) + 1;
    }
}
