package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.importer.Imported;
import dev.hindsight.importer.Imports;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.StaleRevision;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.template.BuiltInTemplate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import filled-in post-mortems written in any of the five layouts (detected per file).",
                "Importing a document again updates the record it made; nothing is duplicated. A file that cannot "
                        + "be read is reported and skipped; the others still import.",
                "Exit 0 when every file imported, 2 when any failed."})
final class ImportCommand extends CommandBase implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents (Markdown or text).")
    List<Path> files;

    @Option(names = {"-t", "--template"}, paramLabel = "NAME", description = "Read every file as this layout "
            + "instead of detecting it.")
    String template;

    @Option(names = "--json", description = "Print the records as canonical JSON instead of storing them.")
    boolean json;

    @Override
    public Integer call() {
        BuiltInTemplate layout = template == null ? null : BuiltInTemplate.named(template).orElseThrow(() ->
                InvalidInput.of("--template", "'" + template + "' is not a layout Hindsight can import ("
                        + String.join(", ", BuiltInTemplate.names()) + ")"));
        HindsightConfig config = config();
        DocumentImporter importer = new DocumentImporter(config.conventions());
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, files.size());
        List<String> failures = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        if (json) {
            List<Object> records = new ArrayList<>();
            for (Path file : files) {
                progress.step(file);
                try {
                    Imported imported = importer.read(read(file), layout);
                    records.add(imported.record());
                    imported.notes().forEach(n -> err.println("  " + file + ": " + n));
                } catch (InvalidInput | IOException e) {
                    failures.add(file + ": " + reason(e));
                }
            }
            progress.done();
            out().println(Json.writePretty(records.size() == 1 && files.size() == 1 ? records.get(0) : records));
        } else {
            try (Session session = open(config)) {
                Imports imports = new Imports(importer, session.incidents().as(Principal.operator()));
                for (Path file : files) {
                    progress.step(file);
                    try {
                        Imports.Outcome outcome = imports.store(read(file), layout, config.author());
                        switch (outcome.change()) {
                            case CREATED -> created++;
                            case UPDATED -> updated++;
                            case UNCHANGED -> unchanged++;
                        }
                        progress.clear();
                        out().printf("%s: %s %s (%s)%n", file, outcome.change().name().toLowerCase(), outcome.id(),
                                outcome.layout().templateName());
                        outcome.notes().forEach(n -> out().println("  note: " + n));
                    } catch (InvalidInput | IOException | StaleRevision e) {
                        failures.add(file + ": " + reason(e));
                    }
                }
            }
            progress.done();
        }
        int imported = json ? files.size() - failures.size() : created + updated + unchanged;
        out().printf("%d of %d imported", imported, files.size());
        if (!json) {
            out().printf(" (%d created, %d updated, %d unchanged)", created, updated, unchanged);
        }
        out().printf(", %d failed%n", failures.size());
        failures.forEach(f -> out().println("  failed: " + f));
        return failures.isEmpty() ? 0 : Main.BAD_INPUT;
    }

    private static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.io.FileNotFoundException("no such file");
        }
        try {
            return Files.readString(file);
        } catch (MalformedInputException e) {
            throw new IOException("not UTF-8 text");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof InvalidInput invalid) {
            return String.join("; ", invalid.problems().stream().map(Object::toString).toList());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
