package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.importer.blocks.Blocks;
import dev.hindsight.importer.blocks.ExportedJson;
import dev.hindsight.incident.IncidentId;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.lint.DocumentLint;
import dev.hindsight.lint.FindingDismissals;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.Located;
import dev.hindsight.lint.OrganisationLintSettings;
import dev.hindsight.lint.RecordLint;
import dev.hindsight.lint.SarifLog;
import dev.hindsight.lint.completeness.OrganisationLayouts;
import dev.hindsight.template.OrganisationTemplates;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check post-mortems as a careful reviewer would: blame, gaps and contradictions.",
            "Reads Markdown, HTML and .docx files (any layout the importer reads; a folder is searched for them) and "
                    + "stored incidents by id. Findings go to standard output, the summary to standard error.",
            "Stored incidents are checked under the organisation's lint settings, less the findings dismissed on them; "
                    + "files under the built-in settings, or those of --settings FILE. Both under the installation's "
                    + "conventions (severity scale, action policy) from its config, as every command reads them.",
            "Files are judged by the sections of the built-in layout they are written in, or with --template FILE "
                    + "by those of the organisation's own template (stored incidents by the stored templates).",
            "Exit codes: 0 nothing at or above --fail-on, 1 something is, 2 a file or incident could not be read."},
        subcommands = {LintSettingsCommand.class, DismissalCommands.Dismiss.class,
                DismissalCommands.Reinstate.class, DismissalCommands.Dismissals.class, LintRecountCommand.class})
final class LintCommand extends CommandBase implements Callable<Integer> {

    private static final Set<String> DOCUMENTS = Set.of("md", "markdown", "txt", "text", "org", "adoc", "asciidoc",
            "rst", "html", "htm", "docx", "tex", "wiki", "mediawiki", "textile", "eml", "rtf");

    // 0..* so that a subcommand ("lint dismiss ...") is not refused for want of a target; call() asks for one.
    @Parameters(arity = "0..*", paramLabel = "FILE|DIR|INCIDENT-ID", description = "What to check.")
    List<String> targets;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or sarif (SARIF 2.1.0, for code hosts).")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at this level or above: error (default), warning, note or none.")
    String failOn;

    @Option(names = "--settings", paramLabel = "FILE", description = "Lint settings as JSON (rules switched off or "
            + "at another level, words added to or removed from the blame lists; the shape 'hindsight lint settings "
            + "--json' prints), used for files and stored incidents alike in place of the stored settings.")
    Path settingsFile;

    @Option(names = "--template", paramLabel = "FILE", description = "The organisation's own template (Mustache, as "
            + "'hindsight templates add' takes it; named by the file, less its extensions) the files are written in: "
            + "each section it writes a placeholder for must be filled, and not with that placeholder.")
    Path templateFile;

    @Override
    public Integer call() {
        if (targets == null || targets.isEmpty()) {
            throw InvalidInput.of("FILE|DIR|INCIDENT-ID", "name at least one file, folder or incident to check");
        }
        String shape = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "sarif").contains(shape)) {
            throw InvalidInput.of("--format", "must be text, json or sarif, was '" + format + "'");
        }
        int threshold = threshold(failOn);
        HindsightConfig config = config();
        // The installation's conventions (severity scale, targets, action policy) as every other command reads them.
        RecordLint fromFile = settingsFile == null ? null
                : new RecordLint(LintSettingsCommand.read(settingsFile, "--settings"), config.conventions());
        RecordLint builtIn = fromFile == null ? RecordLint.builtIn(config.conventions()) : fromFile;
        OwnTemplate own = templateFile == null ? null : OwnTemplate.read(templateFile);
        RecordLint forFiles = own == null ? builtIn
                : new RecordLint(builtIn.settings(), config.conventions(), own.layouts());
        String layout = own == null ? null : own.name();
        DocumentImporter importer = new DocumentImporter(config.conventions());
        PrintWriter err = spec.commandLine().getErr();
        List<Located> found = new ArrayList<>();
        List<String> incidents = new ArrayList<>();
        int unreadable = 0;
        int documents = 0;
        // Files and the targets that are none, in the order given; the files are checked first, on every core.
        List<Object> given = new ArrayList<>();
        for (String target : targets) {
            Path path = Path.of(target);
            if (Files.exists(path)) {
                given.addAll(files(path));
            } else if (isDocument(path) || !IncidentId.isValid(target)) {
                // A mistyped file name: opening the store would create one where none was wanted.
                given.add("error: " + target + ": no such file or folder");
            } else {
                incidents.add(target);
            }
        }
        List<Path> files = given.stream().filter(Path.class::isInstance).map(Path.class::cast).toList();
        List<Checked> checked = checkAll(files, file -> check(file, forFiles, importer, layout),
                Runtime.getRuntime().availableProcessors());
        int next = 0;
        for (Object item : given) {
            Checked result = item instanceof Path ? checked.get(next++) : new Checked(List.of(), (String) item);
            documents += item instanceof Path ? 1 : 0;
            found.addAll(result.found());
            if (result.error() != null) {
                unreadable++;
                err.println(result.error());
            }
        }
        if (!incidents.isEmpty()) {
            try (Session session = open(config)) {
                OrganisationLintSettings stored = new OrganisationLintSettings(session.database(),
                        session.incidents().conventions(), session.clock());
                // Settings from a file, but the store's incidents judged by the organisation's own templates too.
                RecordLint lint = fromFile == null ? stored.recordLint() : session.database().jdbi().withHandle(h ->
                        new RecordLint(fromFile.settings(), config.conventions(),
                                OrganisationLayouts.of(OrganisationTemplates.sources(h))));
                FindingDismissals dismissals = new FindingDismissals(session.database(), stored, session.clock());
                for (String id : incidents) {
                    documents++;
                    try {
                        PostMortem record = session.incidents().get(id);
                        lint.findings(record, dismissals.of(record.id()))
                                .forEach(f -> found.add(Located.inRecord(f, id)));
                    } catch (NotFound e) {
                        unreadable++;
                        err.println("error: " + id + ": no such file, folder or incident");
                    }
                }
            }
        }
        print(shape, found);
        err.println(summary(found, documents));
        if (unreadable > 0) {
            return Main.BAD_INPUT;
        }
        return found.stream().anyMatch(l -> rank(l.finding().level()) <= threshold) ? 1 : 0;
    }

    private void print(String shape, List<Located> found) {
        switch (shape) {
            case "sarif" -> out().println(SarifLog.of(found, new Version().getVersion()[0]));
            case "json" -> out().println(Json.writePretty(found.stream().map(LintCommand::json).toList()));
            default -> found.forEach(l -> {
                String where = l.hasLine() ? l.file() + ":" + l.line() + ":" + l.column() : l.file();
                out().printf("%s: %s %s [%s]: %s%n", where, l.finding().level().code(), l.finding().rule(),
                        l.finding().field(), l.finding().why());
                if (!l.finding().excerpt().isEmpty()) {
                    out().printf("    \"%s\"%n", l.finding().excerpt().replaceAll("\\s+", " "));
                }
                out().printf("    suggestion: %s%n", l.finding().suggestion());
            });
        }
        out().flush();
    }

    private static Map<String, Object> json(Located l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", l.file());
        if (l.hasLine()) {
            out.put("line", l.line());
            out.put("column", l.column());
        }
        out.put("rule", l.finding().rule());
        out.put("level", l.finding().level().code());
        out.put("field", l.finding().field());
        out.put("excerpt", l.finding().excerpt());
        out.put("why", l.finding().why());
        out.put("suggestion", l.finding().suggestion());
        return out;
    }

    private static String summary(List<Located> found, int documents) {
        long errors = found.stream().filter(l -> l.finding().level() == FindingLevel.ERROR).count();
        long warnings = found.stream().filter(l -> l.finding().level() == FindingLevel.WARNING).count();
        return found.size() + " finding" + (found.size() == 1 ? "" : "s") + " (" + errors + " errors, " + warnings
                + " warnings, " + (found.size() - errors - warnings) + " notes) in " + documents + " document"
                + (documents == 1 ? "" : "s");
    }

    /** A file's findings, or why it could not be read (then no findings). */
    private record Checked(List<Located> found, String error) {
    }

    private static Checked check(Path file, RecordLint lint, DocumentImporter importer, String layout) {
        try {
            return new Checked(DocumentLint.findings(lint, importer.read(ImportCommand.read(file), null),
                    file.toString(), layout), null);
        } catch (IOException | RuntimeException e) {
            return new Checked(List.of(), "error: " + file + ": " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /**
     * Each file checked, in the files' order whatever order they finish in: on one thread for a file or two (a
     * pre-commit hook's), else on up to {@code cores} threads (a CI job over a folder of post-mortems); the importer
     * and the checks are thread-safe.
     */
    static <T, R> List<R> checkAll(List<T> files, Function<T, R> check, int cores) {
        int threads = files.size() < 3 ? 1 : Math.min(cores, files.size());
        if (threads < 2) {
            return files.stream().map(check).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                runnable -> {
                    Thread thread = new Thread(runnable, "hindsight-lint");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<R>> pending = files.stream()
                    .map(file -> pool.submit(() -> check.apply(file))).toList();
            List<R> out = new ArrayList<>(files.size());
            for (Future<R> one : pending) {
                out.add(one.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking files", e);
        } catch (ExecutionException e) {
            // check() turns every failure of a file into its error; anything else is a bug, shown as one, and an
            // Error (a stack overflow, memory) stays what it was, as on the main thread.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** An organisation's template given as a file: its name (the file's, less its extensions) and its sections. */
    private record OwnTemplate(String name, OrganisationLayouts layouts) {

        /** Read and checked as a template saved in the store is, its problems named as --template's. */
        static OwnTemplate read(Path file) {
            String source = TextFile.read(file, "--template");
            String base = file.getFileName().toString();
            // "one-pager.md.mustache", as templates are kept here, is the one-pager.
            String name = (base.indexOf('.') > 0 ? base.substring(0, base.indexOf('.')) : base)
                    .toLowerCase(Locale.ROOT);
            try {
                OrganisationTemplates.check(name, source);
            } catch (InvalidInput e) {
                throw new InvalidInput(e.problems().stream().map(p -> new FieldProblem(
                        "--template", file + ": " + ("name".equals(p.field()) ? "its name " : p.field() + " ")
                        + p.problem())).toList());
            }
            return new OwnTemplate(name, OrganisationLayouts.of(Map.of(name, source)));
        }
    }

    /** The documents a target names: the file itself, or a folder's documents in name order. */
    private static List<Path> files(Path target) {
        if (!Files.isDirectory(target)) {
            return List.of(target);
        }
        try (Stream<Path> walk = Files.walk(target)) {
            return walk.filter(Files::isRegularFile).filter(LintCommand::isDocument).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        return DOCUMENTS.contains(extension) || extension.equals("xml") && isPage(file)
                || (extension.equals("json") || extension.equals("ipynb")) && isIncidentExport(file);
    }

    /**
     * Whether a JSON file or a notebook in a folder is an incident document (an incident tool's export, a notebook
     * that is a write-up), not a tool's settings or a data notebook: its opening looked at only.
     */
    private static boolean isIncidentExport(Path file) {
        try (var in = Files.newInputStream(file)) {
            return ExportedJson.isIncidentExport(in.readNBytes(64 * 1024));
        } catch (IOException e) {
            return false; // unreadable: not offered, as a file of another kind is not
        }
    }

    /**
     * Whether an XML file in a folder is a page (a Confluence page in its storage format, an XHTML export), not a
     * build's or a tool's XML: its opening looked at only.
     */
    private static boolean isPage(Path file) {
        try (var in = Files.newInputStream(file)) {
            return Blocks.isHtml(in.readNBytes(64 * 1024));
        } catch (IOException e) {
            return false; // unreadable: not offered, as a file of another kind is not
        }
    }

    private static int threshold(String level) {
        return switch (level.toLowerCase(Locale.ROOT)) {
            case "error" -> 0;
            case "warning" -> 1;
            case "note" -> 2;
            case "none" -> -1;
            default -> throw InvalidInput.of("--fail-on", "must be error, warning, note or none, was '" + level + "'");
        };
    }

    private static int rank(FindingLevel level) {
        return level.ordinal();
    }
}
