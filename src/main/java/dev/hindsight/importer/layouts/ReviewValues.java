package dev.hindsight.importer.layouts;

import dev.hindsight.incident.Impact;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.Status;
import dev.hindsight.incident.YesNo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values the post-incident review writes in its fields, read the way people write them: "Yes - 40 orders",
 * "18400 (12.5%)", "2 hours, 5 minutes", "[PagerDuty #4411](https://...)", "2026-03-08 01:40 PST". Thread-safe.
 */
final class ReviewValues {

    private static final Pattern YES_NO = Pattern.compile(
            "(?is)^(yes|no|true|false)\\b(?:\\s*\\((.*)\\)|\\s*[-–—:,]\\s*(.*))?$");
    private static final Pattern USERS = Pattern.compile(
            "^~?\\s*(\\d[\\d,]*)(?:\\s*\\(\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*\\))?(?:\\s+-\\s+(.*))?$", Pattern.DOTALL);
    private static final Pattern SHARE = Pattern.compile("^~?\\s*(\\d+(?:\\.\\d+)?)\\s*%(?:\\s+-\\s+(.*))?$", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("^\\[([^\\]]*)\\]\\(([^)]*)\\)$");
    private static final Pattern ABBREVIATION = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*\\(?([A-Za-z]{2,5})\\b");
    /** Abbreviations are two to five letters, but any can be written: bounded. */
    private static final dev.hindsight.kernel.BoundedCache<String, Optional<ZoneId>> BY_ABBREVIATION =
            new dev.hindsight.kernel.BoundedCache<>(256L << 10, z -> dev.hindsight.kernel.BoundedCache.ENTRY_BYTES
                    + 64);
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;,]\\s+");

    private ReviewValues() {
    }

    /** "Yes", "No - details", or details alone (unanswered); empty for a placeholder. */
    static YesNo yesNo(String text) {
        String t = ReviewPlaceholders.value(text);
        if (t.isEmpty()) {
            return YesNo.unknown();
        }
        Matcher m = YES_NO.matcher(t);
        if (m.matches()) {
            boolean yes = m.group(1).equalsIgnoreCase("yes") || m.group(1).equalsIgnoreCase("true");
            String details = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "";
            return new YesNo(yes, details.strip());
        }
        return new YesNo(null, t);
    }

    /** "18400 (12.5%)", "12.5%", "18,400 - EU shoppers", or words. */
    static Impact.UsersAffected users(String text) {
        String t = ReviewPlaceholders.value(text);
        if (t.isEmpty()) {
            return Impact.UsersAffected.unknown();
        }
        Matcher m = USERS.matcher(t);
        if (m.matches()) {
            return new Impact.UsersAffected(Long.parseLong(m.group(1).replace(",", "")),
                    m.group(2) == null ? null : Double.parseDouble(m.group(2)), m.group(3) == null ? "" : m.group(3).strip());
        }
        Matcher share = SHARE.matcher(t);
        if (share.matches()) {
            return new Impact.UsersAffected(null, Double.parseDouble(share.group(1)),
                    share.group(2) == null ? "" : share.group(2).strip());
        }
        return new Impact.UsersAffected(null, null, t);
    }

    /** A whole number written with or without thousands separators; empty for anything else. */
    static Optional<Long> count(String text) {
        String t = ReviewPlaceholders.value(text).replace(",", "").replace("_", "");
        return DIGITS.matcher(t).matches() ? Optional.of(Long.parseLong(t)) : Optional.empty();
    }

    /** "12.5%" or "12.5". */
    static Optional<Double> percent(String text) {
        String t = ReviewPlaceholders.value(text).replace("%", "").strip();
        return DECIMAL.matcher(t).matches() ? Optional.of(Double.parseDouble(t)) : Optional.empty();
    }

    /** "2 hours, 5 minutes", "45 min", "1h 20m", "an hour", "1:30": whole minutes; empty when no figure. */
    static Optional<Long> minutes(String text) {
        return Durations.minutes(text);
    }

    /** A date anywhere in the text; empty for a placeholder. */
    static LocalDate date(String text) {
        String t = ReviewPlaceholders.value(text);
        return t.isEmpty() ? null : ReviewClock.date(t).orElse(null);
    }

    /** "[name](url)", a bare url, or a name. */
    static Link link(String text) {
        String t = ReviewPlaceholders.value(text);
        Matcher m = LINK.matcher(t);
        if (m.matches()) {
            return new Link(Section.unescape(m.group(1)), m.group(2));
        }
        return looksLikeUrl(t) ? new Link("", t) : new Link(Section.unescape(t), "");
    }

    /** True when the text holds a clock time, as "(?s).*\\d{1,2}:\\d{2}.*" matches, without a pattern per call. */
    static boolean hasClock(String t) {
        for (int colon = t.indexOf(':'); colon >= 0; colon = t.indexOf(':', colon + 1)) {
            if (colon > 0 && colon + 2 < t.length() && digit(t.charAt(colon - 1)) && digit(t.charAt(colon + 1))
                    && digit(t.charAt(colon + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean looksLikeUrl(String t) {
        return !t.contains(" ") && (t.contains("://") || t.startsWith("mailto:") || t.startsWith("www."));
    }

    /** Items separated by commas or semicolons, placeholders dropped. */
    static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(ReviewPlaceholders.value(text))) {
            if (!ReviewPlaceholders.isUnfilled(part)) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** Draft, In review or Final, however written ("[Draft/Final]" is unknown). */
    static Optional<Status> status(String text) {
        String t = Section.normal(ReviewPlaceholders.value(text));
        if (t.startsWith("final") || t.startsWith("approved") || t.startsWith("published")) {
            return Optional.of(Status.FINAL);
        }
        if (t.startsWith("in review") || t.startsWith("review")) {
            return Optional.of(Status.IN_REVIEW);
        }
        return t.startsWith("draft") ? Optional.of(Status.DRAFT) : Optional.empty();
    }

    /**
     * A point in time as written: a time, with the date and zone written beside it or else {@code day} and
     * {@code zone}. A zone abbreviation picks the offset as well as the region, so "01:30 PST" on the night the
     * clocks go back is the second 01:30, not the first.
     *
     * @param at       the instant
     * @param zone     the zone it was written in (the written one, else the one given)
     * @param dated    a date was written
     * @param zoned    a zone was written
     */
    record Stamp(Instant at, ZoneId zone, boolean dated, boolean zoned) {
        LocalDate day() {
            return at.atZone(zone).toLocalDate();
        }
    }

    static Optional<Stamp> stamp(String text, LocalDate day, ZoneId zone) {
        String t = ReviewPlaceholders.value(text);
        Optional<Times.TimeOfDay> time = ReviewClock.time(t);
        Optional<LocalDate> written = ReviewClock.date(t);
        LocalDate date = written.orElse(day);
        if (time.isEmpty() || date == null) {
            return Optional.empty();
        }
        LocalDateTime local = date.atTime(time.get().time());
        ZoneId in = time.get().zone();
        // The abbreviation is only wanted to find a zone, or to pick the offset in the hour the clocks go back:
        // most times name a zone Times knows, on a day with one offset, and need no search for it.
        String abbreviation = null;
        boolean looked = false;
        if (in == null) {
            abbreviation = abbreviation(t);
            looked = true;
            if (abbreviation != null) {
                String named = abbreviation;
                in = Times.zone(abbreviation).or(() -> zoneNamed(named, local)).orElse(null);
            }
        }
        boolean zoned = in != null;
        if (in == null) {
            in = zone == null ? ZoneOffset.UTC : zone;
        }
        ZonedDateTime at = ZonedDateTime.ofLocal(local, in, null);
        List<ZoneOffset> offsets = in.getRules().getValidOffsets(local);
        if (offsets.size() > 1) {
            if (!looked) {
                abbreviation = abbreviation(t);
            }
            if (abbreviation != null) {
                for (ZoneOffset candidate : offsets) {
                    ZonedDateTime other = ZonedDateTime.ofLocal(local, in, candidate);
                    if (short_(other).equalsIgnoreCase(abbreviation)) {
                        at = other;
                    }
                }
            }
        }
        return Optional.of(new Stamp(at.toInstant(), in, written.isPresent(), zoned));
    }

    private static String abbreviation(String t) {
        Matcher m = ABBREVIATION.matcher(t);
        if (!m.find()) {
            return null;
        }
        String word = m.group(1);
        return word.equalsIgnoreCase("am") || word.equalsIgnoreCase("pm") ? null : word;
    }

    /** A zone whose abbreviation at that time is the one written, for abbreviations {@link Times} does not know. */
    private static Optional<ZoneId> zoneNamed(String abbreviation, LocalDateTime local) {
        String a = abbreviation.toUpperCase(Locale.ROOT);
        Optional<ZoneId> known = BY_ABBREVIATION.get(a);
        if (known == null) {
            known = ZoneId.getAvailableZoneIds()
                    .stream().filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                    .sorted().map(ZoneId::of).filter(z -> short_(ZonedDateTime.ofLocal(local, z, null))
                            .equalsIgnoreCase(a) || short_(ZonedDateTime.ofLocal(local.plusMonths(6), z, null))
                            .equalsIgnoreCase(a))
                    .findFirst();
            BY_ABBREVIATION.put(a, known);
        }
        return known;
    }

    private static String short_(ZonedDateTime at) {
        return ZoneAbbreviation.of(at);
    }
}
