package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the importer reads from post-mortems nobody wrote for it: imports/unseen-documents-2, sixteen documents in the
 * shapes of public ones, written by a helper that had not seen the importer tuned on them, with what a careful reader
 * takes from each in facts.tsv (when it started, was detected and resolved, its severity as written, how many action
 * items, with an owner, with a due date). Measured before anything was tuned on them (docs/import.md), then tuned on
 * them in the same session, so they are development documents now; each figure is the share of documents the
 * importer agrees on, and may not fall below what it is now.
 */
class UnseenDocumentsImportTest {

    private record Facts(String file, Instant started, Instant detected, Instant resolved, String severity,
                         int actions, int withOwner, int withDue) {
    }

    private static final List<Facts> expected = new ArrayList<>();
    private static final Map<String, PostMortem> read = new LinkedHashMap<>();

    @BeforeAll
    static void readEveryDocument() throws IOException {
        Path folder = folder();
        for (String line : Files.readAllLines(folder.resolve("facts.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            expected.add(new Facts(f[0], instant(f[1]), instant(f[2]), instant(f[3]), f[4].strip(),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7])));
        }
        DocumentImporter importer = new DocumentImporter(Conventions.defaults());
        for (Facts facts : expected) {
            read.put(facts.file(), importer.read(Files.readAllBytes(folder.resolve(facts.file())), null).record());
        }
    }

    @Test
    void theIncidentsTimesAreReadFromMostDocuments() {
        assertThat(agreeing("started", Facts::started, r -> r.startedAt().orElse(null))).isGreaterThanOrEqualTo(0.3);
        assertThat(agreeing("detected", Facts::detected, r -> r.detectedAt().orElse(null)))
                .isGreaterThanOrEqualTo(0.3);
        assertThat(agreeing("resolved", Facts::resolved, r -> r.resolvedAt().orElse(null)))
                .isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void theSeverityIsReadAsWritten() {
        assertThat(agreeing("severity", Facts::severity, r -> Optional.ofNullable(r.severity())
                .map(s -> s.label()).orElse(""))).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theActionItemsAreCountedWithTheirOwnersAndDueDates() {
        assertThat(agreeing("action items", Facts::actions, r -> r.actionItems().size()))
                .isGreaterThanOrEqualTo(0.9);
        assertThat(agreeing("action items with an owner", Facts::withOwner,
                r -> count(r.actionItems(), a -> a.owner() != null && !a.owner().isBlank())))
                .isGreaterThanOrEqualTo(0.95);
        assertThat(agreeing("action items with a due date", Facts::withDue,
                r -> count(r.actionItems(), a -> a.dueDate() != null))).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void mostDocumentsGiveATimeline() {
        long withTimeline = read.values().stream().filter(r -> !r.timeline().isEmpty()).count();
        System.out.printf(Locale.ROOT, "unseen-documents-2: %d of %d documents give a timeline%n", withTimeline,
                read.size());
        assertThat(withTimeline).isGreaterThanOrEqualTo(14);
    }

    /** The share of documents where the importer reads what the facts say (both empty counts as agreeing). */
    private static <T> double agreeing(String what, Function<Facts, T> stated, Function<PostMortem, T> imported) {
        List<String> disagreeing = new ArrayList<>();
        for (Facts facts : expected) {
            T want = stated.apply(facts);
            T got = imported.apply(read.get(facts.file()));
            if (!Objects.equals(want, got)) {
                disagreeing.add(facts.file() + ": " + got + " (facts: " + want + ")");
            }
        }
        double share = 1.0 - (double) disagreeing.size() / expected.size();
        System.out.printf(Locale.ROOT, "unseen-documents-2: %s agree on %.3f of the documents; not on %s%n", what,
                share, disagreeing);
        return share;
    }

    private static int count(List<ActionItem> items, java.util.function.Predicate<ActionItem> which) {
        return (int) items.stream().filter(which).count();
    }

    private static Instant instant(String iso) {
        return iso.isBlank() ? null : OffsetDateTime.parse(iso.strip()).toInstant();
    }

    private static Path folder() {
        try {
            return Path.of(Objects.requireNonNull(UnseenDocumentsImportTest.class
                    .getResource("/imports/unseen-documents-2")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
