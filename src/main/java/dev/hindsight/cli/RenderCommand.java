package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.template.OrganisationTemplates;
import dev.hindsight.template.OutputFormat;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render a post-mortem as a document in one of the templates (see: hindsight templates).",
                "Examples:  hindsight render INC-2026-0042 --template review --format pdf -o review.pdf",
                "           hindsight render --file record.json --template sev"})
final class RenderCommand extends CommandBase implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A stored incident.")
    String id;

    @Option(names = "--file", paramLabel = "RECORD.json", description = "Render a record that is not stored.")
    Path file;

    @Option(names = {"-t", "--template"}, paramLabel = "NAME",
            description = "Template name (default: the record's layout, else sev).")
    String template;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "md, html, pdf or txt (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--guidance", description = "Keep the template's guidance for writers.")
    boolean guidance;

    @Option(names = "--no-placeholders", description = "Leave unknown values empty instead of the template's "
            + "placeholders.")
    boolean noPlaceholders;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Show times in this zone (default: the record's).")
    String zone;

    @Option(names = "--clock", paramLabel = "12|24", description = "12- or 24-hour times (default: the template's).")
    Integer clock;

    @Override
    public Integer call() throws IOException {
        OutputFormat chosen = formatOf(format);
        if (chosen == OutputFormat.PDF && output == null && System.console() != null) {
            throw InvalidInput.of("--output", "a PDF is not for the terminal: add -o FILE.pdf");
        }
        RenderOptions options = options();
        HindsightConfig config = config();
        try (Session session = open(config)) {
            PostMortem record = record(session);
            OrganisationTemplates templates = new OrganisationTemplates(session.database(), session.clock());
            Renderer renderer = new Renderer(templates.templates(), config.conventions());
            String template = this.template != null ? this.template : templates.defaultFor(record);
            byte[] bytes = renderer.render(record, template, chosen, options);
            if (output != null) {
                Files.write(output, bytes);
                out().println("Wrote " + output + " (" + template + ", " + chosen.code() + ", " + bytes.length
                        + " bytes)");
            } else {
                out().flush();
                System.out.write(bytes);
                System.out.flush();
            }
        }
        return 0;
    }

    private PostMortem record(Session session) throws IOException {
        if ((id == null) == (file == null)) {
            throw InvalidInput.of("ID", "give either an incident id or --file RECORD.json");
        }
        if (file != null) {
            return Json.read(TextFile.read(file, "--file"), PostMortem.class);
        }
        return session.incidents().get(id);
    }

    private RenderOptions options() {
        RenderOptions options = RenderOptions.defaults().withGuidance(guidance).withPlaceholders(!noPlaceholders);
        if (zone != null) {
            try {
                options = options.withZone(ZoneId.of(zone));
            } catch (java.time.DateTimeException e) {
                throw InvalidInput.of("--zone", "'" + zone + "' is not a time zone (e.g. America/Los_Angeles, UTC)");
            }
        }
        if (clock != null) {
            if (clock != 12 && clock != 24) {
                throw InvalidInput.of("--clock", "must be 12 or 24, was " + clock);
            }
            options = options.withTwelveHour(clock == 12);
        }
        return options;
    }

    static OutputFormat formatOf(String text) {
        try {
            return Coded.parse(OutputFormat.class, text);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("--format", e.getMessage());
        }
    }
}
