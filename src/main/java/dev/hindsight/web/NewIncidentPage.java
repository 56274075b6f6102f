package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.template.OrganisationTemplates;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import dev.hindsight.timeline.TypedTime;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Starting a post-mortem: a title, the layout the team writes in, and optionally when the alert fired. */
public final class NewIncidentPage {
    private final Incidents incidents;
    private final OrganisationTemplates templates;

    NewIncidentPage(Incidents incidents, OrganisationTemplates templates) {
        this.incidents = incidents;
        this.templates = templates;
    }

    public record Choice(String name, String description, boolean chosen) {
    }

    public record View(Frame frame, String title, String alertAt, String zone, List<Choice> templates,
                       List<FieldProblem> problems) {
    }

    void form(Context ctx) {
        Caller.require(ctx, Role.EDITOR);
        render(ctx, 200, "", "", incidents.conventions().timeZone().getId(), "sev", List.of());
    }

    void create(Context ctx) {
        var user = Caller.require(ctx, Role.EDITOR);
        String title = value(ctx, "title");
        String alertAt = value(ctx, "alertAt");
        String zoneText = value(ctx, "zone");
        String template = value(ctx, "template");
        List<FieldProblem> problems = new ArrayList<>();
        ZoneId zone = incidents.conventions().timeZone();
        try {
            zone = zoneText.isEmpty() ? zone : ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("zone", "'" + zoneText + "' is not a time zone (like Europe/Berlin)"));
        }
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "is required: say in a few words what happened"));
        }
        if (!templates.names().contains(template)) {
            problems.add(new FieldProblem("template", "'" + template + "' is not a template here"));
        }
        Timeline timeline = Timeline.empty();
        if (!alertAt.isEmpty()) {
            try {
                Instant at = TypedTime.parse("alertAt", alertAt, zone);
                timeline = timeline.with(new TimelineEvent(at, zone, "Alert fired", EventKind.DETECTED,
                        user.name(), "web"));
            } catch (InvalidInput e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            render(ctx, 400, title, alertAt, zoneText, template, problems);
            return;
        }
        PostMortem draft = PostMortem.builder().title(title).layout(template).timeZone(zone).author(user.name())
                .timeline(timeline).build();
        try {
            PostMortem created = incidents.as(Caller.principal(ctx)).create(draft, user.name());
            ctx.redirect("/incidents/" + created.id(), HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            render(ctx, 400, title, alertAt, zoneText, template, e.problems());
        }
    }

    private void render(Context ctx, int status, String title, String alertAt, String zone, String chosen,
                        List<FieldProblem> problems) {
        List<Choice> choices = new ArrayList<>();
        for (var t : dev.hindsight.template.BuiltInTemplate.values()) {
            choices.add(new Choice(t.templateName(), t.description(), t.templateName().equals(chosen)));
        }
        for (var t : templates.list()) {
            choices.add(new Choice(t.name(), t.description(), t.name().equals(chosen)));
        }
        Pages.render(ctx, status, "new.jte", new View(Pages.frame(ctx, "New post-mortem"), title, alertAt, zone,
                choices, problems));
    }

    private static String value(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }
}
