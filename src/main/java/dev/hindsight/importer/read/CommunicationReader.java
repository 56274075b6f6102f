package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.YesNo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how the incident was communicated, written as labelled lines and the lists under them: the messages sent
 * ("Timeline:" then "- 2026-03-08 09:50 UTC - Status update 1 (via Slack #incidents)"), the channels used, how
 * well it went ("What worked:", "Improvements needed:"), customer notifications ("Status page updates: 3") and
 * stakeholder briefings ("- Executive briefing: 2026-03-08 10:00"). Messages under a heading that says
 * "external" were sent outside. Which label is which part is data ({@code importer/communication-words.json});
 * a list that is a layout's own example list word for word is the template's, not the team's. Thread-safe.
 */
public final class CommunicationReader {

    private static final ReadingWords WORDS = ReadingWords.load("communication-words.json");
    /** Each label's words to the part it names: log, channels, assessment, whatWorked, ... */
    private static final Map<String, String> PARTS = WORDS.inverse("parts");
    private static final List<String> EXTERNAL = WORDS.list("external");
    private static final Pattern VIA = Pattern.compile("^(.*?)\\s*\\(via ([^()]*)\\)$", Pattern.DOTALL);
    /** "Exec bridge (External): text": a channel, who it went to, then the message. */
    private static final Pattern AUDIENCE = Pattern.compile("^(.{0,200}?)\\s*\\((internal|external)\\)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern UNFILLED_TIME = Pattern.compile("^\\[?\\s*hh:mm\\b[^\\]]*\\]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_DASH = Pattern.compile("^\\s*[-–—:]\\s*");
    private static final Pattern YES = Pattern.compile("(?i)^(yes|y|true)\\b[\\s.,:;-]*");
    private static final Pattern NO = Pattern.compile("(?i)^(no|n|none|false)\\b[\\s.,:;-]*");
    private static final Pattern COUNT = Pattern.compile("^\\s*(\\d{1,6})\\b");

    /** What was read, the lines it came from, and the blocks used, for the caller to account for. */
    public record Reading(Communication communication, Lines lines, Set<Block> used) {
        public boolean found() {
            return !used.isEmpty();
        }
    }

    private CommunicationReader() {
    }

    /** @param layout the seed layout the document is in, or "": its example lists are the template's */
    public static Reading read(List<Block> blocks, TimeContext time, ImportLog log, String layout) {
        var c = Communication.builder();
        List<Communication.Message> messages = new ArrayList<>();
        List<String> channels = new ArrayList<>();
        List<String> improvements = new ArrayList<>();
        List<Communication.Briefing> briefings = new ArrayList<>();
        Set<Block> used = new LinkedHashSet<>(); // the order blocks were taken in, so reports read the same each run
        Lines span = null;
        boolean external = false;
        // Prose under no label: how the communication went, when no label says it (Hindsight's own layouts).
        List<Block> loose = new ArrayList<>();
        boolean assessed = false;
        String part = null;
        int partLevel = -1;
        // A table of the messages sent ("Time | Channel | Message"): a message a row.
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).is(Block.Kind.TABLE_HEADER) && MessageTable.isHeader(blocks.get(i))) {
                int end = i + 1;
                while (end < blocks.size() && blocks.get(end).is(Block.Kind.TABLE_ROW)) {
                    end++;
                }
                messages.addAll(MessageTable.read(blocks.get(i), blocks.subList(i + 1, end), time, log, used));
                Lines table = blocks.get(i).lines().span(blocks.get(end - 1).lines());
                span = span == null ? table : span.span(table);
            }
        }
        for (Block b : blocks) {
            if (used.contains(b)) {
                continue;
            }
            if (b.is(Block.Kind.HEADING)) {
                String heading = ReadingWords.normal(b.text());
                external = EXTERNAL.stream().anyMatch(heading::contains);
                part = null;
                continue;
            }
            if (!(b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.LIST_ITEM))) {
                part = null;
                continue;
            }
            List<Sourced<LabelledLines.Labelled>> labels = LabelledLines.read(List.of(b));
            String own = labels.size() == 1 ? PARTS.get(ReadingWords.normal(labels.get(0).value().label())) : null;
            boolean under = part != null && b.is(Block.Kind.LIST_ITEM) && b.level() > partLevel;
            if (own == null && !under) {
                part = null;
                loose.add(b);
                continue;
            }
            used.add(b);
            span = span == null ? b.lines() : span.span(b.lines());
            if (own != null && !(under && part.equals("log") && isMessage(b.text()))) {
                // A label opens a part; a single fact inside a list ("Status page updates: 3") leaves it open.
                if (isList(own) || !under) {
                    part = own;
                    partLevel = b.is(Block.Kind.LIST_ITEM) ? b.level() : -1;
                }
                assessed |= own.equals("assessment");
                if (own.equals("channels") && !labels.get(0).value().value().isBlank()) {
                    // "Channels: Slack #incidents, Status page": the list on the label's line.
                    for (String channel : labels.get(0).value().value().split("\\s*[,;]\\s*")) {
                        if (!channel.isBlank() && !Placeholders.isUnfilled(channel)) {
                            channels.add(channel.strip());
                        }
                    }
                    continue;
                }
                fact(own, labels.get(0), b.lines(), c, improvements, log);
                continue;
            }
            String text = b.text().strip();
            if (Placeholders.isUnfilled(text)) {
                log.skip(b.lines(), "'" + text + "' is the template's example, not filled in");
                continue;
            }
            switch (part) {
                case "log" -> messages.add(message(text, external, time, b.lines(), log));
                case "channels" -> channels.add(text);
                case "improvements" -> improvements.add(text);
                case "stakeholders" -> briefing(text, b.lines(), log).ifPresent(briefings::add);
                default -> log.note("'" + text + "' (" + b.lines() + ") is under a label with no list in the "
                        + "communication; kept as written");
            }
        }
        if (!assessed && !loose.isEmpty()) {
            var prose = ProseReader.text(loose);
            if (prose.isPresent()) {
                c.assessment(prose.get().value());
                used.addAll(loose);
                span = span == null ? prose.get().lines() : span.span(prose.get().lines());
            }
        }
        List<String> example = WORDS.in("examples").in(layout).list("log");
        List<Communication.Message> internal = messages.stream().filter(m -> !m.external()).toList();
        if (!example.isEmpty() && internal.stream().allMatch(m -> m.at() == null && m.channel().isEmpty())
                && internal.stream().map(m -> ReadingWords.normal(m.message())).toList().equals(example)) {
            log.context(span, "the layout's example messages, not filled in");
            messages.removeAll(internal);
        } else if (!example.isEmpty()) {
            // "[HH:MM] - Status update 1" among the team's messages: one of the layout's examples, left in
            messages.removeIf(m -> !m.external() && m.at() == null && m.channel().isEmpty()
                    && example.contains(ReadingWords.normal(m.message())));
        }
        c.log(messages).channels(unless(channels, WORDS.in("examples").in(layout).list("channels"), span, log))
                .improvements(improvements).stakeholders(briefings);
        return new Reading(c.build(), span == null ? Lines.of(1) : span, used);
    }

    /** A labelled fact of the communication; a label with no value opens the list under it instead. */
    private static void fact(String part, Sourced<LabelledLines.Labelled> label, Lines lines,
                             dev.hindsight.incident.CommunicationBuilder c, List<String> improvements, ImportLog log) {
        String value = label.value().value().strip();
        if (value.isEmpty()) {
            return;
        }
        if (Placeholders.isUnfilled(value)) {
            log.skip(lines, "'" + label.value().label() + "' is not filled in");
            return;
        }
        switch (part) {
            case "assessment" -> c.assessment(value);
            case "whatWorked" -> c.whatWorked(value);
            case "whatDidNot" -> c.whatDidNot(value);
            case "improvements" -> improvements.add(value);
            case "statusPageUpdates" -> {
                Matcher m = COUNT.matcher(value);
                if (m.find()) {
                    c.statusPageUpdates(Integer.parseInt(m.group(1)));
                }
            }
            case "customerEmails" -> c.customerEmails(yesNo(value));
            case "socialMedia" -> c.socialMedia(yesNo(value));
            default -> log.note("'" + label.value().label() + "' (" + lines + ") is written with a value, not a "
                    + "list: kept as written in the communication");
        }
    }

    private static boolean isList(String part) {
        return part.equals("log") || part.equals("channels") || part.equals("improvements")
                || part.equals("stakeholders");
    }

    /** Whether a line under a log label is a message ("09:50 - ...") rather than a labelled fact. */
    private static boolean isMessage(String text) {
        return dev.hindsight.importer.sections.Classifier.startsWithTime(text) || VIA.matcher(text.strip()).matches();
    }

    /** The list, or none when it is word for word the layout's example list. */
    private static List<String> unless(List<String> list, List<String> example, Lines lines, ImportLog log) {
        if (example == null || list.isEmpty() || list.size() != example.size()) {
            return list;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!ReadingWords.normal(list.get(i)).equals(example.get(i))) {
                return list;
            }
        }
        log.context(lines, "the layout's example list, not filled in");
        return List.of();
    }

    /** "2026-03-08 09:50 UTC - Status update 1 (via Slack #incidents)", the time and channel optional. */
    private static Communication.Message message(String text, boolean external, TimeContext time, Lines lines,
                                                 ImportLog log) {
        // "[HH:MM] - Status update 1": a message whose time was not filled in.
        Matcher unfilled = UNFILLED_TIME.matcher(text);
        if (unfilled.find()) {
            String after = text.substring(unfilled.end()).replaceFirst("^[^-–—:]*?[\\]]", "");
            text = LEADING_DASH.matcher(after).replaceFirst("").strip();
            Matcher v = VIA.matcher(text);
            return v.matches() ? new Communication.Message(null, v.group(2).strip(), external, v.group(1).strip())
                    : new Communication.Message(null, "", external, text);
        }
        var at = new TimeReader("communication").at(text, time, lines, log);
        String rest = at.map(t -> LEADING_DASH.matcher(t.rest()).replaceFirst("")).orElse(text);
        String channel = "";
        Matcher via = VIA.matcher(rest.strip());
        Matcher audience = AUDIENCE.matcher(rest.strip());
        if (via.matches()) {
            rest = via.group(1);
            channel = via.group(2).strip();
        } else if (audience.matches()) {
            // "Status page (External): Investigating": Hindsight's form, the channel and who it went to first.
            channel = LEADING_DASH.matcher(audience.group(1).replaceFirst("^\\s*,", "")).replaceFirst("").strip();
            external = audience.group(2).equalsIgnoreCase("external");
            rest = audience.group(3);
        }
        return new Communication.Message(at.map(TimeReader.TimeAt::at).orElse(null), channel, external,
                rest.strip());
    }

    /** "Executive briefing: 2026-03-08 10:00": the audience and when; none when "when" is a placeholder. */
    private static java.util.Optional<Communication.Briefing> briefing(String text, Lines lines, ImportLog log) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return java.util.Optional.of(new Communication.Briefing(text, ""));
        }
        String when = text.substring(colon + 1).strip();
        if (Placeholders.isUnfilled(when)) {
            log.skip(lines, "'" + text + "' is not filled in");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Communication.Briefing(text.substring(0, colon).strip(), when));
    }

    private static YesNo yesNo(String value) {
        Matcher yes = YES.matcher(value);
        if (yes.find()) {
            return new YesNo(true, value.substring(yes.end()).strip());
        }
        Matcher no = NO.matcher(value);
        return no.find() ? new YesNo(false, value.substring(no.end()).strip()) : new YesNo(null, value);
    }
}
