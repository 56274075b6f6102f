package dev.hindsight.importer.read;

import dev.hindsight.incident.Impact;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The users affected as a labelled value states them: "40079 (9.8%)", "31,200", "18%", "9187 (56.4%) - Mobile
 * vendor", or words ("most EU
 * shoppers who ordered overnight"), which are kept as the description. Stateless.
 */
public final class UsersFigure {

    private static final Pattern FIGURE = Pattern.compile(
            "^\\s*(?:(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:\\(\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*\\))?|(\\d+(?:\\.\\d+)?)\\s*%)\\s*$");

    private UsersFigure() {
    }

    public static Impact.UsersAffected of(String value) {
        // "9187 (56.4%) - Mobile vendor": the figures, then who they were.
        int dash = value.indexOf(" - ");
        String figures = dash < 0 ? value : value.substring(0, dash);
        Matcher m = FIGURE.matcher(figures);
        if (!m.matches()) {
            return new Impact.UsersAffected(null, null, value.strip());
        }
        Long count = m.group(1) == null ? null : Long.parseLong(m.group(1).replace(",", ""));
        String percent = m.group(2) != null ? m.group(2) : m.group(3);
        return new Impact.UsersAffected(count, percent == null ? null : Double.parseDouble(percent),
                dash < 0 ? "" : value.substring(dash + 3).strip());
    }
}
