package dev.hindsight.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.importer.words.NameParticles;
import dev.hindsight.json.Json;
import dev.hindsight.template.BuiltInTemplate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The rules' word lists and tables, kept as resource files under {@code lint/} so they can be read and extended
 * without touching code, and the built-in templates the completeness rules read their placeholders from. Every
 * resource a rule reads comes through here and is in {@link #digest}, but for the {@link #SHARED} word files the
 * importer reads too, which are in the digest all the same. A missing file is a broken build, not a finding less.
 * Stateless.
 */
public final class RuleData {

    /**
     * Every file under {@code lint/} a rule reads. The kept counts are counted under their {@link #digest}, so a
     * release that changes one recounts them; a file missing here is a change that would not (RuleDataTest).
     */
    public static final List<String> FILES = List.of("action-verbs.txt", "blame-model.bin", "blame-words.json",
            "first-names.txt", "impact-words.json", "not-prose-fields.txt", "rewrites.json",
            "severity-for-impact.json", "target-remedies.json", "template-needs.json");

    /**
     * Files under {@code lint/} made from another one that is in {@link #FILES}, by the file they are made from: a
     * test holds each to exactly what its source makes, so the source's place in the digest stands for both, and a
     * release that only lays a file out anew recounts nothing. The learned stage reads its weights laid out
     * ({@code BlameWeightsFile}); the model they come from stays the trained artefact.
     */
    public static final Map<String, String> DERIVED = Map.of("blame-weights.bin", "blame-model.bin");

    /**
     * Word files outside {@code lint/} a rule reads, by their path on the class path: the particles of names, which
     * the blame check shares with the importer ({@link NameParticles}), so both judge a name alike.
     */
    public static final List<String> SHARED = List.of("/importer/" + NameParticles.RESOURCE);

    /**
     * The built-in templates' Markdown sources: what each writes where a value is missing is a placeholder the
     * completeness rules look for, so a release that rewords one changes findings as surely as a word list.
     */
    public static final List<String> TEMPLATES = Arrays.stream(BuiltInTemplate.values())
            .map(BuiltInTemplate::resource).toList();

    private RuleData() {
    }

    /**
     * A SHA-256 of every file in {@link #FILES} and {@link #SHARED} and every template in {@link #TEMPLATES}, each with
     * its path: the same for the same data in every run. Read once per process.
     */
    public static String digest() {
        return Digest.OF_RESOURCES;
    }

    /**
     * Worked out on first use, not with the word lists: hashing 700 KB before the JIT has compiled anything took about
     * 40 ms of a one-file {@code hindsight lint}'s CPU, which never asks for it (only the kept counts do).
     */
    private static final class Digest {
        static final String OF_RESOURCES = digest(RuleData::bytes);
    }

    /** Every resource in the digest, by its path on the class path ("/lint/rewrites.json"), in the digest's order. */
    static List<String> resources() {
        return Stream.of(FILES.stream().map(name -> "/lint/" + name), SHARED.stream(), TEMPLATES.stream())
                .flatMap(s -> s).toList();
    }

    /** The digest of the resources as {@code read} gives them, by path: a test can change one and see it differ. */
    static String digest(Function<String, byte[]> read) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String resource : resources()) {
                byte[] content = read.apply(resource);
                sha.update((resource + " " + content.length + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(content);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = RuleData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's lines, lower-cased, without blanks and "#" comments. */
    public static List<String> words(String name) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String name) {
        try (InputStream in = open(name)) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A built-in template's Markdown source, for the rules that read their placeholders from it. Only through here,
     * so that what a rule reads of a template is what {@link #digest} covers.
     */
    public static String template(BuiltInTemplate template) {
        return new String(bytes(template.resource()), StandardCharsets.UTF_8);
    }

    private static InputStream open(String name) {
        InputStream in = RuleData.class.getResourceAsStream("/lint/" + name);
        if (in == null) {
            throw new IllegalStateException("lint/" + name + " is missing from the jar");
        }
        return in;
    }
}
