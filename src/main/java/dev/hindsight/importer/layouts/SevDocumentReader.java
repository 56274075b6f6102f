package dev.hindsight.importer.layouts;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.AnalysisBuilder;
import dev.hindsight.incident.Detection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemBuilder;
import dev.hindsight.incident.Responder;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the SEV document: "# SEV-0042: Name", the date written, Level / Discovery / Areas Affected bullets,
 * responders as "**Role:** [Name](link)", the abstract, the timeline table with its gap column, the review and
 * the next steps checklist.
 */
public final class SevDocumentReader implements LayoutReader {

    private static final Pattern TITLE = Pattern.compile("^(?:(\\S+?)\\s*:\\s+)?(.*)$");
    private static final Pattern RESPONDER = Pattern.compile("^\\*\\*([^*]+?):?\\*\\*:?\\s*(.*)$");
    private static final Pattern LINKED = Pattern.compile("^\\[([^\\]]*)\\]\\(([^)]*)\\)\\s*(.*)$");
    /** The "Areas Affected" bullet's label; what follows it is the first of the areas. */
    private static final Pattern AREAS = Pattern.compile("^[-*+]\\s+\\*\\*Areas Affected:?\\*\\*:?");
    private static final Pattern ITEM = Pattern.compile("^[-*+]\\s+.*");
    private static final Pattern TICKET = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");
    private static final Pattern PERSON_N = Pattern.compile("(?i)person \\d+");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*,\\s*");

    @Override
    public BuiltInTemplate layout() {
        return BuiltInTemplate.SEV;
    }

    @Override
    public int score(SourceDocument d) {
        int score = d.headingsPresent("Responders", "Abstract", "Timeline", "Review", "Next Steps");
        if (d.hasLineStartingWith("* **Level:**") || d.hasLineStartingWith("- **Level:**")) {
            score += 2;
        }
        if (d.hasLineStartingWith("* **Discovery:**") || d.hasLineStartingWith("- **Discovery:**")) {
            score += 2;
        }
        if (d.sections().stream().anyMatch(s -> s.level() == 1 && s.heading().toUpperCase().startsWith("SEV"))) {
            score += 2;
        }
        return score;
    }

    @Override
    public PostMortem read(SourceDocument d, ImportContext context) {
        PostMortemBuilder b = PostMortem.builder();
        Section top = d.sections().stream().filter(s -> s.level() == 1).findFirst()
                .orElse(new Section(1, "", List.of(), 1));
        d.take(top.heading());
        Matcher title = TITLE.matcher(top.heading());
        if (title.matches()) {
            String id = title.group(1) == null ? "" : Placeholders.value(title.group(1));
            b.id(id.isEmpty() || id.equalsIgnoreCase("SEV-xxxx") ? null : id);
            b.title(Placeholders.value(title.group(2)));
        }
        LocalDate written = top.lines().stream().map(Placeholders::value).filter(l -> !l.isEmpty())
                .map(Times::date).flatMap(Optional::stream).findFirst().orElse(null);
        b.dateWritten(written);
        SeverityWords.read(top.labelled("Level"), context.conventions().severityScale()).ifPresent(b::severity);
        String method = context.discoveryMethod(top.labelled("Discovery"));
        List<String> services = areasAffected(top);
        b.detection(Detection.builder().method(method).build());
        b.impact(Impact.builder().services(services).build());
        AnalysisBuilder analysis = Analysis.builder();

        d.take("Responders").ifPresent(s -> b.responders(responders(s, context)));
        d.take("Abstract").ifPresent(s -> analysis.summary(s.text()));
        ZoneId[] zone = {context.conventions().timeZone()};
        d.take("Timeline").ifPresent(s -> {
            List<TimelineEvent> events = timeline(s, written, zone, context);
            events.forEach(b::event);
        });
        b.timeZone(zone[0]);
        d.take("Review").ifPresent(s -> analysis.narrative(s.text()));
        d.take("Next Steps").ifPresent(s -> b.actionItems(nextSteps(s)));
        return b.analysis(analysis.build()).build();
    }

    /** Bullets indented under "Areas Affected", up to the next top-level bullet. */
    private static List<String> areasAffected(Section top) {
        List<String> services = new ArrayList<>();
        boolean inside = false;
        for (String line : top.lines()) {
            String t = line.strip();
            Matcher areas = t.contains("**Areas Affected") ? AREAS.matcher(t) : null;
            // The whole line must match, as it did with ".*" after the label: '.' stops at a line break.
            if (areas != null && areas.lookingAt() && !hasLineBreak(t, areas.end())) {
                inside = true;
                String rest = t.substring(areas.end()).strip();
                for (String part : rest.split(",")) {
                    if (!Placeholders.isUnfilled(part)) {
                        services.add(part.strip());
                    }
                }
                continue;
            }
            if (inside && !line.startsWith(" ") && !line.startsWith("\t") && !t.isEmpty()) {
                break;
            }
            if (inside && ITEM.matcher(t).matches()) {
                String item = t.substring(1).strip();
                if (!Placeholders.isUnfilled(item) && !Section.isGuidance(item)) {
                    services.add(item);
                }
            }
        }
        return services;
    }

    private static boolean hasLineBreak(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static List<Responder> responders(Section s, ImportContext context) {
        List<Responder> out = new ArrayList<>();
        for (String item : s.bullets()) {
            Matcher m = RESPONDER.matcher(item);
            if (!m.matches()) {
                continue;
            }
            String who = m.group(2).strip();
            String link = "";
            Matcher linked = LINKED.matcher(who);
            if (linked.matches()) {
                who = linked.group(1).strip();
                link = linked.group(2).strip().equals("link") ? "" : linked.group(2).strip();
            }
            if (Placeholders.isUnfilled(who) || PERSON_N.matcher(who).matches()) {
                continue;
            }
            for (String name : NAME_SEPARATOR.split(who)) {
                out.add(new Responder(name, context.role(m.group(1)), null, null, null, link));
            }
        }
        return out;
    }

    private static List<TimelineEvent> timeline(Section s, LocalDate written, ZoneId[] zone, ImportContext context) {
        List<TimelineEvent> events = new ArrayList<>();
        LocalDate day = written;
        for (List<String> row : s.tableRows()) {
            if (row.size() < 2) {
                continue;
            }
            String when = row.get(0);
            String text = row.get(row.size() - 1);
            Optional<Times.TimeOfDay> time = Times.time(when);
            day = Times.date(when).orElse(day);
            if (time.isEmpty() || day == null) {
                context.note("timeline row '" + String.join(" | ", row) + "' has no readable date and time; skipped");
                continue;
            }
            if (time.get().zone() != null) {
                zone[0] = time.get().zone();
            }
            Instant at = Times.resolve(day, time.get(), zone[0]);
            events.add(new TimelineEvent(at, zone[0], text, EventKind.NOTE, null, null));
        }
        return Milestones.guess(events);
    }

    private static List<ActionItem> nextSteps(Section s) {
        List<ActionItem> items = new ArrayList<>();
        for (String item : s.bullets()) {
            String text = Section.unboxed(item);
            if (text.startsWith("List action items (preferably with links to tickets")) {
                continue;
            }
            String ticket = "";
            Matcher t = TICKET.matcher(text);
            if (t.matches() && !t.group(2).contains(" ")) {
                text = t.group(1);
                ticket = t.group(2);
            }
            items.add(new ActionItem(null, text, null, null, null, null,
                    Section.isTicked(item) ? ActionStatus.DONE : ActionStatus.OPEN, ticket));
        }
        return items;
    }
}
