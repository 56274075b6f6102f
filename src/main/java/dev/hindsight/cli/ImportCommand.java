package dev.hindsight.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.importer.Imported;
import dev.hindsight.importer.Imports;
import dev.hindsight.importer.blocks.Blocks;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.StaleRevision;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.store.StoreFull;
import dev.hindsight.store.StoreUnavailable;
import dev.hindsight.template.BuiltInTemplate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import filled-in post-mortems: Markdown, HTML (a Google Docs or Confluence export) or .docx, "
                + "in any layout.",
                "Importing a document again updates the record it made; nothing is duplicated. A file that cannot "
                        + "be read is reported on stderr and skipped; the others still import.",
                "Exit 0 when every file imported, 2 when any failed."})
final class ImportCommand extends CommandBase implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents: Markdown or text, HTML, .docx "
            + "(told apart by their content).")
    List<Path> files;

    @Option(names = {"-t", "--template"}, paramLabel = "NAME", description = "Read every file as this seed layout "
            + "instead of detecting it.")
    String template;

    @Option(names = "--json", description = "Print each record as canonical JSON on stdout instead of storing it: "
            + "one record for one file, JSON Lines (one record per line, in input order) for several. The summary "
            + "and notes go to stderr.")
    boolean json;

    @Option(names = "--explain", description = "Show what was read from which lines: each field with its source "
            + "lines, the guesses made, the sections kept as extra, and where every line went. With --json, as a "
            + "\"report\" member of each record.")
    boolean explain;

    @Option(names = "--dry-run", description = "Read and report, but store nothing.")
    boolean dryRun;

    private int created;
    private int updated;
    private int unchanged;

    @Override
    public Integer call() {
        BuiltInTemplate layout = template == null ? null : BuiltInTemplate.named(template).orElseThrow(() ->
                InvalidInput.of("--template", "'" + template + "' is not a layout Hindsight can import ("
                        + String.join(", ", BuiltInTemplate.names()) + ")"));
        HindsightConfig config = config();
        DocumentImporter importer = new DocumentImporter(config.conventions());
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, files.size());
        int failed = 0;
        boolean storing = !json && !dryRun;
        try (Session session = storing ? open(config) : null) {
            Imports imports = storing ? new Imports(importer, session.incidents().as(Principal.operator())) : null;
            for (Path file : files) {
                progress.step(file);
                try {
                    Imported imported = importer.read(read(file), layout);
                    progress.clear();
                    if (json) {
                        printJson(imported);
                        imported.notes().forEach(n -> err.println(file + ": note: " + ImportExplanation.plain(n)));
                    } else {
                        report(file, imported, storing ? imports.store(imported, config.author()) : null);
                    }
                } catch (StoreUnavailable | StoreFull e) {
                    throw e; // the machine's fault, not the document's: stop, with the exit code that says so
                } catch (IOException | RuntimeException e) {
                    failed++;
                    progress.clear();
                    reasons(e).forEach(r -> err.println("error: " + file + ": " + r));
                }
            }
        }
        progress.done();
        int done = files.size() - failed;
        String summary = done + " of " + files.size() + (storing ? " imported (" + created + " created, " + updated
                + " updated, " + unchanged + " unchanged)" : " read (nothing stored)") + ", " + failed + " failed";
        (json ? err : out()).println(summary);
        return failed == 0 ? 0 : Main.BAD_INPUT;
    }

    /** One compact line per record for several files (JSON Lines); the record pretty-printed for one. */
    private void printJson(Imported imported) {
        ObjectNode record = Json.mapper().valueToTree(imported.record());
        if (explain) {
            record.set("report", Json.mapper().valueToTree(imported.report()));
        }
        out().println(files.size() == 1 ? Json.writePretty(record) : Json.write(record));
        out().flush();
    }

    private void report(Path file, Imported imported, Imports.Outcome outcome) {
        String layout = imported.layout() == null ? "no seed layout" : imported.layout().templateName();
        List<String> notes = imported.notes();
        if (outcome == null) {
            out().printf("%s: read (%s), not stored%n", file, layout);
        } else {
            switch (outcome.change()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            notes = outcome.notes();
            out().printf("%s: %s %s (%s)%n", file, outcome.change().name().toLowerCase(Locale.ROOT), outcome.id(),
                    layout);
        }
        // With --explain the report's own notes are listed there; only the store's are said here.
        notes.stream().filter(n -> !explain || !imported.report().notes().contains(n))
                .forEach(n -> out().println("  note: " + ImportExplanation.plain(n)));
        if (explain) {
            ImportExplanation.write(out(), imported.report());
        }
    }

    /**
     * The file's bytes. Markdown and text must be UTF-8, as before: a wrong encoding would otherwise come through
     * as replacement characters in every field. HTML and .docx say their own encoding.
     */
    static byte[] read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.io.FileNotFoundException("no such file");
        }
        byte[] content = Files.readAllBytes(file);
        if (!Blocks.isDocx(content) && !Blocks.isHtml(content)) {
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content));
            } catch (CharacterCodingException e) {
                throw new IOException("not UTF-8 text (nor HTML or .docx)");
            }
        }
        return content;
    }

    /** What went wrong, one line per problem; refused input names the field ("title: the document has no title"). */
    private static List<String> reasons(Exception e) {
        if (e instanceof InvalidInput invalid) {
            return invalid.problems().stream().map(FieldProblem::toString).toList();
        }
        if (e instanceof IOException || e instanceof StaleRevision) {
            return List.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        // A fault in reading this one document: said, and the batch goes on.
        return List.of("could not be read (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }

    /** A one-line progress bar on a terminal; silent when output goes to a file or another program. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean shown;
        private int done;

        Progress(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
            this.shown = System.console() != null && total > 1;
        }

        void step(Path file) {
            done++;
            if (shown) {
                int width = 30;
                int filled = done * width / total;
                err.printf("\r[%s%s] %d/%d %-40.40s", "#".repeat(filled), " ".repeat(width - filled), done, total,
                        file.getFileName());
                err.flush();
            }
        }

        void clear() {
            if (shown) {
                err.print("\r" + " ".repeat(90) + "\r");
                err.flush();
            }
        }

        void done() {
            clear();
        }
    }
}
