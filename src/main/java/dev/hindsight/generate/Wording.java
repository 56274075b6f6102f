package dev.hindsight.generate;

import java.util.List;

/**
 * The particulars of one incident that its sentences are written about: the service that failed, another it
 * depends on, its team, the incident commander, a region, what triggered it. Fills the placeholders of
 * {@link WordPools} lines, so the summary, timeline and action items of one incident tell the same story.
 */
record Wording(String service, String other, String team, String person, String region, String trigger,
               Odds odds) {

    /** The line with every placeholder filled; counts and percentages are drawn fresh each time. */
    String fill(String line) {
        if (line.indexOf('{') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 32);
        int at = 0;
        while (at < line.length()) {
            int open = line.indexOf('{', at);
            int close = open < 0 ? -1 : line.indexOf('}', open);
            if (close < 0) {
                out.append(line, at, line.length());
                break;
            }
            out.append(line, at, open).append(value(line.substring(open + 1, close)));
            at = close + 1;
        }
        return out.toString();
    }

    String any(List<String> lines) {
        return fill(odds.pick(lines));
    }

    private String value(String placeholder) {
        return switch (placeholder) {
            case "service" -> service;
            case "other" -> other;
            case "team" -> team;
            case "person" -> person;
            case "region" -> region;
            case "trigger" -> trigger;
            case "n" -> Integer.toString(odds.between(2, 12));
            case "pct" -> Integer.toString(odds.between(3, 97));
            case "minutes" -> Integer.toString(odds.between(5, 40));
            default -> throw new IllegalStateException("unknown placeholder {" + placeholder + "} in the word pools");
        };
    }

    /** The sentence with its first letter capitalised, as a title or summary begins. */
    static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
