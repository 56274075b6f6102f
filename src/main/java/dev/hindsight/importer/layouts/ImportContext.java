package dev.hindsight.importer.layouts;

import dev.hindsight.conventions.Conventions;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader needs besides the document: the organisation's conventions (severity scale, roles, the
 * zone to assume when a document names none), and a place to note what it could not map. One per import.
 */
public final class ImportContext {
    private final Conventions conventions;
    private final List<String> notes = new ArrayList<>();

    public ImportContext(Conventions conventions) {
        this.conventions = conventions;
    }

    public Conventions conventions() {
        return conventions;
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The configured spelling of a role; a role that is not configured is noted and kept as written. */
    public String role(String written) {
        String w = written.strip();
        if (w.equalsIgnoreCase("IC")) {
            return "Incident Commander";
        }
        if (w.equalsIgnoreCase("TL") || w.equalsIgnoreCase("Tech Lead")) {
            return "Technical Lead";
        }
        if (w.equalsIgnoreCase("Legal")) {
            return "Legal Counsel";
        }
        if (w.equalsIgnoreCase("Technical")) {
            return "Technical Counsel";
        }
        var configured = conventions.role(w);
        if (configured.isPresent()) {
            return configured.get();
        }
        // Kept as the team wrote it: a real incident's roles ("Release Manager") are facts, not typos.
        note("responder role '" + w + "' is not one of the configured roles; kept as written");
        return w;
    }

    /** The configured spelling of a discovery method, mapping common words ("monitoring alert" → Alerts). */
    public String discoveryMethod(String written) {
        String w = Placeholders.value(written);
        if (w.isEmpty()) {
            return "";
        }
        var exact = conventions.discoveryMethod(w);
        if (exact.isPresent()) {
            return exact.get();
        }
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        String guess = lower.contains("alert") || lower.contains("monitor") ? "Alerts"
                : lower.contains("user") || lower.contains("customer") ? "User Reports"
                : lower.contains("review") ? "Review"
                : lower.contains("luck") || lower.contains("alien") || lower.contains("accident") ? "Aliens" : null;
        if (guess != null && conventions.discoveryMethod(guess).isPresent()) {
            return conventions.discoveryMethod(guess).get();
        }
        note("discovery method '" + w + "' is not one of " + conventions.discoveryMethods()
                + "; kept in the detection story");
        return "";
    }
}
