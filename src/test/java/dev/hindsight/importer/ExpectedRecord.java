package dev.hindsight.importer;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.importer.assemble.ImportReport;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.json.Json;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.metrics.ResponseTargets;
import dev.hindsight.timeline.TimelineEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;

/**
 * What one real-shapes document states, as its {@code NAME.expected.json} says: only the facts the document
 * states, so every part is optional and an absent part is not checked. The conventions the files follow:
 * <ul>
 *   <li>names, roles, owners, tickets, titles and labels are as written ("@mkline", "Release Manager",
 *       "#12829", "Major (High Impact, customer-facing)"); roles compare ignoring case only;</li>
 *   <li>times are instants: the zone the document states, else UTC; a missing date or year comes from the
 *       document (a line above, the title, the front matter); a date with no time is midnight UTC;</li>
 *   <li>timeline entries with no time ({@code [???]}) are not entries; {@code count} counts the rest;</li>
 *   <li>responders are the people a people section or a header label names ("Responders", "Attendees",
 *       "Incident commander: ..."), all of them; people only mentioned in the timeline are not listed;</li>
 *   <li>{@code ...Contains} texts compare ignoring case and runs of white space;</li>
 *   <li>{@code reportedMinutes} is keyed by {@link Metric} name, from a stats line or prose such as
 *       "Time to recovery: 84 minutes" (read as time to resolve) or "an outage lasting 1 hour and 48 minutes".</li>
 * </ul>
 */
record ExpectedRecord(String title, String author, String severityLabel, Instant startedAt, Instant detectedAt,
                      Instant resolvedAt, Timeline timeline, Actions actionItems, List<Person> responders,
                      String rootCauseContains, String summaryContains, Map<String, Long> reportedMinutes,
                      List<String> extraSections, Integer minimumFields) {

    record Timeline(int count, List<Entry> entries) {
    }

    record Entry(Instant at, String textContains) {
    }

    record Actions(int count, List<Item> items) {
    }

    record Item(String titleContains, String status, String owner, String ticket, LocalDate dueDate,
                String priorityLabel) {
    }

    record Person(String name, String role) {
    }

    /** Reads an expected file with the project's JSON mapper, which refuses unknown keys (a typo fails loudly). */
    static ExpectedRecord read(Path file) throws IOException {
        return Json.read(Files.readString(file), ExpectedRecord.class);
    }

    /** Every stated fact, checked against what was read; each mismatch names the document and the field. */
    void check(String doc, Imported imported, SoftAssertions softly) {
        PostMortem record = imported.record();
        checkEqual(softly, doc, "title", title, record.title());
        checkEqual(softly, doc, "author", author, record.author());
        checkEqual(softly, doc, "severity label", severityLabel,
                record.severity() == null ? null : record.severity().label());
        checkMilestone(softly, doc, "startedAt", startedAt, record.startedAt());
        checkMilestone(softly, doc, "detectedAt", detectedAt, record.detectedAt());
        checkMilestone(softly, doc, "resolvedAt", resolvedAt, record.resolvedAt());
        if (timeline != null) {
            checkTimeline(softly, doc, record.timeline().events());
        }
        if (actionItems != null) {
            checkActionItems(softly, doc, record.actionItems());
        }
        if (responders != null) {
            checkResponders(softly, doc, record.responders());
        }
        Analysis analysis = record.analysis();
        checkContains(softly, doc, "root cause", rootCauseContains, rootCauseText(analysis));
        checkContains(softly, doc, "summary", summaryContains, analysis.summary() + " " + analysis.oneLineSummary());
        if (reportedMinutes != null) {
            reportedMinutes.forEach((metric, minutes) -> softly.assertThat(minutes(record, Metric.valueOf(metric)))
                    .as("%s: %s in minutes (reported: %s)", doc, metric, record.reportedTimes()).isEqualTo(minutes));
        }
        if (extraSections != null) {
            List<String> headings = record.extraSections().stream().map(ExtraSection::heading).toList();
            for (String heading : extraSections) {
                softly.assertThat(headings).as("%s: extra section headed \"%s\"", doc, heading)
                        .anyMatch(h -> normal(h).contains(normal(heading)));
            }
        }
        if (minimumFields != null) {
            List<ImportReport.Field> fields = imported.report().fields();
            softly.assertThat(fields.size()).as("%s: fields read (%s)", doc,
                    fields.stream().map(ImportReport.Field::field).toList()).isGreaterThanOrEqualTo(minimumFields);
        }
    }

    private void checkTimeline(SoftAssertions softly, String doc, List<TimelineEvent> events) {
        String read = events.stream().map(e -> e.at() + " " + shorten(e.text())).collect(Collectors.joining("; "));
        softly.assertThat(events).as("%s: timeline entries (read: %s)", doc, read).hasSize(timeline.count());
        for (Entry entry : timeline.entries()) {
            List<String> textsAtThatTime = events.stream().filter(e -> e.at().equals(entry.at()))
                    .map(e -> normal(e.text() + " " + String.join(" ", e.details()))).toList();
            softly.assertThat(textsAtThatTime).as("%s: timeline entry at %s containing \"%s\" (read: %s)",
                    doc, entry.at(), entry.textContains(), read).anyMatch(t -> t.contains(normal(entry.textContains())));
        }
    }

    private void checkActionItems(SoftAssertions softly, String doc, List<ActionItem> items) {
        List<String> titles = items.stream().map(ActionItem::title).toList();
        softly.assertThat(items).as("%s: action items (read: %s)", doc, titles).hasSize(actionItems.count());
        for (Item expected : actionItems.items()) {
            Optional<ActionItem> found = items.stream()
                    .filter(i -> normal(i.title()).contains(normal(expected.titleContains()))).findFirst();
            softly.assertThat(found).as("%s: action item titled \"...%s...\" (read: %s)",
                    doc, expected.titleContains(), titles).isPresent();
            found.ifPresent(item -> {
                String what = doc + ": action item \"" + expected.titleContains() + "\" ";
                checkEqual(softly, what, "status", expected.status(), item.status().name());
                checkEqual(softly, what, "owner", expected.owner(), item.owner());
                checkEqual(softly, what, "ticket", expected.ticket(), item.ticket());
                checkEqual(softly, what, "due date", expected.dueDate(), item.dueDate());
                checkEqual(softly, what, "priority label", expected.priorityLabel(), item.priorityLabel());
            });
        }
    }

    private void checkResponders(SoftAssertions softly, String doc, List<Responder> read) {
        Map<String, String> roles = new TreeMap<>();
        read.forEach(r -> roles.put(r.name(), r.role()));
        softly.assertThat(roles.keySet()).as("%s: responders (read: %s)", doc, roles)
                .containsExactlyInAnyOrderElementsOf(responders.stream().map(Person::name).toList());
        for (Person person : responders) {
            if (roles.containsKey(person.name())) {
                softly.assertThat(roles.get(person.name())).as("%s: role of %s", doc, person.name())
                        .isEqualToIgnoringCase(person.role());
            }
        }
    }

    private static void checkEqual(SoftAssertions softly, String doc, String field, Object expected, Object actual) {
        if (expected != null) {
            softly.assertThat(actual).as("%s: %s", doc, field).isEqualTo(expected);
        }
    }

    private static void checkMilestone(SoftAssertions softly, String doc, String field, Instant expected,
                                       Optional<Instant> actual) {
        if (expected != null) {
            softly.assertThat(actual).as("%s: %s", doc, field).contains(expected);
        }
    }

    private static void checkContains(SoftAssertions softly, String doc, String field, String expected,
                                      String actual) {
        if (expected != null) {
            softly.assertThat(normal(actual)).as("%s: %s contains \"%s\"", doc, field, expected)
                    .contains(normal(expected));
        }
    }

    /** The reported figure when the document's stats were kept as written, else what the timeline measures. */
    private static Long minutes(PostMortem record, Metric metric) {
        return record.reportedTimes().stream().filter(t -> t.metric() == metric).map(ReportedTime::minutes)
                .findFirst().orElseGet(() -> record.responseMetrics(ResponseTargets.none()).actual(metric)
                        .map(Duration::toMinutes).orElse(null));
    }

    /** A root cause may be read into the root-cause fields or, from a "Five whys" section, into the whys. */
    private static String rootCauseText(Analysis analysis) {
        Analysis.RootCause cause = analysis.rootCause();
        List<String> parts = new ArrayList<>(List.of(cause.summary(), cause.whatHappened(), cause.whyItHappened(),
                cause.whyNotCaughtEarlier()));
        analysis.fiveWhys().forEach(why -> parts.addAll(List.of(why.question(), why.answer())));
        return String.join(" ", parts);
    }

    /**
     * Text as compared: case, runs of white space, curly apostrophes and inline emphasis or code marks do not
     * matter (a reader may keep "`chain.pem`" where the expected file says "chain.pem").
     */
    static String normal(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.replace('\u2019', '\'').replace("`", "").replace("**", "").replace("~~", "");
        return String.join(" ", Stream.of(plain.split("\\s+")).filter(s -> !s.isEmpty()).toList())
                .toLowerCase(Locale.ROOT);
    }

    private static String shorten(String text) {
        String one = normal(text);
        return one.length() <= 40 ? one : one.substring(0, 40) + "…";
    }
}
