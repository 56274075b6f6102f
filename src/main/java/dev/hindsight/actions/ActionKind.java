package dev.hindsight.actions;

import dev.hindsight.kernel.Coded;
import java.util.List;

/**
 * What an action item does about the failure, as teams classify their follow-up work: catch it sooner
 * (detective), stop it happening (preventive), repair what it damaged or left fragile (corrective), or change how
 * people work (process).
 */
public enum ActionKind implements Coded {
    DETECTIVE("detective"), PREVENTIVE("preventive"), CORRECTIVE("corrective"), PROCESS("process");

    private final String code;

    ActionKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> aliases() {
        return switch (this) {
            case DETECTIVE -> List.of("detect", "detection", "monitoring", "alerting");
            case PREVENTIVE -> List.of("prevent", "prevention", "mitigate", "mitigation");
            case CORRECTIVE -> List.of("correct", "correction", "repair", "fix", "remediation");
            case PROCESS -> List.of("procedure", "people", "training", "documentation");
        };
    }
}
