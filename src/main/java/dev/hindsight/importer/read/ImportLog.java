package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reading stages tell the person importing: guesses made, lines used only as context, lines skipped
 * and why, and general notes. One per document; not thread-safe.
 */
public final class ImportLog {

    /** A guess: a year inferred, a zone assumed, a severity level mapped from a word. */
    public record Guess(String field, String what, Lines from) {
    }

    /** Lines that shaped how others were read ("All times US/Pacific") without being a field themselves. */
    public record Context(Lines lines, String what) {
    }

    /** Lines read but not used, and why. */
    public record Skipped(Lines lines, String reason) {
    }

    private final List<Guess> guesses = new ArrayList<>();
    private final List<Context> context = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public void guess(String field, String what, Lines from) {
        guesses.add(new Guess(field, what, from));
    }

    public void context(Lines lines, String what) {
        context.add(new Context(lines, what));
    }

    public void skip(Lines lines, String reason) {
        skipped.add(new Skipped(lines, reason));
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<Guess> guesses() {
        return List.copyOf(guesses);
    }

    public List<Context> context() {
        return List.copyOf(context);
    }

    public List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }
}
