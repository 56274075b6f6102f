package dev.hindsight.lint;

/**
 * A change to the lint settings was based on a version that is no longer the latest: someone else saved first.
 * Nothing was saved; the settings in force are attached so the caller can show them.
 */
public final class StaleLintSettings extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient OrganisationLintSettings.Saved current;

    public StaleLintSettings(int basedOn, OrganisationLintSettings.Saved current) {
        super("the lint settings were changed by someone else: your change was based on version " + basedOn
                + " but the current version is " + current.version());
        this.current = current;
    }

    public OrganisationLintSettings.Saved current() {
        return current;
    }
}
