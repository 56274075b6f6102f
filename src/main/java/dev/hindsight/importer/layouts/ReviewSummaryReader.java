package dev.hindsight.importer.layouts;

import dev.hindsight.importer.layouts.ReviewBlocks.Block;
import dev.hindsight.importer.layouts.ReviewBlocks.Item;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.YesNo;
import dev.hindsight.metrics.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the top of a review: the title and header labels, the Executive Summary, the Basic Information table,
 * the Services Affected checklist, the Impact Assessment and the Impact Metrics table. Stateless.
 */
final class ReviewSummaryReader {

    private static final Pattern TEMPLATE_TITLE = Pattern.compile("(?i)^post-?incident review(?: template)?\\s*[:\\-–—]\\s*");
    private static final Pattern OTHER = Pattern.compile("(?i)^other\\s*:\\s*");

    private ReviewSummaryReader() {
    }

    static void read(ReviewSections sections, ReviewDraft draft) {
        header(sections, draft);
        summary(sections, draft);
        basic(sections, draft);
        impact(sections, draft);
    }

    private static void header(ReviewSections sections, ReviewDraft draft) {
        List<String> lines = new ArrayList<>(sections.preamble());
        String title = "";
        var top = sections.title();
        if (top.isPresent()) {
            title = title(top.get().heading());
            lines.addAll(top.get().lines());
        }
        List<Block> blocks = ReviewBlocks.blocks(lines);
        draft.title(title);
        draft.id(id(value(blocks, "Incident ID")));
        draft.dateWritten(ReviewValues.date(value(blocks, "Date")));
        SeverityWords.read(value(blocks, "Severity"), draft.context.conventions().severityScale())
                .ifPresent(draft::severity);
        ReviewValues.status(value(blocks, "Status")).ifPresent(draft::status);
    }

    /** The incident's title from the heading; the template's own heading is no title. */
    private static String title(String heading) {
        String h = ReviewPlaceholders.value(heading);
        String key = Section.normal(h);
        if (key.equals("post incident review template") || key.equals("post incident review")
                || key.equals("post mortem") || key.equals("postmortem")) {
            return "";
        }
        return TEMPLATE_TITLE.matcher(h).replaceFirst("").strip();
    }

    static String id(String written) {
        String id = ReviewPlaceholders.value(written);
        return id.isEmpty() || id.equalsIgnoreCase("INC-YYYY-NNNN") ? null : id;
    }

    static String value(List<Block> blocks, String label) {
        Block b = ReviewBlocks.block(blocks, label);
        return b == null ? "" : Section.unescape(ReviewPlaceholders.value(b.value()));
    }

    private static void summary(ReviewSections sections, ReviewDraft draft) {
        List<Block> blocks = ReviewBlocks.blocks(sections.lines("Executive Summary", "Summary"));
        List<String> summary = new ArrayList<>();
        for (Block b : blocks) {
            if (b.label() == null && !b.value().isEmpty()) {
                summary.add(b.value());
            }
        }
        draft.analysis.summary(String.join("\n\n", summary));
        draft.oneLineSummary = value(blocks, "One-line summary");
        draft.analysis.oneLineSummary(draft.oneLineSummary);
        draft.rootCause = value(blocks, "Root Cause");
        draft.analysis.rootCause(new Analysis.RootCause(draft.rootCause, null, null, null));
        draft.analysis.resolutionSummary(value(blocks, "Resolution"));
        Block impact = ReviewBlocks.block(blocks, "Impact");
        if (impact != null) {
            draft.impact.summary(ReviewPlaceholders.value(impact.value()));
            List<Item> items = impact.items();
            draft.figure(Metric.TOTAL_DURATION, ReviewBlocks.value(items, "Duration"));
            draft.users = ReviewValues.users(ReviewBlocks.value(items, "Affected users"));
            draft.impact.users(draft.users);
            draft.services = ReviewValues.list(ReviewBlocks.value(items, "Services impacted"));
            draft.impact.services(draft.services);
            draft.dataLoss = ReviewValues.yesNo(ReviewBlocks.value(items, "Data loss"));
            draft.impact.dataLoss(draft.dataLoss);
        }
    }

    private static void basic(ReviewSections sections, ReviewDraft draft) {
        List<String> lines = sections.joined(new String[] {"Incident Details"}, new String[] {"Basic Information"});
        for (List<String> row : Tables.rows(lines)) {
            if (row.size() >= 2) {
                draft.basic.putIfAbsent(Section.normal(row.get(0)), ReviewPlaceholders.value(
                        String.join(" | ", row.subList(1, row.size()))));
            }
        }
        if (draft.unnumbered()) {
            draft.id(id(draft.basic.getOrDefault("incident id", "")));
        }
        if (draft.severity() == null) {
            SeverityWords.read(draft.basic.getOrDefault("severity", ""), draft.context.conventions().severityScale())
                    .ifPresent(draft::severity);
        }
        draft.figure(Metric.TOTAL_DURATION, draft.basic.getOrDefault("duration", ""));
        List<String> services = new ArrayList<>(draft.services);
        for (String item : ReviewBlocks.blocks(sections.lines("Services Affected")).get(0).items().stream()
                .map(Item::text).toList()) {
            String text = OTHER.matcher(ReviewLines.unboxed(item)).replaceFirst("");
            if (ReviewLines.ticked(item) && !ReviewPlaceholders.isUnfilled(text) && !services.contains(text)) {
                services.add(text);
            }
        }
        draft.services = services;
        draft.impact.services(services);
    }

    private static void impact(ReviewSections sections, ReviewDraft draft) {
        List<Block> blocks = ReviewBlocks.blocks(sections.lines("Impact Assessment"));
        List<Item> user = items(blocks, "User Impact");
        List<Item> business = items(blocks, "Business Impact");
        List<Item> technical = items(blocks, "Technical Impact");
        Impact.UsersAffected users = draft.users;
        Long count = ReviewValues.count(ReviewBlocks.value(user, "Total users affected")).orElse(users.count());
        Double percent = ReviewValues.percent(ReviewBlocks.value(user, "Percentage of user base"))
                .orElse(users.percent());
        List<List<String>> metrics = Tables.rows(sections.lines("Impact Metrics"));
        if (count == null) {
            count = ReviewValues.count(cell(metrics, "Users Affected")).orElse(null);
        }
        draft.users = new Impact.UsersAffected(count, percent, users.description());
        draft.impact.users(draft.users);
        draft.impact.regions(ReviewValues.list(ReviewBlocks.value(user, "Geographic regions")));
        draft.impact.userFacingErrors(ReviewBlocks.value(user, "User-facing errors"));
        Block b = ReviewBlocks.block(blocks, "Business Impact");
        draft.impact.businessImpact(b == null ? "" : ReviewPlaceholders.value(b.value()));
        draft.impact.revenueImpact(ReviewBlocks.value(business, "Revenue impact"));
        draft.impact.slaBreach(ReviewValues.yesNo(ReviewBlocks.value(business, "SLA breach")));
        draft.impact.reputationImpact(ReviewBlocks.value(business, "Reputation impact"));
        draft.impact.regulatory(ReviewValues.yesNo(ReviewBlocks.value(business, "Regulatory implications")));
        YesNo lost = ReviewValues.yesNo(ReviewBlocks.value(technical, "Data loss"));
        YesNo summaryLost = draft.dataLoss;
        YesNo dataLoss = summaryLost.isAnswered() || !summaryLost.details().isEmpty() ? summaryLost : lost;
        String amount = ReviewPlaceholders.value(cell(metrics, "Data Loss"));
        if (dataLoss.details().isEmpty() && !amount.isEmpty()) {
            dataLoss = new YesNo(dataLoss.answer(), amount);
        }
        draft.dataLoss = dataLoss;
        draft.impact.dataLoss(dataLoss);
        draft.impact.dataCorruption(ReviewValues.yesNo(ReviewBlocks.value(technical, "Data corruption")));
        draft.impact.serviceDegradation(ReviewBlocks.value(technical, "Service degradation"));
        draft.figure(Metric.TIME_TO_MITIGATE, ReviewBlocks.value(technical, "Recovery time"));
        draft.impact.failedRequests(ReviewValues.count(cell(metrics, "Failed Requests")).orElse(null));
        draft.impact.recoveryPoint(ReviewPlaceholders.value(cell(metrics, "Recovery Point")));
        draft.stated(Metric.TOTAL_DURATION, cell(metrics, "Total Downtime"));
    }

    /** The items of a labelled block, or none. */
    private static List<Item> items(List<Block> blocks, String label) {
        Block b = ReviewBlocks.block(blocks, label);
        return b == null ? List.of() : b.items();
    }

    /** The value cell of a two-column table row by its first cell; a value holding pipes is kept whole. */
    static String cell(List<List<String>> rows, String name) {
        for (List<String> row : rows) {
            if (row.size() >= 2 && ReviewKeys.is(ReviewBlocks.normal(name), row.get(0))) {
                return String.join(" | ", row.subList(1, row.size())).strip();
            }
        }
        return "";
    }
}
