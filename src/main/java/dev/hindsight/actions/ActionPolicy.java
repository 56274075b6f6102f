package dev.hindsight.actions;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How soon each priority's action items must be done, in the organisation's words: "P0 within 48 hours", or
 * "Immediate within 1 week". The seed templates' policies ship as presets (resources/conventions); the tiers
 * map onto {@link Priority} so items from any layout compare.
 *
 * @param name        the preset's name ("p-levels")
 * @param description what it says, for people choosing one
 * @param tiers       most urgent first
 */
public record ActionPolicy(String name, String description, List<Tier> tiers) {

    public ActionPolicy {
        Objects.requireNonNull(name, "name is null");
        description = description == null ? "" : description;
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("policy " + name + " has no tiers");
        }
    }

    /**
     * One priority of the policy.
     *
     * @param priority the tier it is on the common scale
     * @param label    what the organisation calls it
     * @param within   how long an item has, as ISO-8601: a time ("PT48H", counted in hours from the moment the
     *                 clock starts) or a calendar period ("P14D", "P1M", counted in days or months on the calendar)
     */
    public record Tier(Priority priority, String label, String within) {
        public Tier {
            Objects.requireNonNull(priority, "priority is null");
            label = label == null || label.isBlank() ? priority.code() : label.strip();
            Objects.requireNonNull(within, "within is null");
            window(within); // refuses a window that is not ISO-8601
        }

        /**
         * The last day an item may be due when the clock started at {@code start}. Hours are hours: 48 hours from
         * 23:30 on the night the clocks go forward end at 00:30 two days later. Days and months are calendar steps
         * from the start's date (one month from 31 January is 28 or 29 February).
         */
        public LocalDate dueFrom(Instant start, ZoneId zone) {
            Object window = window(within);
            if (window instanceof Duration d) {
                return LocalDate.ofInstant(start.plus(d), zone);
            }
            return LocalDate.ofInstant(start, zone).plus((Period) window);
        }

        private static Object window(String within) {
            try {
                return within.toUpperCase(Locale.ROOT).contains("T") ? Duration.parse(within) : Period.parse(within);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + within + "' is not an ISO-8601 duration (PT48H, P14D, P1M)");
            }
        }
    }

    /** The tier of a priority, if the policy has one. */
    public Optional<Tier> tier(Priority priority) {
        return tiers.stream().filter(t -> t.priority() == priority).findFirst();
    }

    /** The tier whose label this is, ignoring case ("immediate" finds Immediate). */
    public Optional<Tier> tierLabelled(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        return tiers.stream().filter(t -> t.label().equalsIgnoreCase(label.strip())).findFirst();
    }

    /** The most urgent priority: what blocks making an incident final while open. */
    public Priority top() {
        return tiers.get(0).priority();
    }

    /** The label this policy gives a priority ("Immediate" for P0 under the horizon presets). */
    public String label(Priority priority) {
        return tier(priority).map(Tier::label).orElse(priority.code());
    }

    /** The latest due date the policy allows an item of this priority, counting from {@code start}. */
    public Optional<LocalDate> latestDue(Priority priority, Instant start, ZoneId zone) {
        return priority == null ? Optional.empty() : tier(priority).map(t -> t.dueFrom(start, zone));
    }

    /** True when the item is due later than its priority allows from {@code start}. */
    public boolean dueTooLate(ActionItem item, Instant start, ZoneId zone) {
        return item.dueDate() != null && latestDue(item.priority(), start, zone)
                .map(latest -> item.dueDate().isAfter(latest)).orElse(false);
    }

    public static ActionPolicy defaults() {
        return presets().get(0);
    }

    /** The seed templates' policies. */
    public static List<ActionPolicy> presets() {
        return Presets.ALL;
    }

    public static Optional<ActionPolicy> preset(String name) {
        return presets().stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Read once from the data file. */
    private static final class Presets {
        static final List<ActionPolicy> ALL = read();

        private static List<ActionPolicy> read() {
            try (InputStream in = ActionPolicy.class.getResourceAsStream("/conventions/action-policies.json")) {
                if (in == null) {
                    throw new IllegalStateException("conventions/action-policies.json is missing from the jar");
                }
                return List.copyOf(Json.mapper().readValue(in, new TypeReference<List<ActionPolicy>>() { }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
