package dev.hindsight.importer.sections;

import dev.hindsight.importer.blocks.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Says what each section is, from its heading's words first and, when the heading is unknown, from its content's
 * shape (items that start with times are a timeline; a checklist is action items). A subsection with nothing of
 * its own to say belongs to the section above it. The third stage of the reading pipeline.
 */
public final class Classifier {

    /** The cheap test for "starts like a time or date": the timeline reader does the real reading. */
    private static final Pattern TIME_START = Pattern.compile(
            "^[\\s\\[(*_]*(?:\\d{1,2}:\\d{2}|\\d{2}h\\d{2}\\b|\\d{4}-\\d{2}-\\d{2}|\\d{4}-?w\\d{2}-?[1-7]\\b|\\d{4} ?z\\b|\\d{1,2}[-/.]\\d{1,2}(?:[-/.]\\d{2,4})?[ ,T]+\\d{1,2}:\\d{2}"
                    + "|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? |(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                    + "[a-z]{0,6}\\.? \\d{1,2}\\b|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\?{2,3}"
                    + "|t ?[+-] ?\\d|\\+\\d{1,3}:\\d{2})", Pattern.CASE_INSENSITIVE);
    /** A template's time not filled in yet ("**[HH:MM UTC]** - Incident Declared"): still an entry's place. */
    private static final Pattern UNFILLED_TIME = Pattern.compile("^[\\s\\[(*_]*hh:mm\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_COLUMN = Pattern.compile("\\b(?:time|date|when|timestamp|utc)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Under an action-items heading, these name a group of the actions ("### Detection", "### Mitigation",
     * "### Prevention" under "## Action items"), not a section of their own.
     */
    private static final java.util.Set<SectionKind> ACTION_GROUPS = java.util.EnumSet.of(SectionKind.PREVENTION,
            SectionKind.DETECTION, SectionKind.RESOLUTION, SectionKind.METRICS, SectionKind.LESSONS);

    private final Vocabulary vocabulary;

    public Classifier(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The document's sections as they are read: every section except {@code titleIndex} and the preamble appears
     * once, either as a section of its own or merged into the one above it.
     *
     * @param titleIndex the section whose heading is the document's title (its own blocks are the introduction),
     *                   or -1
     * @param layout     the seed layout the headings look like ("" for none), to break ties
     */
    public List<ReadSection> classify(Outline outline, int titleIndex, String layout) {
        List<DocSection> sections = outline.sections();
        SectionKind[] kinds = new SectionKind[sections.size()];
        String[] why = new String[sections.size()];
        List<Integer> logs = new ArrayList<>();
        List<Integer> lists = new ArrayList<>();
        for (DocSection s : sections) {
            if (s.heading() == null || s.index() == titleIndex) {
                continue;
            }
            Optional<SectionKind> named = vocabulary.kindOf(s.title(), layout);
            if (named.isPresent()) {
                kinds[s.index()] = named.get();
                why[s.index()] = "heading '" + s.title() + "'";
            } else {
                kinds[s.index()] = byShape(s.blocks());
                why[s.index()] = kinds[s.index()] == SectionKind.TIMELINE ? "its entries start with times"
                        : kinds[s.index()] == SectionKind.ACTION_ITEMS ? "it is a checklist" : "heading not known";
                if (kinds[s.index()] == SectionKind.OTHER && stampedLog(s.blocks())) {
                    logs.add(s.index());
                } else if (kinds[s.index()] == SectionKind.OTHER && timedList(s.blocks())) {
                    lists.add(s.index());
                }
            }
        }
        // A log pasted as the timeline ("## log (UTC)" over lines that each open with a timestamp) is the timeline
        // only when no section is: beside a timeline, such a log is an excerpt of what happened, kept as written.
        if (java.util.Arrays.stream(kinds).noneMatch(k -> k == SectionKind.TIMELINE)) {
            for (int i : logs) {
                kinds[i] = SectionKind.TIMELINE;
                why[i] = "its code block's lines open with timestamps";
            }
        }
        // A weekly review's incident told under its own heading: a list of timed entries amid its notes is the
        // timeline, when nothing else is (the first such section).
        if (java.util.Arrays.stream(kinds).noneMatch(k -> k == SectionKind.TIMELINE) && !lists.isEmpty()) {
            kinds[lists.get(0)] = SectionKind.TIMELINE;
            why[lists.get(0)] = "its list's entries start with times";
        }
        // A subsection that is nothing in particular (or the same thing again) belongs to the nearest section above
        // it that is something: its blocks are read with that section's.
        int[] owner = new int[sections.size()];
        for (DocSection s : sections) {
            owner[s.index()] = s.index();
            if (kinds[s.index()] == null) {
                continue;
            }
            for (int p = s.parent(); p >= 0 && p != titleIndex; p = sections.get(p).parent()) {
                SectionKind above = kinds[p];
                if (above != null && above != SectionKind.OTHER) {
                    if (kinds[s.index()] == SectionKind.OTHER || kinds[s.index()] == above
                            || above == SectionKind.ACTION_ITEMS && ACTION_GROUPS.contains(kinds[s.index()])
                            || above == SectionKind.TIMELINE && opensWithTime(s.blocks())) {
                        owner[s.index()] = owner[p];
                    }
                    break;
                }
            }
        }
        List<ReadSection> out = new ArrayList<>();
        for (DocSection s : sections) {
            if (kinds[s.index()] == null || owner[s.index()] != s.index()) {
                continue;
            }
            List<Block> blocks = new ArrayList<>(s.blocks());
            for (DocSection sub : sections) {
                if (sub.index() > s.index() && owner[sub.index()] == s.index()) {
                    blocks.add(sub.heading());
                    blocks.addAll(sub.blocks());
                }
            }
            out.add(new ReadSection(kinds[s.index()], s, blocks, why[s.index()]));
        }
        return out;
    }

    /**
     * Whether a subsection's text opens with a timed entry: under a timeline, such a subsection is a phase of it
     * ("### Detection Phase" then "**[14:28 CEST]** - Incident Started"), not the detection section it is named
     * like.
     */
    private static boolean opensWithTime(List<Block> blocks) {
        return blocks.stream().filter(b -> !b.text().isBlank()).findFirst()
                .filter(b -> b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.LIST_ITEM))
                .map(b -> startsWithTime(b.text()) || UNFILLED_TIME.matcher(b.text()).find()).orElse(false);
    }

    /** What a section's content looks like when its heading says nothing: a timeline, a checklist, or neither. */
    static SectionKind byShape(List<Block> blocks) {
        int entries = 0;
        int timed = 0;
        int items = 0;
        int boxes = 0;
        for (Block b : blocks) {
            switch (b.kind()) {
                case LIST_ITEM -> {
                    if (b.level() == 0) {
                        entries++;
                        timed += startsWithTime(b.text()) ? 1 : 0;
                    }
                    items++;
                    boxes += b.checked() != null ? 1 : 0;
                }
                case PARAGRAPH -> {
                    for (String line : b.text().split("\n")) {
                        entries++;
                        timed += startsWithTime(line) ? 1 : 0;
                    }
                }
                case TABLE_HEADER -> {
                    if (b.cells().stream().anyMatch(c -> TIME_COLUMN.matcher(c).find())) {
                        timed += 3;
                        entries += 3;
                    }
                }
                default -> {
                }
            }
        }
        if (timed >= 3 && timed * 10 >= entries * 6) {
            return SectionKind.TIMELINE;
        }
        if (boxes >= 2 && boxes * 10 >= items * 6) {
            return SectionKind.ACTION_ITEMS;
        }
        return SectionKind.OTHER;
    }

    /**
     * Whether the section holds a list of three or more entries nearly all of which (four in five) start with a time,
     * whatever prose stands around it: "**Severity:** Sev 3", then the timed bullets, then the discussion.
     */
    static boolean timedList(List<Block> blocks) {
        int entries = 0;
        int timed = 0;
        for (Block b : blocks) {
            if (b.is(Block.Kind.LIST_ITEM) && b.level() == 0) {
                entries++;
                timed += startsWithTime(b.text()) ? 1 : 0;
            }
        }
        return timed >= 3 && timed * 10 >= entries * 8;
    }

    /**
     * Whether the section is a timestamped log and little else: a code block (indented or fenced) nearly all of
     * whose lines open with a time, and no list or paragraph lines beyond a short note. A command or a config
     * pasted as code is not.
     */
    static boolean stampedLog(List<Block> blocks) {
        int lines = 0;
        int stamped = 0;
        int prose = 0;
        for (Block b : blocks) {
            if (b.is(Block.Kind.CODE)) {
                for (String line : b.text().split("\n")) {
                    if (!line.isBlank()) {
                        lines++;
                        stamped += startsWithTime(line) ? 1 : 0;
                    }
                }
            } else if (b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.LIST_ITEM)) {
                prose += b.text().split("\n").length;
            }
        }
        return stamped >= 3 && stamped * 10 >= lines * 8 && prose <= 2;
    }

    /**
     * Whether a line starts like a time or a date: "16:58", "[03-26 23:04]", "Mon Nov 4", "2025-03-26", "2026-W19-3",
     * "0347Z".
     */
    public static boolean startsWithTime(String text) {
        String head = text.length() > 40 ? text.substring(0, 40) : text;
        return TIME_START.matcher(head.toLowerCase(Locale.ROOT)).find();
    }
}
