package dev.hindsight.incident;

import java.time.Year;
import java.util.regex.Pattern;

/**
 * Incident identifiers. Hindsight issues {@code INC-YYYY-NNNN}; imported documents keep the id they were
 * written with (SEV-0042, an incident.io number...), so any short, URL-safe id is accepted.
 */
public final class IncidentId {

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern ISSUED = Pattern.compile("INC-(\\d{4})-(\\d{4,})");

    private IncidentId() {
    }

    public static boolean isValid(String id) {
        return id != null && ACCEPTED.matcher(id).matches();
    }

    public static String issue(Year year, int sequence) {
        return String.format("INC-%d-%04d", year.getValue(), sequence);
    }

    /** The year and number of an id in the form Hindsight issues, if it is in that form. */
    public static java.util.Optional<Issued> issuedNumber(String id) {
        var m = ISSUED.matcher(id);
        if (!m.matches() || m.group(2).length() > 9) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Issued(Year.of(Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2))));
    }

    /** The parts of an issued id. */
    public record Issued(Year year, int number) {
    }
}
