package dev.hindsight.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The rules' word lists and tables, kept as resource files under {@code lint/} so they can be read and extended
 * without touching code. A missing file is a broken build, not a finding less. Stateless.
 */
public final class RuleData {

    private RuleData() {
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

    /** A resource as text, for the built-in templates the rules read their placeholders from. */
    public static String text(String resource) {
        try (InputStream in = RuleData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = RuleData.class.getResourceAsStream("/lint/" + name);
        if (in == null) {
            throw new IllegalStateException("lint/" + name + " is missing from the jar");
        }
        return in;
    }
}
