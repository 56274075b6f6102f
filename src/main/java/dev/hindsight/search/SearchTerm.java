package dev.hindsight.search;

/**
 * One thing a search looks for, or excludes: a word, or a phrase whose words must stand together in that order.
 * The text is the reader's own; it reaches the database only as a bound value or quoted (see {@link SearchSql}).
 * Immutable.
 */
public record SearchTerm(String text, boolean phrase) {

    public SearchTerm {
        java.util.Objects.requireNonNull(text, "text is null");
    }

    /** The term as the query syntax writes it. */
    public String written() {
        return phrase ? "\"" + text + "\"" : text;
    }
}
