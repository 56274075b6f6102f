package dev.hindsight.incident;

import dev.hindsight.kernel.Coded;
import java.util.List;

/**
 * Where a post-mortem is in its life. A final document can be reopened: post-mortems are living
 * documents and findings keep arriving.
 */
public enum Status implements Coded {
    DRAFT("draft"), IN_REVIEW("in_review"), FINAL("final");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> aliases() {
        return this == IN_REVIEW ? List.of("review", "in review") : List.of();
    }

    public String label() {
        return switch (this) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case FINAL -> "Final";
        };
    }
}
