package dev.hindsight.template;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five layouts that organisations write post-mortems in, each shipped as a template. Names are what the
 * command line and the API take; {@code seed} is the layout's origin in shared/seeds.
 */
public enum BuiltInTemplate {
    SEV("sev", "SEV document: level, discovery, responders, abstract, timeline with gaps, review, next steps",
            new TimeStyle("yyyy-MM-dd h:mm:ssa z", "h:mm:ssa z", true)),
    POSTMORTEM("postmortem", "Incident post-mortem: summary, timeline in one zone, root cause, impact, "
            + "action items by term, lessons", new TimeStyle("yyyy-MM-dd h:mm a", "h:mm a", false)),
    GOOGLE_DOC("google-doc", "Google-Docs layout (tab-separated): reviewers, impact, blast radius, response "
            + "metrics, participants, P0/P1/P2 action items", new TimeStyle("yyyy-MM-dd h:mm a", "h:mm a", false)),
    FRONT_MATTER("front-matter", "Markdown with a YAML header: summary, detection, escalation, recovery, "
            + "prevention, references", new TimeStyle("yyyy-MM-dd HH:mm z", "HH:mm z", false)),
    REVIEW("review", "Post-incident review: basic information, phases, five whys, action-item tables, metrics "
            + "against targets, approvals", new TimeStyle("yyyy-MM-dd HH:mm z", "HH:mm z", false));

    private final String templateName;
    private final String description;
    private final TimeStyle timeStyle;

    BuiltInTemplate(String templateName, String description, TimeStyle timeStyle) {
        this.templateName = templateName;
        this.description = description;
        this.timeStyle = timeStyle;
    }

    public String templateName() {
        return templateName;
    }

    public String description() {
        return description;
    }

    public TimeStyle timeStyle() {
        return timeStyle;
    }

    /** The Mustache source on the class path. */
    public String resource() {
        return "/templates/" + templateName + ".md.mustache";
    }

    /** A plain-text form of the layout, for layouts that are text rather than Markdown. */
    public String plainTextResource() {
        return "/templates/" + templateName + ".txt.mustache";
    }

    public static Optional<BuiltInTemplate> named(String name) {
        return Arrays.stream(values()).filter(t -> t.templateName.equalsIgnoreCase(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(BuiltInTemplate::templateName).toList();
    }
}
