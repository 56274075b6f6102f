package dev.hindsight.lint.completeness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a record holds at a field a template section is kept in ("analysis.rootCause.summary", "timeline"), as the
 * record's JSON holds it: every non-blank text under the field, and whether a number is there. The fields the
 * built-in templates name are read off the record; any other through the record's JSON tree, made only then
 * (making it for every record was a tenth of checking one). {@code SectionValuesTest} holds the two ways to the
 * same answer. Not thread-safe: one per check.
 */
final class SectionValues {

    /** The texts under a field and whether it holds a figure (a severity's level, a count). */
    record Held(List<String> texts, boolean figure) {

        /** What a node of the record's JSON tree holds: every non-blank text under it, and whether a number is. */
        static Held of(JsonNode node) {
            List<String> found = new ArrayList<>();
            SectionValues.texts(node, found);
            return new Held(found, SectionValues.hasFigure(node));
        }
    }

    /** What a field holds for its section: nothing, only placeholders, or something written. */
    enum State { EMPTY, PLACEHOLDER, FILLED }

    /**
     * Empty when the field holds no text and no figure; placeholder when it holds text and every text is one;
     * filled otherwise. The timeline's texts are made one at a time and only until one is no placeholder (its
     * first, the first event's time, never is): making every event's time, zone, kind and gap as text, for the
     * first of them to answer, was a third of the rule.
     */
    State state(String field, Predicate<String> placeholder) {
        if (field.equals("timeline")) {
            return timelineState(placeholder);
        }
        Held held = at(field);
        if (held.texts().isEmpty()) {
            return held.figure() ? State.FILLED : State.EMPTY;
        }
        for (String text : held.texts()) {
            if (!placeholder.test(text)) {
                return State.FILLED;
            }
        }
        return State.PLACEHOLDER;
    }

    private State timelineState(Predicate<String> placeholder) {
        boolean any = false;
        for (Timeline.Entry entry : record.timeline().entries()) {
            TimelineEvent e = entry.event();
            for (int part = 0; part <= 8; part++) {
                List<String> texts = switch (part) {
                    case 0 -> texts(e.at().toString());
                    case 1 -> texts(e.zone().getId());
                    case 2 -> texts(e.kind().code());
                    case 3 -> texts(e.text());
                    case 4 -> texts(e.author());
                    case 5 -> texts(e.source());
                    case 6 -> texts(e.result());
                    case 7 -> e.details();
                    default -> texts(entry.gapPhrase());
                };
                for (String text : texts) {
                    if (text == null || text.isBlank()) {
                        continue;
                    }
                    any = true;
                    if (!placeholder.test(text)) {
                        return State.FILLED;
                    }
                }
            }
        }
        return any ? State.PLACEHOLDER : State.EMPTY;
    }

    private final PostMortem record;
    private JsonNode tree;

    SectionValues(PostMortem record) {
        this.record = record;
    }

    Held at(String field) {
        Analysis a = record.analysis();
        return switch (field) {
            case "analysis.summary" -> text(a.summary());
            case "analysis.oneLineSummary" -> text(a.oneLineSummary());
            case "analysis.narrative" -> text(a.narrative());
            case "analysis.resolution" -> text(a.resolution());
            case "analysis.resolutionSummary" -> text(a.resolutionSummary());
            case "analysis.rootCause.summary" -> text(a.rootCause().summary());
            case "analysis.rootCause.whatHappened" -> text(a.rootCause().whatHappened());
            case "analysis.rootCause.whyItHappened" -> text(a.rootCause().whyItHappened());
            case "impact.summary" -> text(record.impact().summary());
            case "analysis.contributingFactors" -> factors(a.contributingFactors());
            case "analysis.fiveWhys" -> whys(a.fiveWhys());
            case "severity" -> record.severity() == null ? new Held(List.of(), false)
                    : new Held(texts(record.severity().label()), true);
            case "timeline" -> timeline(record.timeline());
            default -> fromTree(field);
        };
    }

    private static Held text(String text) {
        return new Held(texts(text), false);
    }

    private static Held factors(List<Analysis.Finding> factors) {
        List<String> out = new ArrayList<>();
        for (Analysis.Finding f : factors) {
            texts(out, f.title(), f.description(), f.impact(), f.severity());
        }
        return new Held(out, false);
    }

    private static Held whys(List<Analysis.Why> whys) {
        List<String> out = new ArrayList<>();
        for (Analysis.Why w : whys) {
            texts(out, w.question(), w.answer());
        }
        return new Held(out, false);
    }

    /** Each event as PostMortemJsonModule writes it: its time, zone, kind, texts, details and gap. */
    private static Held timeline(Timeline timeline) {
        List<String> out = new ArrayList<>();
        for (Timeline.Entry entry : timeline.entries()) {
            TimelineEvent e = entry.event();
            texts(out, e.at().toString(), e.zone().getId(), e.kind().code(), e.text(), e.author(), e.source(),
                    e.result());
            for (String detail : e.details()) {
                texts(out, detail);
            }
            texts(out, entry.gapPhrase());
        }
        return new Held(out, false);
    }

    private static List<String> texts(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text);
    }

    private static void texts(List<String> out, String... texts) {
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                out.add(t);
            }
        }
    }

    /** A field no built-in template names: read from the record's JSON tree, as every field once was. */
    private Held fromTree(String dotted) {
        if (tree == null) {
            tree = Json.mapper().valueToTree(record);
        }
        JsonNode node = tree;
        for (String name : dotted.split("\\.")) {
            node = node.path(name);
        }
        return Held.of(node);
    }

    /** Every non-blank text under the node. */
    private static void texts(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            if (!node.asText().isBlank()) {
                out.add(node.asText());
            }
        } else if (node.isContainerNode()) {
            node.forEach(child -> texts(child, out));
        }
    }

    /** A number under the node: a severity's level, a count. */
    private static boolean hasFigure(JsonNode node) {
        if (node.isNumber()) {
            return true;
        }
        for (JsonNode child : node) {
            if (hasFigure(child)) {
                return true;
            }
        }
        return false;
    }
}
