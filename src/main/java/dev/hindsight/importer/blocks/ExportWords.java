package dev.hindsight.importer.blocks;

import dev.hindsight.importer.words.ReadingWords;
import java.util.Locale;

/**
 * The words of documents as tools export them ({@code importer/export-words.json}: an incident record's keys, Jira's
 * field labels, a Word text's captions and footers), read once for every reader of exports, and the form a record's
 * keys are compared in. Immutable; thread-safe.
 */
final class ExportWords {

    static final ReadingWords WORDS = ReadingWords.load("export-words.json");

    private ExportWords() {
    }

    /** A record's key as the word lists hold keys: lower case, without "_", "-" or spaces ("startedat"). */
    static String bare(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }
}
