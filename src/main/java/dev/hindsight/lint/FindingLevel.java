package dev.hindsight.lint;

/** How serious a finding is; the names are SARIF 2.1.0's result levels, so a code host shows them as it should. */
public enum FindingLevel implements dev.hindsight.kernel.Coded {
    ERROR, WARNING, NOTE;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
