package dev.hindsight.actions;

import dev.hindsight.kernel.Coded;
import java.util.List;

public enum ActionStatus implements Coded {
    OPEN("open"), IN_PROGRESS("in_progress"), DONE("done");

    private final String code;

    ActionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> aliases() {
        return switch (this) {
            case OPEN -> List.of("todo", "to do", "not started", "⬜");
            case IN_PROGRESS -> List.of("in progress", "started", "doing", "wip");
            case DONE -> List.of("complete", "completed", "closed", "fixed", "✅");
        };
    }
}
