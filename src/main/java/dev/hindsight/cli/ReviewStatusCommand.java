package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.review.FollowUpReview;
import dev.hindsight.review.Reviewer;
import dev.hindsight.review.workflow.Reviews;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Where the review stands: each "
        + "reviewer's verdict with its date and revision (and whether it was given to an older revision), what "
        + "making it final still needs, the follow-up reviews and the knowledge-sharing checklist.")
final class ReviewStatusCommand extends CommandBase implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "The incident id.")
    String id;

    @Option(names = "--json", description = "Print it as JSON.")
    boolean json;

    @Override
    public Integer call() {
        HindsightConfig config = config();
        try (Session session = open(config)) {
            PostMortem record = session.incidents().get(id);
            List<FieldProblem> needs = new Reviews(session.incidents(), session.clock()).finalBlockers(record);
            out().print(json ? Json.writePretty(asJson(record, needs)) + "\n" : text(record, needs));
        }
        return 0;
    }

    private static Map<String, Object> asJson(PostMortem r, List<FieldProblem> needs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", r.id());
        body.put("revision", r.revision());
        body.put("status", r.status().code());
        body.put("reviewers", r.reviewers().stream().map(v -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", v.name());
            one.put("account", v.answeringAccount());
            one.put("role", v.role());
            one.put("verdict", v.state().code());
            one.put("date", v.date() == null ? null : v.date().toString());
            one.put("revision", v.revision());
            one.put("outdated", v.outdated());
            one.put("comment", v.comment());
            return one;
        }).toList());
        body.put("readyForFinal", needs.isEmpty() && r.status() != dev.hindsight.incident.Status.FINAL);
        body.put("finalNeeds", needs.stream().map(p -> Map.of("field", p.field(), "problem", p.problem())).toList());
        body.put("finalWaiver", r.finalWaiver());
        body.put("followUpReviews", r.followUpReviews());
        body.put("knowledgeSharing", r.knowledgeSharing());
        return body;
    }

    private static String text(PostMortem r, List<FieldProblem> needs) {
        StringBuilder out = new StringBuilder();
        out.append(r.id()).append(": ").append(r.title()).append('\n');
        out.append("Status: ").append(r.status().label()).append(" (revision ").append(r.revision()).append(")\n");
        out.append("Reviewers:\n");
        if (r.reviewers().isEmpty()) {
            out.append("  none named\n");
        }
        for (Reviewer v : r.reviewers()) {
            out.append("  ").append(v.name()).append(" (").append(v.answeringAccount()).append(")");
            if (!v.role().isEmpty()) {
                out.append(", ").append(v.role());
            }
            out.append(": ").append(v.state().code().replace('_', ' '));
            if (v.date() != null) {
                out.append(" on ").append(v.date());
            }
            if (v.revision() > 0) {
                out.append(" at revision ").append(v.revision());
            }
            if (v.outdated()) {
                out.append(", given to an older revision");
            }
            if (!v.comment().isBlank()) {
                out.append(" - \"").append(v.comment().strip()).append('"');
            }
            out.append('\n');
        }
        if (r.status() == dev.hindsight.incident.Status.FINAL) {
            out.append("Final.");
            if (r.finalWaiver() != null) {
                out.append(" Made final with top-priority items open by ").append(r.finalWaiver().by())
                        .append(": ").append(r.finalWaiver().reason());
            }
            out.append('\n');
        } else if (needs.isEmpty()) {
            out.append("Ready to be made final.\n");
        } else {
            out.append("Before it can be final:\n");
            needs.forEach(p -> out.append("  ").append(p.problem()).append('\n'));
        }
        if (!r.followUpReviews().isEmpty()) {
            out.append("Follow-up reviews:\n");
            for (FollowUpReview f : r.followUpReviews()) {
                out.append("  ").append(f.date()).append(' ').append(f.focus()).append(f.done() ? " (held)" : "")
                        .append('\n');
            }
        }
        if (!r.knowledgeSharing().isEmpty()) {
            out.append("Knowledge sharing:\n");
            for (ChecklistItem c : r.knowledgeSharing()) {
                out.append("  [").append(c.done() ? 'x' : ' ').append("] ").append(c.text()).append('\n');
            }
        }
        return out.toString();
    }
}
