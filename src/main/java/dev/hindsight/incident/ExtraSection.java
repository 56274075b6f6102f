package dev.hindsight.incident;

import dev.hindsight.kernel.Text;

/**
 * A section of an imported or hand-written document that has no field of its own, kept with its heading so
 * nothing a team wrote is lost.
 */
public record ExtraSection(String heading, String body) {
    public ExtraSection {
        heading = Text.orEmpty(heading);
        body = Text.orEmpty(body);
    }
}
