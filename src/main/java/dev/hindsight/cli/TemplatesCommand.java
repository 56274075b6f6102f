package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.lint.completeness.OrganisationLayouts;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.template.OrganisationTemplates;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "templates", mixinStandardHelpOptions = true,
        description = {"List the document templates: the five built-in layouts and the organisation's own.",
                "Manage the organisation's own with the subcommands; see docs/templates.md for what a template "
                        + "can use."},
        subcommands = {TemplatesCommand.Add.class, TemplatesCommand.Check.class, TemplatesCommand.Show.class,
                TemplatesCommand.Remove.class})
final class TemplatesCommand extends CommandBase implements Callable<Integer> {

    @Override
    public Integer call() {
        HindsightConfig config = config();
        try (Session session = open(config)) {
            for (BuiltInTemplate t : BuiltInTemplate.values()) {
                out().printf("%-16s %s%n", t.templateName(), t.description());
            }
            for (OrganisationTemplates.Saved t : new OrganisationTemplates(session.database(), session.clock()).list()) {
                out().printf("%-16s %s (organisation's own, saved by %s)%n", t.name(),
                        t.description().isEmpty() ? "" : t.description(), t.savedBy());
            }
        }
        return 0;
    }

    static String read(Path file, String option) {
        return TextFile.read(file, option);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add or replace one of the organisation's templates from a file (Markdown with Mustache "
                    + "tags). It is checked first: an unknown variable or a broken section is refused with its line.",
                    "With --preview ID, prints the template rendered with a stored incident."})
    static final class Add extends CommandBase implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "lower-case letters, digits and '-'")
        String name;

        @Parameters(index = "1", paramLabel = "FILE", description = "the template")
        Path file;

        @Option(names = "--description", paramLabel = "TEXT", description = "A line saying what it is for.")
        String description;

        @Option(names = "--preview", paramLabel = "ID", description = "Render it with this incident after saving.")
        String preview;

        @Override
        public Integer call() throws IOException {
            String source = read(file, "FILE");
            HindsightConfig config = config();
            try (Session session = open(config)) {
                OrganisationTemplates templates = new OrganisationTemplates(session.database(), session.clock(),
                        OrganisationLayouts::recountWhenSectionsChange);
                PostMortem record = preview == null ? null : session.incidents().get(preview);
                templates.save(name, description, source, config.author());
                out().println("Saved template " + name + ".");
                if (record != null) {
                    out().print(new Renderer(templates.templates(), config.conventions())
                            .markdown(record, name, RenderOptions.defaults()));
                }
            }
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check a template file without saving it (exit 2 and the line of the problem if broken).")
    static final class Check extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the template")
        Path file;

        @Override
        public Integer call() throws IOException {
            String name = file.getFileName().toString().replaceAll("\\..*$", "").toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9-]", "-");
            OrganisationTemplates.check(name.isEmpty() ? "template" : name, read(file, "FILE"));
            out().println(file + ": the template is valid.");
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a template's source.")
    static final class Show extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "the template")
        String name;

        @Override
        public Integer call() {
            try (Session session = open(config())) {
                var builtIn = BuiltInTemplate.named(name);
                String source = builtIn.isPresent()
                        ? dev.hindsight.template.Templates.builtIn(builtIn.get()).source()
                        : new OrganisationTemplates(session.database(), session.clock()).find(name)
                                .orElseThrow(() -> new dev.hindsight.kernel.NotFound("template '" + name + "'"))
                                .source();
                out().print(source);
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove one of the organisation's templates.")
    static final class Remove extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "the template")
        String name;

        @Override
        public Integer call() {
            if (BuiltInTemplate.named(name).isPresent()) {
                throw InvalidInput.of("NAME", "'" + name + "' is built in and cannot be removed");
            }
            try (Session session = open(config())) {
                new OrganisationTemplates(session.database(), session.clock(), OrganisationLayouts::recountWhenSectionsChange)
                        .remove(name);
                out().println("Removed template " + name + ".");
            }
            return 0;
        }
    }
}
