package dev.hindsight.review;

import dev.hindsight.kernel.Coded;
import java.util.List;

public enum ReviewState implements Coded {
    NOT_REVIEWED("not_reviewed"), LGTM("lgtm"), CHANGES_REQUESTED("changes_requested");

    private final String code;

    ReviewState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> aliases() {
        return switch (this) {
            case NOT_REVIEWED -> List.of("pending", "no", "not yet");
            case LGTM -> List.of("approved", "yes", "looks good to me");
            case CHANGES_REQUESTED -> List.of("changes", "rejected");
        };
    }
}
