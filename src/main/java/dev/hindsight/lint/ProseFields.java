package dev.hindsight.lint;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.StatusChange;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.Detection;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RelatedIncident;
import dev.hindsight.incident.YesNo;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.review.FinalWaiver;
import dev.hindsight.review.FollowUpReview;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.Reviewer;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Every text of a record the blame check reads, with its path in the record's JSON ("timeline[3].text",
 * "analysis.rootCause.summary"), in the order the JSON holds them: read off the record rather than off the JSON tree
 * the mapper makes of it (serialising it, then building the tree), which was a tenth of checking a record. The texts
 * left out are those the walk over the JSON skipped: names, codes, links and times ({@link #NOT_PROSE}, and fields
 * that are a date, an instant, a zone or a code, never three words), and texts of fewer than three words.
 * {@code ProseFieldsTest} holds this walk to the JSON's on a record with every field filled, built from the
 * record's schema, so a field added to the record and not read here fails it. Not thread-safe: one per record.
 */
final class ProseFields {

    /** Fields that hold names, codes, links and times, not the review's prose (an array's items go by its name). */
    static final java.util.Set<String> NOT_PROSE = java.util.Set.of("id", "key", "url", "link", "ticket", "owner",
            "name", "handle", "role", "status", "priority", "priorityLabel", "dueDate", "at", "zone", "timeZone",
            "kind", "author", "source", "team", "level", "label", "method", "principal", "users", "groups",
            "revision", "dateWritten", "lastUpdated", "template", "joinedAt", "discipline", "measure");
    /** Shorter text is a label or a name, not a sentence that can blame. */
    private static final int FEWEST_WORDS = 3;

    /** The path so far: grown on the way down, cut back on the way up, made a string only for a field read. */
    private final StringBuilder path = new StringBuilder();
    private final BiConsumer<String, String> reader;

    private ProseFields(BiConsumer<String, String> reader) {
        this.reader = reader;
    }

    /** Gives the reader each prose field's path and text, in the order of the record's JSON. */
    static void read(PostMortem r, BiConsumer<String, String> reader) {
        new ProseFields(reader).record(r);
    }

    private void record(PostMortem r) {
        text("title", r.title());
        int at = open("access");
        texts("people", r.access().people());
        close(at);
        text("layout", r.layout());
        text("severityAssessment", r.severityAssessment());
        detection(r.detection());
        impact(r.impact());
        timeline(r.timeline());
        for (int i = 0; i < r.reportedTimes().size(); i++) {
            ReportedTime t = r.reportedTimes().get(i);
            at = item("reportedTimes", i);
            text("asWritten", t.asWritten());
            close(at);
        }
        analysis(r.analysis());
        actionItems(r.actionItems());
        for (int i = 0; i < r.reviewers().size(); i++) {
            Reviewer v = r.reviewers().get(i);
            at = item("reviewers", i);
            text("account", v.account());
            text("comment", v.comment());
            close(at);
        }
        meeting(r.reviewMeeting());
        communication(r.communication());
        checklist("knowledgeSharing", r.knowledgeSharing());
        checklist("supportingDocuments", r.supportingDocuments());
        for (int i = 0; i < r.relatedIncidents().size(); i++) {
            RelatedIncident related = r.relatedIncidents().get(i);
            at = item("relatedIncidents", i);
            text("relation", related.relation());
            close(at);
        }
        for (int i = 0; i < r.extraSections().size(); i++) {
            ExtraSection s = r.extraSections().get(i);
            at = item("extraSections", i);
            text("heading", s.heading());
            text("body", s.body());
            close(at);
        }
        for (int i = 0; i < r.followUpReviews().size(); i++) {
            FollowUpReview f = r.followUpReviews().get(i);
            at = item("followUpReviews", i);
            text("focus", f.focus());
            close(at);
        }
        FinalWaiver waiver = r.finalWaiver();
        if (waiver != null) {
            at = open("finalWaiver");
            text("reason", waiver.reason());
            text("by", waiver.by());
            close(at);
        }
        texts("teamsInvolved", r.teamsInvolved()); // derived, but written in the JSON like any field
    }

    private void detection(Detection d) {
        int at = open("detection");
        text("story", d.story());
        text("firstResponder", d.firstResponder());
        text("earlierSignals", d.earlierSignals());
        texts("gaps", d.gaps());
        close(at);
    }

    private void impact(Impact m) {
        int at = open("impact");
        text("summary", m.summary());
        texts("services", m.services());
        texts("appsAndApis", m.appsAndApis());
        if (m.users() != null) {
            int users = open("users");
            text("description", m.users().description());
            close(users);
        }
        texts("regions", m.regions());
        text("userFacingErrors", m.userFacingErrors());
        text("serviceDegradation", m.serviceDegradation());
        text("businessImpact", m.businessImpact());
        text("revenueImpact", m.revenueImpact());
        details("slaBreach", m.slaBreach());
        text("reputationImpact", m.reputationImpact());
        details("regulatory", m.regulatory());
        details("dataLoss", m.dataLoss());
        details("dataCorruption", m.dataCorruption());
        text("recoveryPoint", m.recoveryPoint());
        close(at);
    }

    private void timeline(Timeline timeline) {
        List<Timeline.Entry> entries = timeline.entries();
        for (int i = 0; i < entries.size(); i++) {
            TimelineEvent e = entries.get(i).event();
            int at = item("timeline", i);
            text("text", e.text());
            text("result", e.result());
            texts("details", e.details());
            text("gap", entries.get(i).gapPhrase());
            close(at);
        }
    }

    private void analysis(Analysis a) {
        int at = open("analysis");
        text("summary", a.summary());
        text("oneLineSummary", a.oneLineSummary());
        text("narrative", a.narrative());
        int cause = open("rootCause");
        text("summary", a.rootCause().summary());
        text("whatHappened", a.rootCause().whatHappened());
        text("whyItHappened", a.rootCause().whyItHappened());
        text("whyNotCaughtEarlier", a.rootCause().whyNotCaughtEarlier());
        close(cause);
        findings("contributingFactors", a.contributingFactors());
        for (int i = 0; i < a.fiveWhys().size(); i++) {
            int why = item("fiveWhys", i);
            text("question", a.fiveWhys().get(i).question());
            text("answer", a.fiveWhys().get(i).answer());
            close(why);
        }
        text("resolutionSummary", a.resolutionSummary());
        text("resolution", a.resolution());
        texts("mitigationSteps", a.mitigationSteps());
        text("recoveryMetrics", a.recoveryMetrics());
        findings("wentWell", a.wentWell());
        findings("wentWrong", a.wentWrong());
        findings("gotLucky", a.gotLucky());
        texts("effectiveProcedures", a.effectiveProcedures());
        texts("procedureGaps", a.procedureGaps());
        for (int i = 0; i < a.lessons().size(); i++) {
            Analysis.Lesson lesson = a.lessons().get(i);
            int l = item("lessons", i);
            text("title", lesson.title());
            text("learned", lesson.learned());
            text("apply", lesson.apply());
            close(l);
        }
        text("prevention", a.prevention());
        for (int i = 0; i < a.preventionMeasures().size(); i++) {
            int m = item("preventionMeasures", i);
            text("text", a.preventionMeasures().get(i).text());
            close(m);
        }
        text("escalation", a.escalation());
        texts("escalationGaps", a.escalationGaps());
        texts("automationOpportunities", a.automationOpportunities());
        text("supportingMetrics", a.supportingMetrics());
        close(at);
    }

    private void findings(String name, List<Analysis.Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            Analysis.Finding f = findings.get(i);
            int at = item(name, i);
            text("title", f.title());
            text("description", f.description());
            text("impact", f.impact());
            text("severity", f.severity());
            close(at);
        }
    }

    private void actionItems(List<ActionItem> items) {
        for (int i = 0; i < items.size(); i++) {
            ActionItem item = items.get(i);
            int at = item("actionItems", i);
            text("title", item.title());
            text("description", item.description());
            for (int k = 0; k < item.history().size(); k++) {
                StatusChange change = item.history().get(k);
                int h = item("history", k);
                text("by", change.by());
                close(h);
            }
            close(at);
        }
    }

    private void meeting(ReviewMeeting meeting) {
        int at = open("reviewMeeting");
        texts("discussionPoints", meeting.discussionPoints());
        texts("cadence", meeting.cadence());
        close(at);
    }

    private void communication(Communication c) {
        int at = open("communication");
        for (int i = 0; i < c.log().size(); i++) {
            Communication.Message m = c.log().get(i);
            int message = item("log", i);
            text("channel", m.channel());
            text("message", m.message());
            close(message);
        }
        texts("channels", c.channels());
        text("assessment", c.assessment());
        text("whatWorked", c.whatWorked());
        text("whatDidNot", c.whatDidNot());
        texts("improvements", c.improvements());
        details("customerEmails", c.customerEmails());
        details("socialMedia", c.socialMedia());
        for (int i = 0; i < c.stakeholders().size(); i++) {
            Communication.Briefing b = c.stakeholders().get(i);
            int briefing = item("stakeholders", i);
            text("audience", b.audience());
            text("when", b.when());
            close(briefing);
        }
        close(at);
    }

    private void details(String name, YesNo answer) {
        if (answer != null) {
            int at = open(name);
            text("details", answer.details());
            close(at);
        }
    }

    private void checklist(String name, List<ChecklistItem> items) {
        for (int i = 0; i < items.size(); i++) {
            int at = item(name, i);
            text("text", items.get(i).text());
            close(at);
        }
    }

    /** A field holding text: read when it is prose of three words or more. */
    private void text(String name, String text) {
        if (text != null && words(text) >= FEWEST_WORDS && !NOT_PROSE.contains(name)) {
            int at = open(name);
            reader.accept(path.toString(), text);
            close(at);
        }
    }

    /** A list of texts, each item read as a field of the list's name ("impact.services[2]"). */
    private void texts(String name, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text != null && words(text) >= FEWEST_WORDS && !NOT_PROSE.contains(name)) {
                int at = item(name, i);
                reader.accept(path.toString(), text);
                close(at);
            }
        }
    }

    private int open(String name) {
        int at = path.length();
        if (at > 0) {
            path.append('.');
        }
        path.append(name);
        return at;
    }

    private int item(String name, int index) {
        int at = open(name);
        path.append('[').append(index).append(']');
        return at;
    }

    private void close(int at) {
        path.setLength(at);
    }

    /**
     * How many words the text holds, up to {@link #FEWEST_WORDS}: its parts between runs of ASCII white space once
     * stripped (as {@code text.strip().split("\\s+")} counts them), without a regular expression, and without the
     * copy {@code strip} makes of a long text that ends in a line break.
     */
    static int words(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int count = 1;
        for (int i = from + 1; i < to && count < FEWEST_WORDS; i++) {
            if (asciiSpace(text.charAt(i)) && !asciiSpace(text.charAt(i - 1))) {
                count++;
            }
        }
        return count;
    }

    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
