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
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the importer reads from post-mortems nobody wrote for it: sixteen documents a set, in the shapes of public
 * ones, written by a helper that had not seen the importer, with what a careful reader takes from each in facts.tsv
 * (when it started, was detected and resolved, its severity as written, how many action items, with an owner, with a
 * due date; "-" where the document does not say). Each set was measured before anything was tuned on it
 * (docs/import.md) and is a development set after; each figure is the share of documents the importer agrees on, and
 * may not fall below its set's floor.
 */
class UnseenDocumentsImportTest {

    /** A folder of documents and the least share each figure may have on it. */
    record DocumentSet(String folder, double started, double detected, double resolved, double severity,
                       double actions, double withOwner, double withDue, int timelines) {
        @Override
        public String toString() {
            return folder;
        }
    }

    private record Facts(String file, Instant started, Instant detected, Instant resolved, String severity,
                         int actions, int withOwner, int withDue) {
    }

    private record Read(List<Facts> expected, Map<String, PostMortem> records) {
    }

    private static final Map<String, Read> READ = new ConcurrentHashMap<>();

    static Stream<DocumentSet> sets() {
        return Stream.of(new DocumentSet("unseen-documents-2", 0.45, 0.6, 0.65, 0.9, 0.9, 0.95, 0.9, 16),
                new DocumentSet("unseen-documents-3", 0.5, 0.4, 0.7, 0.85, 0.9, 0.9, 0.9, 15),
                new DocumentSet("unseen-documents-4", 0.85, 0.8, 0.85, 0.85, 0.9, 0.8, 0.8, 16),
                new DocumentSet("unseen-documents-5", 0.5, 0.55, 0.6, 0.8, 0.65, 0.7, 0.65, 11),
                new DocumentSet("unseen-documents-6", 0.4, 0.5, 0.6, 0.8, 0.85, 0.8, 0.85, 14),
                new DocumentSet("unseen-documents-7", 0.68, 0.8, 0.93, 1.0, 0.95, 0.95, 0.95, 16),
                new DocumentSet("unseen-documents-8", 0.85, 0.85, 0.9, 0.9, 1.0, 1.0, 1.0, 16),
                new DocumentSet("unseen-documents-9", 0.62, 0.62, 0.68, 0.87, 0.75, 0.68, 0.75, 12),
                new DocumentSet("unseen-documents-10", 0.37, 0.25, 0.37, 0.56, 0.56, 0.31, 0.31, 13));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theIncidentsTimesAreReadFromMostDocuments(DocumentSet set) {
        assertThat(agreeing(set, "started", Facts::started, r -> r.startedAt().orElse(null)))
                .isGreaterThanOrEqualTo(set.started());
        assertThat(agreeing(set, "detected", Facts::detected, r -> r.detectedAt().orElse(null)))
                .isGreaterThanOrEqualTo(set.detected());
        assertThat(agreeing(set, "resolved", Facts::resolved, r -> r.resolvedAt().orElse(null)))
                .isGreaterThanOrEqualTo(set.resolved());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theSeverityIsReadAsWritten(DocumentSet set) {
        assertThat(agreeing(set, "severity", Facts::severity, r -> Optional.ofNullable(r.severity())
                .map(s -> s.label()).orElse(""))).isGreaterThanOrEqualTo(set.severity());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theActionItemsAreCountedWithTheirOwnersAndDueDates(DocumentSet set) {
        assertThat(agreeing(set, "action items", Facts::actions, r -> r.actionItems().size()))
                .isGreaterThanOrEqualTo(set.actions());
        assertThat(agreeing(set, "action items with an owner", Facts::withOwner,
                r -> count(r.actionItems(), a -> a.owner() != null && !a.owner().isBlank())))
                .isGreaterThanOrEqualTo(set.withOwner());
        assertThat(agreeing(set, "action items with a due date", Facts::withDue,
                r -> count(r.actionItems(), a -> a.dueDate() != null))).isGreaterThanOrEqualTo(set.withDue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void mostDocumentsGiveATimeline(DocumentSet set) {
        Map<String, PostMortem> records = read(set).records();
        List<String> without = records.entrySet().stream().filter(e -> e.getValue().timeline().isEmpty())
                .map(Map.Entry::getKey).toList();
        System.out.printf(Locale.ROOT, "%s: %d of %d documents give a timeline; not %s%n", set.folder(),
                records.size() - without.size(), records.size(), without);
        assertThat(records.size() - without.size()).isGreaterThanOrEqualTo(set.timelines());
    }

    private static Read read(DocumentSet set) {
        return READ.computeIfAbsent(set.folder(), UnseenDocumentsImportTest::readEveryDocument);
    }

    private static Read readEveryDocument(String folderName) {
        try {
            Path folder = folder(folderName);
            List<Facts> expected = new ArrayList<>();
            for (String line : Files.readAllLines(folder.resolve("facts.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                expected.add(new Facts(f[0], instant(f[1]), instant(f[2]), instant(f[3]), stated(f[4]),
                        Integer.parseInt(f[5].strip()), Integer.parseInt(f[6].strip()), Integer.parseInt(f[7].strip())));
            }
            DocumentImporter importer = new DocumentImporter(Conventions.defaults());
            Map<String, PostMortem> records = new LinkedHashMap<>();
            for (Facts facts : expected) {
                records.put(facts.file(), importer.read(Files.readAllBytes(folder.resolve(facts.file())), null)
                        .record());
            }
            return new Read(List.copyOf(expected), records);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The share of documents where the importer reads what the facts say (both empty counts as agreeing). */
    private static <T> double agreeing(DocumentSet set, String what, Function<Facts, T> stated,
                                       Function<PostMortem, T> imported) {
        Read read = read(set);
        List<String> disagreeing = new ArrayList<>();
        for (Facts facts : read.expected()) {
            T want = stated.apply(facts);
            T got = imported.apply(read.records().get(facts.file()));
            if (!Objects.equals(want, got)) {
                disagreeing.add(facts.file() + ": " + got + " (facts: " + want + ")");
            }
        }
        double share = 1.0 - (double) disagreeing.size() / read.expected().size();
        System.out.printf(Locale.ROOT, "%s: %s agree on %.3f of the documents; not on %s%n", set.folder(), what,
                share, disagreeing);
        return share;
    }

    private static int count(List<ActionItem> items, java.util.function.Predicate<ActionItem> which) {
        return (int) items.stream().filter(which).count();
    }

    /** A fact as written, "" where the document does not say ("-" in facts.tsv). */
    private static String stated(String value) {
        return value.strip().equals("-") ? "" : value.strip();
    }

    private static Instant instant(String iso) {
        String value = stated(iso);
        return value.isEmpty() ? null : OffsetDateTime.parse(value).toInstant();
    }

    private static Path folder(String name) {
        try {
            return Path.of(Objects.requireNonNull(UnseenDocumentsImportTest.class.getResource("/imports/" + name))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
