package dev.hindsight.kernel;

/**
 * One thing wrong with input: the field, as a path into the record's JSON ({@code timeline[2].at}), and
 * what is wrong with it, in words a person can act on.
 */
public record FieldProblem(String field, String problem) {
    @Override
    public String toString() {
        return field + ": " + problem;
    }
}
