package dev.hindsight.importer.read;

import dev.hindsight.severity.Severity;
import dev.hindsight.severity.SeverityScale;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a severity written on any scale ("SEV1", "SEV-2", "Sev 3", "Level 1", "1", "Critical", "High") as a
 * level on this installation's scale, keeping the words as written for the label.
 */
public final class SeverityWords {

    private static final Pattern NUMBERED = Pattern.compile("(?i)\\b(?:sev(?:erity)?|level|p)?\\s*[-_ ]?\\s*(\\d)\\b");
    private static final Pattern WORD = Pattern.compile("(?i)\\b(critical|major|high|medium|moderate|minor|low)\\b");

    private SeverityWords() {
    }

    public static Optional<Severity> read(String text, SeverityScale scale) {
        String written = Placeholders.value(text);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        var byLabel = scale.byLabel(written);
        if (byLabel.isPresent()) {
            return Optional.of(new Severity(byLabel.get().level(), written));
        }
        Matcher word = WORD.matcher(written);
        if (word.find()) {
            int level = switch (word.group(1).toLowerCase(Locale.ROOT)) {
                case "critical" -> 1;
                case "major", "high" -> 2;
                case "medium", "moderate", "minor" -> 3;
                default -> 4;
            };
            return Optional.of(new Severity(onScale(level, scale), word.group()));
        }
        Matcher numbered = NUMBERED.matcher(written);
        if (numbered.find()) {
            int level = Integer.parseInt(numbered.group(1));
            // P0 and SEV0 exist in the wild: both mean the most severe level.
            return Optional.of(new Severity(onScale(Math.max(level, 1), scale), numbered.group().strip()));
        }
        return Optional.empty();
    }

    /** A level beyond the scale's least severe level is that level. */
    private static int onScale(int level, SeverityScale scale) {
        return Math.min(level, scale.levels().size());
    }
}
