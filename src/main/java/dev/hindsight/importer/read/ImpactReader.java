package dev.hindsight.importer.read;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.incident.Impact;
import dev.hindsight.severity.Severity;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an impact section: the severity ("**Severity:** Major (High Impact, ...)", "Severity: SEV-2",
 * "Priority/Impact level: P1", "Level: 2", or "a SEV2 incident" in prose), the users affected ("Users affected:
 * ~1,200", or "about 30% of users" in prose), the services affected ("Services affected: a, b", or a label,
 * heading or paragraph followed by a list), and the rest as the impact summary. Stateless; thread-safe.
 *
 * <p>A level followed by a note in brackets ("P1 (Major Incident)") is the level, its note read apart for the
 * severity's assessment ({@link SeverityNote}). A severity that names no level of the configured scale is not given
 * one: it is noted in the log and its line stays in the summary, so its words are kept. {@link #severityWord(List)}
 * gives the severity as written whether or not it is on the scale.
 */
public final class ImpactReader {

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z]+");
    private static final Set<String> SERVICE_NOUNS = Set.of("services", "service", "systems", "system", "components",
            "component", "apps", "applications", "areas", "products", "features");
    private static final Set<String> SERVICE_FILLERS = Set.of("affected", "impacted", "degraded", "s", "the");
    /** Between services named in one value: commas, semicolons, and "and" or "&amp;" before the last. */
    private static final Pattern SERVICE_SEPARATOR = Pattern.compile(
            "[,;]\\s*+(?:and\\s++|&\\s*+)?|(?<!\\s)\\s++(?:and|&)\\s++");

    private ImpactReader() {
    }

    public static ImpactReading read(List<Block> blocks, Conventions conventions, ImportLog log) {
        Reading r = new Reading(blocks, conventions, log);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.is(Block.Kind.HEADING)) {
                if (isServicesLabel(b.text())) {
                    i = r.listed(i, -1, b.lines());
                }
                continue;
            }
            List<WrittenLine> lines = lines(b);
            for (int n = 0; n < lines.size(); n++) {
                WrittenLine line = lines.get(n);
                List<LabelledLines.Labelled> pairs = LabelledLines.pairs(line.scanned());
                if (pairs.size() > 1) { // "Author: Nico · Severity: Major"
                    for (LabelledLines.Labelled pair : pairs) {
                        i = r.labelled(i, n, pair, line, false);
                    }
                    continue;
                }
                var labelled = LabelledLines.read(line.scanned()).or(() -> cells(b));
                if (labelled.isPresent()) {
                    i = r.labelled(i, n, labelled.get(), line, n == lines.size() - 1);
                }
            }
        }
        for (Block b : blocks) {
            for (WrittenLine line : lines(b)) {
                if (r.severity.isEmpty() && StatedSeverity.mayMention(line.scanned())) { // MENTION needs it
                    Matcher m = StatedSeverity.MENTION.matcher(line.scanned());
                    while (r.severity.isEmpty() && m.find()) {
                        if (!timeAt(line.scanned(), m.start())) {
                            r.severity = severity(m.group(), line.lines(), conventions, log);
                            r.raised(line, m.end());
                            // A line that is the level and its note ("Sev-2 (no crop loss)" under "Severity:").
                            String whole = line.scanned().strip();
                            if (r.severity.isPresent() && whole.startsWith(m.group())) {
                                r.severityNote = note(whole, line.lines());
                            }
                        }
                    }
                }
                if (r.users.isEmpty()) {
                    r.users = AffectedUsers.inProse(line.scanned()).map(u -> new Sourced<>(u, line.lines()));
                }
            }
        }
        return new ImpactReading(r.severity, r.severityNote, r.users, r.services, ProseReader.text(unused(blocks, r.used)),
                r.initialSeverity);
    }

    /** One section being read: what was found so far, and which lines of which blocks it took. */
    private static final class Reading {
        private final List<Block> blocks;
        private final Conventions conventions;
        private final ImportLog log;
        private final Map<Block, boolean[]> used = new IdentityHashMap<>();
        private final List<Sourced<String>> services = new ArrayList<>();
        private Optional<Sourced<Severity>> severity = Optional.empty();
        private Optional<Sourced<String>> severityNote = Optional.empty();
        private Optional<Sourced<Impact.UsersAffected>> users = Optional.empty();
        private Optional<Sourced<Severity>> initialSeverity = Optional.empty();

        Reading(List<Block> blocks, Conventions conventions, ImportLog log) {
            this.blocks = blocks;
            this.conventions = conventions;
            this.log = log;
        }

        /**
         * The level the line raises the one just read to, after it: "first logged as P3 by the service desk and
         * raised to P1 once the outage was confirmed" is P1, first P3.
         */
        void raised(WrittenLine line, int after) {
            Matcher to = RAISED_TO.matcher(line.scanned());
            if (severity.isEmpty() || !to.find(after)) {
                return;
            }
            Optional<Sourced<Severity>> raised = severity(to.group(1), line.lines(), conventions, log);
            if (raised.isPresent()) {
                initialSeverity = severity;
                severity = raised;
            }
        }

        /** A labelled line of block {@code at}; returns the index of the last block it took. */
        int labelled(int at, int n, LabelledLines.Labelled labelled, WrittenLine line, boolean lastLine) {
            Block b = blocks.get(at);
            String label = labelled.label();
            String value = labelled.value();
            boolean severityLabel = severity.isEmpty() && StatedSeverity.states(label, value);
            boolean usersLabel = !severityLabel && users.isEmpty() && AffectedUsers.isLabel(label);
            boolean servicesLabel = !severityLabel && !usersLabel && isServicesLabel(label);
            if (!severityLabel && !usersLabel && !servicesLabel) {
                return at;
            }
            if (value.isEmpty() && servicesLabel) {
                // "Affected services:" then a list; anywhere else the line stays in the summary.
                return lastLine ? listed(at, b.is(Block.Kind.LIST_ITEM) ? b.level() : -1, line.lines()) : at;
            }
            if (Placeholders.isUnfilled(value)) {
                log.skip(line.lines(), "'" + label + "' is not filled in");
                mark(b, n);
            } else if (severityLabel) {
                severity = severity(value, line.lines(), conventions, log);
                severity.ifPresent(s -> mark(b, n));
                if (severity.isPresent()) {
                    severityNote = note(value, line.lines());
                }
            } else if (usersLabel) {
                users = AffectedUsers.stated(value).map(u -> new Sourced<>(u, line.lines()));
                users.ifPresent(u -> mark(b, n));
            } else {
                int before = services.size();
                for (String s : SERVICE_SEPARATOR.split(value)) {
                    service(s.strip(), line.lines());
                }
                if (services.size() > before) {
                    mark(b, n);
                }
            }
            return at;
        }

        /**
         * The list items after block {@code at} (deeper than {@code level}, if it is one), each a service, when
         * a heading or a label ({@code introducing}) names them; returns the index of the last block taken.
         */
        int listed(int at, int level, Lines introducing) {
            int i = at + 1;
            while (i < blocks.size() && blocks.get(i).is(Block.Kind.LIST_ITEM) && blocks.get(i).level() > level) {
                Block item = blocks.get(i);
                if (!service(item.text(), item.lines())) {
                    log.skip(item.lines(), "an affected service that is not filled in");
                }
                used.put(item, all(lines(item).size()));
                i++;
            }
            if (i > at + 1) {
                Block introducer = blocks.get(at);
                mark(introducer, lines(introducer).isEmpty() ? 0 : lines(introducer).size() - 1);
                log.context(introducing, "introduces the services affected listed after it");
            }
            return i - 1;
        }

        private boolean service(String written, Lines lines) {
            String s = Placeholders.value(written.replace('\n', ' '));
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1).strip();
            }
            if (s.isEmpty()) {
                return false;
            }
            String wanted = s.toLowerCase(Locale.ROOT);
            String spelled = conventions.serviceCatalogue().stream()
                    .filter(c -> c.toLowerCase(Locale.ROOT).equals(wanted)).findFirst().orElse(s);
            services.add(new Sourced<>(spelled, lines));
            return true;
        }

        private void mark(Block b, int line) {
            used.computeIfAbsent(b, x -> new boolean[Math.max(1, lines(x).size())])[line] = true;
        }
    }

    /**
     * The severity as written: the value of the first line labelled as a severity, else the first "SEV2" named in
     * prose; whether or not it is on the configured scale.
     */
    public static Optional<Sourced<String>> severityWord(List<Block> blocks) {
        for (Block b : blocks) {
            for (WrittenLine line : lines(b)) {
                for (LabelledLines.Labelled pair : LabelledLines.pairs(line.scanned())) {
                    if (StatedSeverity.states(pair.label(), pair.value()) && !Placeholders.isUnfilled(pair.value())) {
                        return Optional.of(new Sourced<>(pair.value(), line.lines()));
                    }
                }
                var labelled = LabelledLines.read(line.scanned()).or(() -> cells(b));
                if (labelled.isPresent() && StatedSeverity.states(labelled.get().label(), labelled.get().value())
                        && !Placeholders.isUnfilled(labelled.get().value())) {
                    return Optional.of(new Sourced<>(labelled.get().value(), line.lines()));
                }
            }
        }
        for (Block b : blocks) {
            for (WrittenLine line : lines(b)) {
                Matcher m = StatedSeverity.MENTION.matcher(line.scanned());
                while (m.find()) {
                    if (!timeAt(line.scanned(), m.start())) {
                        Matcher to = RAISED_TO.matcher(line.scanned()); // "logged as P3 … raised to P1": P1
                        return Optional.of(new Sourced<>(to.find(m.end()) ? to.group(1) : m.group(), line.lines()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "raised to P1", "upgraded to Sev 1": a level given after one first given (severity-words.json). */
    private static final Pattern RAISED_TO = Pattern.compile("(?i)\\b(?:" + String.join("|",
            SeverityNote.words("raisedTo").stream().map(Pattern::quote).toList())
            + ")\\s+(?:an?\\s+)?(sev(?:erity)?[-_ ]?\\d|(?-i:P)\\d)\\b");

    /** Words that make a severity named after them a time spent at it ("Time in SEV-1"; impact-words.json). */
    private static final List<String> TIME_AT = BlastRadius.WORDS.list("timeAtSeverity");

    /** Whether the severity named at {@code at} is a measure's: "Time in SEV-1 | 0 mins" is no incident's level. */
    private static boolean timeAt(String line, int at) {
        String before = line.substring(Math.max(0, at - 16), at).toLowerCase(Locale.ROOT).stripTrailing();
        for (String words : TIME_AT) {
            if (before.endsWith(words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Under a heading that is a severity's label ("1.2 Severity", "Priority"), the first paragraph's opening words
     * are the severity: "P1. Declared P2 at 10:31 and raised to P1 at 10:44 …"; a note in brackets after the level
     * ("Sev-4 (no crop loss; water use only)") is read apart. A reading of the severity alone, empty under any other
     * heading; the paragraph stays the section's text.
     */
    public static ImpactReading underItsHeading(String heading, List<Block> blocks, Conventions conventions,
                                                ImportLog log) {
        ImpactReading none = new ImpactReading(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty());
        String label = NUMBERING.matcher(heading).replaceFirst("");
        if (!StatedSeverity.isLabel(label)) {
            return none;
        }
        for (Block b : blocks) {
            if (b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.LIST_ITEM)) {
                String first = b.text().strip();
                java.util.regex.Matcher end = OPENING_END.matcher(first);
                String opening = end.find() ? first.substring(0, end.start()) : first;
                int open = opening.indexOf('(');
                int close = first.indexOf(')', Math.max(open, 0));
                if (open >= 0 && opening.indexOf(')') < 0 && close > 0) {
                    opening = first.substring(0, close + 1); // a note's own ";" or "." does not end the severity
                }
                if (opening.length() > 60) {
                    return none;
                }
                Lines line = Lines.of(b.lines().first());
                String stated = opening;
                var severity = severity(stated, line, conventions, log);
                return new ImpactReading(severity, severity.flatMap(s -> note(stated, line)),
                        Optional.empty(), List.of(), Optional.empty(), Optional.empty());
            }
        }
        return none;
    }

    /** "1.2 ", "3. ", "IV. ": a heading's number. */
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:\\d+(?:\\.\\d+)*\\.?|[IVX]+\\.)\\s+");
    /** Where a severity written first ends: a full stop and space, a line's end, a dash between spaces. */
    private static final Pattern OPENING_END = Pattern.compile("\\.(?:\\s|$)|\\n|\\s[—–-]\\s|;");

    /** A stated severity placed on the configured scale; one that names no level is noted. */
    public static Optional<Sourced<Severity>> severity(String value, Lines lines, Conventions conventions,
                                                        ImportLog log) {
        var scale = conventions.severityScale();
        Optional<Severity> read = StatedSeverity.read(value, scale, lines, log);
        if (read.isEmpty() && !Placeholders.isUnfilled(value)) {
            log.note("severity '" + value.strip() + "' (" + lines + ") is not on the configured " + scale.name()
                    + " scale; kept in the impact summary");
        }
        return read.map(s -> new Sourced<>(s, lines));
    }

    /** The note in brackets after a severity's level ("P1 (Major Incident)"), for the severity's assessment. */
    public static Optional<Sourced<String>> note(String value, Lines lines) {
        return SeverityNote.of(value).map(n -> new Sourced<>(n.note(), lines));
    }

    private static boolean isServicesLabel(String label) {
        String noun = "";
        for (String w : NOT_WORD.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" ").strip().split(" ")) {
            if (!SERVICE_FILLERS.contains(w)) {
                if (!noun.isEmpty()) {
                    return false;
                }
                noun = w;
            }
        }
        return SERVICE_NOUNS.contains(noun);
    }

    /** The lines of a block that can state a field: prose, items, quotes, two-cell rows, front matter. */
    private static List<WrittenLine> lines(Block b) {
        return switch (b.kind()) {
            case PARAGRAPH, LIST_ITEM, QUOTE -> WrittenLine.of(b);
            case TABLE_ROW, TABLE_HEADER, FRONT_MATTER -> b.cells().size() == 2
                    ? List.of(new WrittenLine("", b.lines(), b)) : List.of();
            default -> List.of();
        };
    }

    /** A two-cell row or a front-matter field as a labelled pair. */
    private static Optional<LabelledLines.Labelled> cells(Block b) {
        if (b.cells().size() != 2 || !(b.is(Block.Kind.TABLE_ROW) || b.is(Block.Kind.TABLE_HEADER)
                || b.is(Block.Kind.FRONT_MATTER))) {
            return Optional.empty();
        }
        var read = LabelledLines.read(List.of(b));
        return read.isEmpty() ? Optional.empty() : Optional.of(read.get(0).value());
    }

    private static boolean[] all(int n) {
        boolean[] out = new boolean[Math.max(1, n)];
        java.util.Arrays.fill(out, true);
        return out;
    }

    /** The blocks without the lines read into the severity, users and services; a block wholly read is left out. */
    private static List<Block> unused(List<Block> blocks, Map<Block, boolean[]> used) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            boolean[] u = used.get(b);
            if (u == null) {
                out.add(b);
                continue;
            }
            List<WrittenLine> lines = lines(b);
            StringBuilder rest = new StringBuilder();
            Lines span = null;
            for (int n = 0; n < lines.size(); n++) {
                if (!u[n] && !lines.get(n).text().isBlank()) {
                    rest.append(rest.isEmpty() ? "" : "\n").append(lines.get(n).text());
                    span = span == null ? lines.get(n).lines() : span.span(lines.get(n).lines());
                }
            }
            if (span != null) {
                out.add(new Block(b.kind(), b.level(), rest.toString(), b.cells(), b.checked(), b.struck(), b.links(), span));
            }
        }
        return out;
    }
}
