package dev.hindsight.webhooks;

import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A receiver of Hindsight's events, as an administrator registered it. It never carries its signing secret:
 * that is shown once, on creation ({@link Webhooks.Registered}). Immutable, thread-safe.
 *
 * @param eventTypes the types it subscribes to; empty for every type
 * @param disabledReason why it was disabled, when it was ("the receiver answered 410 Gone"), else null
 */
public record WebhookEndpoint(String id, String url, String description, List<String> eventTypes, boolean enabled,
                              String disabledReason, String createdBy, Instant createdAt) {

    /** The longest URL taken (the column's width). */
    public static final int URL_MAX = 2000;
    public static final int DESCRIPTION_MAX = 500;

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(url, "url is null");
        eventTypes = List.copyOf(eventTypes);
    }

    /** Whether an event of this type goes to this endpoint. */
    public boolean subscribes(String type) {
        return eventTypes.isEmpty() || eventTypes.contains(type);
    }

    /**
     * What an administrator asked for, checked: every problem is named by its field, and nothing is saved when
     * there is one.
     *
     * @param eventTypes null or empty for every type
     */
    record Settings(String url, String description, List<String> eventTypes) {

        static Settings checked(String url, String description, List<String> eventTypes) {
            List<FieldProblem> problems = new ArrayList<>();
            String cleanUrl = url == null ? "" : url.strip();
            problems.addAll(urlProblems(cleanUrl));
            String cleanDescription = description == null ? "" : description.strip();
            if (cleanDescription.length() > DESCRIPTION_MAX) {
                problems.add(new FieldProblem("description", "may be at most " + DESCRIPTION_MAX + " characters, was "
                        + cleanDescription.length()));
            }
            LinkedHashSet<String> types = new LinkedHashSet<>();
            List<String> asked = eventTypes == null ? List.of() : eventTypes;
            if (asked.size() > EventTypes.ALL.size()) {
                problems.add(new FieldProblem("events", "names " + asked.size() + " types; there are only "
                        + EventTypes.ALL.size()));
            } else {
                for (int i = 0; i < asked.size(); i++) {
                    String type = asked.get(i) == null ? "" : asked.get(i).strip().toLowerCase(Locale.ROOT);
                    if (type.equals("*") || type.equals("all")) {
                        continue;
                    }
                    if (!EventTypes.known(type)) {
                        problems.add(new FieldProblem("events[" + i + "]", "'" + abbreviated(asked.get(i))
                                + "' is not an event type; one of " + String.join(", ", EventTypes.ALL)));
                    }
                    types.add(type);
                }
                if (asked.stream().anyMatch(t -> "*".equals(t) || "all".equals(t))) {
                    types.clear();
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return new Settings(cleanUrl, cleanDescription, List.copyOf(types));
        }

        private static List<FieldProblem> urlProblems(String url) {
            if (url.isEmpty()) {
                return List.of(new FieldProblem("url", "is required: where to POST the events (http or https)"));
            }
            if (url.length() > URL_MAX) {
                return List.of(new FieldProblem("url", "may be at most " + URL_MAX + " characters, was "
                        + url.length()));
            }
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                return List.of(new FieldProblem("url", "is not a URL: " + e.getReason()));
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return List.of(new FieldProblem("url", "must start with http:// or https://"));
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return List.of(new FieldProblem("url", "names no host"));
            }
            // Credentials in a URL would be shown in every list and log line that names the endpoint.
            if (uri.getRawUserInfo() != null) {
                return List.of(new FieldProblem("url", "may not carry a user name or password; the receiver "
                        + "checks the signature instead"));
            }
            return List.of();
        }

        private static String abbreviated(String text) {
            String shown = String.valueOf(text);
            return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
        }
    }
}
