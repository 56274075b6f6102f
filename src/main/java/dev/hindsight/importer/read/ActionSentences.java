package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An action items section written as paragraphs of sentences rather than one item a paragraph: "The zone rotation
 * will write the new zone atomically; Rafael owns this and expects to ship it by 13 March. Ingrid will lower the SOA
 * minimum by 10 March. Mei-Ling will add an NXDOMAIN panel, due 17 March." Each sentence that commits a person to
 * work ("NAME will DO ...", "...; NAME owns this") is an item NAME owns, with the due date it names (a date without a
 * year is in the incident's year); a sentence that commits no one says more of the item before it. A paragraph that
 * says it is not an action item ("a question for their planning meeting rather than an action item") is none.
 * Only in a section without lists or tables, for paragraphs of two sentences or more: a one-sentence paragraph is
 * one item, as before. Stateless; thread-safe.
 */
final class ActionSentences {

    /** "...; Rafael owns this and expects to ship it by 13 March", "..., owned by Ingrid Halvorsen". */
    private static final Pattern OWNS = Pattern.compile("(?:^|[;,]\\s*+|\\s++and\\s++|\\s++)(?:(\\p{Lu}[\\p{L}'-]{1,30}+"
            + "(?:\\s\\p{Lu}[\\p{L}'-]{1,30}+)?)\\s++owns\\s++(?:this|it|that|the\\s++work)\\b|owned\\s++by\\s++"
            + "(\\p{Lu}[\\p{L}'-]{1,30}+(?:\\s\\p{Lu}[\\p{L}'-]{1,30}+)?))");
    /** "That is a question for their next planning meeting rather than an action item with a date." */
    private static final Pattern NOT_AN_ITEM = Pattern.compile("(?i)\\b(?:rather\\s++than|not|isn't|is\\s++not)"
            + "\\s++an?\\s++(?:action\\s++item|follow-up|action)\\b|\\ba\\s++question\\s++for\\b");

    private ActionSentences() {
    }

    /** Whether the section is written in paragraphs alone: no list, no table. */
    static boolean inParagraphs(List<Block> blocks) {
        return blocks.stream().noneMatch(b -> b.is(Block.Kind.LIST_ITEM) || b.is(Block.Kind.TABLE_HEADER)
                || b.is(Block.Kind.TABLE_ROW));
    }

    /** Whether the paragraph says of itself that it is no action item. */
    static boolean disowned(String text) {
        return NOT_AN_ITEM.matcher(ProseActions.oneLine(text)).find();
    }

    /**
     * The items the paragraph's sentences commit people to; empty when it has fewer than two sentences or none of
     * them commits anyone (it is then read as one item, as any paragraph is).
     */
    static List<ActionDraft> read(Block b, TimeContext time, ImportLog log) {
        String text = b.text();
        List<int[]> sentences = sentences(text);
        if (sentences.size() < 2 || sentences.stream().noneMatch(s -> commits(sentence(text, s)))) {
            return List.of();
        }
        List<ActionDraft> out = new ArrayList<>();
        for (int[] s : sentences) {
            String sentence = sentence(text, s).replaceFirst("\\.$", "");
            Lines lines = ProseActions.lines(b, s[0], s[1]);
            String[] owned = ProseActions.owned(sentence);
            Matcher owns = OWNS.matcher(sentence);
            if (owned == null && !owns.find()) {
                if (out.isEmpty()) {
                    log.skip(lines, "a sentence before the first one committing someone to work, not an item");
                } else {
                    ActionDraft last = out.get(out.size() - 1);
                    last.cover(lines);
                    last.describe(sentence);
                }
                continue;
            }
            ActionDraft d = new ActionDraft(lines, time);
            d.links.addAll(b.links());
            String work;
            if (owned != null) {
                d.owner = owned[0];
                work = owned[1];
            } else {
                d.owner = owns.group(1) != null ? owns.group(1) : owns.group(2);
                // The due date may be in the owner's clause ("owns this and expects to ship it by 13 March").
                DueDates.take(sentence.substring(owns.start()), d, log, time);
                work = sentence.substring(0, owns.start());
            }
            d.title = ProseActions.titled(DueDates.take(work, d, log, time).strip().replaceAll("[,;]$", ""));
            out.add(d);
        }
        log.guess("actionItems", "read " + out.size() + " action item" + (out.size() == 1 ? "" : "s")
                + " from the sentences of a paragraph, one for each that commits someone to work", b.lines());
        return out;
    }

    private static boolean commits(String sentence) {
        return ProseActions.owned(sentence) != null || OWNS.matcher(sentence).find();
    }

    private static String sentence(String text, int[] s) {
        return ProseActions.oneLine(text.substring(s[0], s[1]));
    }

    private static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int at = 0;
        while (true) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at >= text.length()) {
                return out;
            }
            int end = SentenceBounds.end(text, at);
            out.add(new int[] {at, end});
            at = end;
        }
    }
}
