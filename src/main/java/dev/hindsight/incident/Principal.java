package dev.hindsight.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * On whose behalf incidents are read: a signed-in account with its groups, or the operator at the command
 * line, who runs the store and sees everything (backups must hold every incident).
 */
public record Principal(String user, Set<String> groups, boolean seesEverything, boolean admin) {
    public Principal {
        groups = Set.copyOf(groups);
    }

    public static Principal of(String user, Set<String> groups) {
        return new Principal(user, groups, false, false);
    }

    /** A signed-in account; {@code admin} for accounts that manage the installation (they may waive rules). */
    public static Principal of(String user, Set<String> groups, boolean admin) {
        return new Principal(user, groups, false, admin);
    }

    public static Principal operator() {
        return new Principal("", Set.of(), true, true);
    }

    /** The operator at the command line acting as {@code author}: sees everything, may record any verdict. */
    public static Principal operator(String author) {
        return new Principal(author, Set.of(), true, true);
    }

    /**
     * The store's names for this principal, as {@link Access} writes them into {@code incident_access}: other
     * features' SQL (calendar feeds) filters restricted incidents with them exactly as the incident list does.
     */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add("user:" + user);
        groups.forEach(g -> names.add("group:" + g));
        return names;
    }
}
