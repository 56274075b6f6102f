package dev.hindsight.importer.read;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The follow-up work a post-mortem written as paragraphs states in one of them: "We are doing three things about
 * it. Freya will move the key rotation into the secrets manager. Jun will add an alert on expiring keys. And the
 * handbook gets a page on rotating by hand." Read only from a paragraph that opens by announcing the work, so a
 * story's "Freya will remember this one" is no action item. Each sentence after the announcement of the form
 * "NAME will DO ..." is an item NAME owns; when the announcement counts the work ("three things") and as many
 * sentences follow, each of them is one, owned or not. Stateless; thread-safe.
 */
public final class ProseActions {

    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6);
    /** "We are doing three things about it", "We'll make a few changes", "We have agreed on four follow-ups". */
    private static final Pattern ANNOUNCED = Pattern.compile("(?i)^(?:so,?\\s++)?(?:we\\s++are|we're|we\\s++will"
            + "|we'll|we\\s++have|we've)\\s++(?:(?:doing|do|taking|take|making|make|agreed\\s++on|planned"
            + "|committed\\s++to)\\s++)(two|three|four|five|six|a\\s++few|several|some|these)\\s++(?:\\w++\\s++)?"
            + "(?:things|steps|changes|actions|follow-ups|fixes)\\b");
    /** "Freya will move ...", "And Jun Takahashi will add ...": the owner's name, then the work. */
    private static final Pattern OWNED = Pattern.compile("^(?:(?:And|Also|Then|Finally),?\\s++)?"
            + "(\\p{Lu}[\\p{L}'-]{1,30}+(?:\\s\\p{Lu}[\\p{L}'-]{1,30}+)?)\\s++will\\s++(\\p{Ll}.*)$",
            Pattern.DOTALL);
    private static final Pattern LEADING_JOIN = Pattern.compile("^(?:And|Also|Then|Finally),?\\s++");
    /** Words that start a sentence "X will ..." without naming a person. */
    private static final Set<String> NOT_NAMES = Set.of("we", "they", "it", "this", "that", "these", "those",
            "the", "our", "someone", "everyone", "nobody", "he", "she", "you", "i", "there", "each", "every", "one");

    /** "We'll also ask …", "We will then move …": the writers' own commitment (action-words.json), then the verb. */
    private static final Pattern OURS = Pattern.compile("(?i)(?:" + String.join("|", ActionText.WORDS
            .in("ourCommitments").rawList().stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList())
            + ")\\s++(?:also\\s++|then\\s++)?(?-i)(?=\\p{Ll})");

    private ProseActions() {
    }

    /**
     * The owner and the work of a sentence "NAME will DO ..." ("And Jun Takahashi will add ..."): {owner, work};
     * null when the sentence does not start with a person's name and "will".
     */
    static String[] owned(String sentence) {
        Matcher owned = OWNED.matcher(sentence);
        if (!owned.matches() || NOT_NAMES.contains(owned.group(1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new String[] {owned.group(1), owned.group(2)};
    }

    /** The action items the first paragraph announcing follow-up work states; empty when none does. */
    public static List<Sourced<ActionItem>> read(List<Block> blocks, ImportLog log) {
        return read(blocks, null, log);
    }

    /** As {@link #read(List, ImportLog)}, a "by Fri 12 June" in a chat wrap-up's follow-ups read in the context. */
    public static List<Sourced<ActionItem>> read(List<Block> blocks, TimeContext time, ImportLog log) {
        for (Block b : blocks) {
            if (!b.is(Block.Kind.PARAGRAPH)) {
                continue;
            }
            Matcher announced = ANNOUNCED.matcher(b.text());
            if (!announced.lookingAt()) {
                continue;
            }
            List<Sourced<ActionItem>> items = items(b, announced, log);
            if (!items.isEmpty()) {
                return items;
            }
        }
        for (Block b : blocks) {
            if (b.is(Block.Kind.PARAGRAPH)) {
                List<Sourced<ActionItem>> items = labelled(b, time, log);
                if (!items.isEmpty()) {
                    return items;
                }
            }
        }
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.is(Block.Kind.PARAGRAPH) && blocks.get(i + 1).is(Block.Kind.LIST_ITEM) && b.text().strip().endsWith(":")
                    && (Mentions.word(b.text(), "we") && LIST_ANNOUNCED.matcher(b.text().strip()).find()
                    || FOLLOW_UPS_LINE.matcher(b.text()).matches())) {
                return listed(blocks, i, time, log);
            }
        }
        return List.of();
    }

    /**
     * "On our side, we are making the following changes:" closing a paragraph right over a list, as a status page's
     * postmortem announces its follow-ups among the story, or "Follow-ups:" alone over it, as a chat export's
     * wrap-up does where no heading says so: the list's items are the work.
     */
    private static final Pattern LIST_ANNOUNCED = Pattern.compile("(?i)\\bwe(?:\\s++are|'re|\\s++will|'ll|\\s++have"
            + "|'ve)?+\\s++(?:\\w++\\s++)?(?:making|make|taking|take|doing|do|planned|agreed\\s++on|committed\\s++to)"
            + "\\s++(?:the\\s++)?(?:following|these|several|some|a\\s++few|two|three|four|five|six)\\s++(?:\\w++\\s++)?"
            + "(?:things|steps|changes|actions|follow-ups|fixes|improvements)\\s*+:$");

    /** The list after the announcing paragraph at {@code at}, an item each, its marks read as any item's. */
    private static List<Sourced<ActionItem>> listed(List<Block> blocks, int at, TimeContext time, ImportLog log) {
        int top = blocks.get(at + 1).level();
        List<Sourced<ActionItem>> out = new ArrayList<>();
        for (int i = at + 1; i < blocks.size() && blocks.get(i).is(Block.Kind.LIST_ITEM)
                && blocks.get(i).level() >= top; i++) {
            Block item = blocks.get(i);
            if (item.level() > top) {
                continue; // a detail of the item above; its words stay in the prose
            }
            ActionDraft d = new ActionDraft(item.lines(), time);
            ActionText.read(oneLine(item.text()), d, log);
            out.add(new Sourced<>(d.item(ActionGroup.NONE), item.lines()));
        }
        log.guess("actionItems", "read " + out.size() + " action item" + (out.size() == 1 ? "" : "s")
                + " from the list the paragraph announces ('" + oneLine(blocks.get(at).text()).strip() + "')",
                blocks.get(at).lines());
        return out;
    }

    /** "Follow-ups:" alone in its paragraph, right over the list of them (a chat export's wrap-up). */
    private static final Pattern FOLLOW_UPS_LINE = Pattern.compile("(?i)^\\s*+(?:follow[- ]?ups?|next steps"
            + "|action items|to-?dos?)\\s*+:\\s*+$");

    /** "Follow-ups:", "Next steps:" opening a sentence, in a chat wrap-up written as one paragraph. */
    private static final Pattern FOLLOW_UPS = Pattern.compile("(?i)(?:^|(?<=[.!?]\\s{1,3}))(?:follow[- ]?ups?"
            + "|next steps|action items|to-?dos?)\\s*+:\\s*+");
    /** "@kwan is adding …", "and @maya.leung will write …", "Ben to rotate …": who, then the work. */
    private static final Pattern PART = Pattern.compile("^(?:and\\s++)?(@[\\w.-]{1,60}+|\\p{Lu}[\\p{L}-]{1,30}+)"
            + "\\s++(is|are|will|to)\\s++(\\p{Ll}\\S*+\\s.*)$", Pattern.DOTALL);
    /** What a state reads, not work someone does: "Redis is being replaced", "Alice is on leave until Monday". */
    private static final Set<String> NOT_WORK = Set.of("be", "being", "been", "on", "out", "in", "at", "back", "not",
            "off", "away", "still", "now", "done", "fine", "ok", "okay");
    private static final Pattern PARTS = Pattern.compile(",\\s++and\\s++|;\\s++|,\\s++(?=@)");

    /**
     * "Follow-ups: @kwan is adding an expiry alert by Fri 12 June, and @maya.leung will write the rotation steps
     * into the runbook.": each part who then what, or none of them read.
     */
    private static List<Sourced<ActionItem>> labelled(Block b, TimeContext time, ImportLog log) {
        String text = b.text();
        Matcher label = FOLLOW_UPS.matcher(text);
        if (!label.find()) {
            return List.of();
        }
        int end = SentenceBounds.end(text, label.end());
        List<Sourced<ActionItem>> out = new ArrayList<>();
        for (String part : PARTS.split(text.substring(label.end(), end))) {
            Matcher m = PART.matcher(oneLine(part));
            // "@kwan is adding …", "Ben will rotate …"; not "Monitoring is improving" (a name only with "will"/"to")
            if (!m.matches() || NOT_NAMES.contains(m.group(1).toLowerCase(Locale.ROOT))
                    || NOT_WORK.contains(m.group(3).split("\\s", 2)[0])
                    || !m.group(1).startsWith("@") && (m.group(2).equals("is") || m.group(2).equals("are"))) {
                return List.of();
            }
            Lines at = lines(b, label.start(), end);
            if (time == null) {
                out.add(new Sourced<>(ActionItem.of(titled(m.group(3)), m.group(1), null, null), at));
            } else {
                ActionDraft d = new ActionDraft(at, time);
                ActionText.read(titled(m.group(3)), d, log); // its due date ("by Fri 12 June") and marks
                d.owner = d.owner.isEmpty() ? m.group(1) : d.owner;
                out.add(new Sourced<>(d.item(ActionGroup.NONE), at));
            }
        }
        // "… by March 13th. We'll also ask the vendor to …": the sentences after, while the writers take on more
        for (int at = end; time != null && !out.isEmpty(); ) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            Matcher ours = OURS.matcher(text).region(at, text.length());
            if (at >= text.length() || !ours.lookingAt()) {
                break;
            }
            int stop = SentenceBounds.end(text, at);
            ActionDraft d = new ActionDraft(lines(b, at, stop), time);
            ActionText.read(titled(oneLine(text.substring(ours.end(), stop))), d, log);
            out.add(new Sourced<>(d.item(ActionGroup.NONE), d.lines));
            at = stop;
        }
        log.guess("actionItems", "read " + out.size() + " action item" + (out.size() == 1 ? "" : "s") + " from '"
                + oneLine(label.group()).strip() + "' in a paragraph", b.lines());
        return out;
    }

    private static List<Sourced<ActionItem>> items(Block b, Matcher announced, ImportLog log) {
        String text = b.text();
        List<int[]> sentences = new ArrayList<>();
        int at = SentenceBounds.end(text, announced.end());
        while (true) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at >= text.length()) {
                break;
            }
            int end = SentenceBounds.end(text, at);
            sentences.add(new int[] {at, end});
            at = end;
        }
        Integer counted = COUNTS.get(announced.group(1).toLowerCase(Locale.ROOT));
        boolean everySentence = counted != null && counted == sentences.size();
        List<Sourced<ActionItem>> out = new ArrayList<>();
        for (int[] s : sentences) {
            String sentence = oneLine(text.substring(s[0], s[1]));
            Matcher owned = OWNED.matcher(sentence);
            boolean named = owned.matches() && !NOT_NAMES.contains(owned.group(1).toLowerCase(Locale.ROOT));
            if (!named && !everySentence) {
                continue;
            }
            String owner = named ? owned.group(1) : "";
            String title = titled(named ? owned.group(2) : LEADING_JOIN.matcher(sentence).replaceFirst(""));
            out.add(new Sourced<>(ActionItem.of(title, owner, null, null), lines(b, s[0], s[1])));
        }
        if (!out.isEmpty()) {
            log.guess("actionItems", "read " + out.size() + " action item" + (out.size() == 1 ? "" : "s")
                    + " from the paragraph announcing follow-up work ('" + oneLine(announced.group()) + "')", b.lines());
        }
        return out;
    }

    /** The sentence as a title: its first letter capital, without its full stop. */
    static String titled(String sentence) {
        String t = sentence.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The source lines of the text between {@code start} and {@code end}, where the block's lines say them. */
    static Lines lines(Block b, int start, int end) {
        Lines all = b.lines();
        String text = b.text();
        long breaks = text.chars().filter(c -> c == '\n').count();
        if (all.last() - all.first() != breaks) {
            return all;
        }
        int first = all.first() + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
        int last = all.first() + (int) text.substring(0, Math.max(start, end - 1)).chars().filter(c -> c == '\n').count();
        return new Lines(first, last);
    }
}
