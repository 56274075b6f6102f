package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Replace a post-mortem with an edited JSON record.",
                "Typical use: hindsight show ID --json > r.json; edit r.json; hindsight update ID r.json",
                "The record's \"revision\" says which revision the edit was based on; if someone saved since, "
                        + "the update is refused (exit 4) and nothing is saved."})
final class UpdateCommand extends CommandBase implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "The incident id.")
    String id;

    @Parameters(index = "1", paramLabel = "RECORD.json", description = "The edited record.")
    Path file;

    @Option(names = "--revision", paramLabel = "N", description = "The revision the edit is based on "
            + "(default: the record's own \"revision\").")
    Integer revision;

    @Override
    public Integer call() throws IOException {
        HindsightConfig config = config();
        PostMortem edited = Json.read(TextFile.read(file, "RECORD.json"), PostMortem.class);
        int basedOn = revision != null ? revision : edited.revision();
        if (basedOn < 1) {
            throw InvalidInput.of("revision", "the record does not say which revision it was based on; "
                    + "add --revision N (see hindsight history " + id + ")");
        }
        try (Session session = open(config)) {
            PostMortem saved = session.incidents().update(id, basedOn, edited, config.author());
            out().println(saved.revision() == basedOn ? id + " unchanged (revision " + basedOn + ")"
                    : id + " saved as revision " + saved.revision());
        }
        return 0;
    }
}
