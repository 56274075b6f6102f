package dev.hindsight.incident;

import dev.hindsight.kernel.Text;

/**
 * A link to another incident: one stored here (by id) or elsewhere (by url), and how they relate
 * ("same root cause", "follow-up of").
 */
public record RelatedIncident(String id, String url, String relation) {
    public RelatedIncident {
        id = Text.orEmpty(id).strip();
        url = Text.orEmpty(url).strip();
        relation = Text.orEmpty(relation);
    }
}
