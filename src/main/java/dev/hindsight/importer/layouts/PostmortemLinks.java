package dev.hindsight.importer.layouts;

import dev.hindsight.incident.Impact;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.RelatedIncident;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list-like values of the incident post-mortem layout: related incidents ("- [INC-2025-0113](url): same root
 * cause"), references ("- [Runbook](url)", "- Runbook: https://..."), users affected ("18400 (12.5%)", "about
 * 8% of EU customers") and services affected ("Checkout API, Payments").
 */
final class PostmortemLinks {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");
    private static final Pattern URL = Pattern.compile("<?((?:https?|mailto):[^\\s<>()]+[^\\s<>().,;:!?])>?");
    private static final Pattern ID = Pattern.compile("^([A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*)(?=$|[\\s:,(\\-–—])");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s:\\-–—,]+|[\\s:\\-–—,]+$");
    private static final Pattern USERS = Pattern.compile(
            "^(?:(\\d+)(?:\\s+\\((\\d+(?:\\.\\d+)?)%\\))?|(\\d+(?:\\.\\d+)?)%)(?:\\s+-\\s+(.*))?$", Pattern.DOTALL);
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.,]*\\s*%)(?![\\d,])");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern HAS_DASH = Pattern.compile(".*[-_].*");
    private static final Pattern OPEN_END = Pattern.compile("[\\s(]+$");
    private static final Pattern CLOSE_START = Pattern.compile("^\\)");
    private static final Pattern SERVICE_SEPARATOR = Pattern.compile("\\s*[,;]\\s*|\\n");
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)^(?:and|&)\\s+");
    private static final Pattern FULL_STOP = Pattern.compile("[.]$");

    private PostmortemLinks() {
    }

    static List<RelatedIncident> related(Section section) {
        List<RelatedIncident> out = new ArrayList<>();
        for (String item : PostmortemText.items(section)) {
            String id = "";
            String url = "";
            String rest = item;
            Matcher link = MARKDOWN_LINK.matcher(item);
            Matcher bare = URL.matcher(item);
            Matcher named = ID.matcher(item);
            if (link.lookingAt()) {
                url = link.group(2).strip();
                id = link.group(1).strip().equals(url) ? "" : link.group(1).strip();
                rest = item.substring(link.end());
            } else if (bare.lookingAt()) {
                url = bare.group(1);
                rest = item.substring(bare.end());
            } else if (named.find() && HAS_DIGIT.matcher(named.group(1)).matches() && HAS_DASH.matcher(named.group(1)).matches()) {
                id = named.group(1);
                rest = item.substring(named.end());
            }
            String relation = SEPARATORS.matcher(rest).replaceAll("");
            if (relation.startsWith("(") && relation.endsWith(")")) {
                relation = relation.substring(1, relation.length() - 1).strip();
            }
            out.add(new RelatedIncident(id, url, relation));
        }
        return out;
    }

    static List<Link> references(Section section) {
        List<Link> out = new ArrayList<>();
        for (String item : PostmortemText.items(section)) {
            Matcher link = MARKDOWN_LINK.matcher(item);
            if (link.find()) {
                String url = link.group(2).strip();
                String label = link.group(1).strip();
                String before = SEPARATORS.matcher(item.substring(0, link.start())).replaceAll("");
                String after = SEPARATORS.matcher(item.substring(link.end())).replaceAll("");
                String name = String.join(" ", before, label.equals(url) ? "" : label).strip();
                name = after.isEmpty() ? name : name.isEmpty() ? after : name + " - " + after;
                out.add(new Link(name, url));
                continue;
            }
            Matcher bare = URL.matcher(item);
            if (bare.find()) {
                String name = (item.substring(0, bare.start()) + " " + item.substring(bare.end())).strip();
                name = CLOSE_START.matcher(OPEN_END.matcher(SEPARATORS.matcher(name).replaceAll("")).replaceAll("")).replaceAll("");
                out.add(new Link(name, bare.group(1)));
            } else {
                out.add(new Link(item, ""));
            }
        }
        return out;
    }

    /** "18400 (12.5%) - words" as Hindsight writes it; otherwise the words as written, with a count or share if it is clear. */
    static Impact.UsersAffected users(String text) {
        String t = text.strip();
        if (t.isEmpty() || PostmortemText.isNothing(t) || t.equalsIgnoreCase("unknown")) {
            return Impact.UsersAffected.unknown();
        }
        Matcher m = USERS.matcher(t);
        if (m.matches()) {
            Long count = m.group(1) == null ? null : Long.parseLong(m.group(1));
            String percent = m.group(2) != null ? m.group(2) : m.group(3);
            return new Impact.UsersAffected(count, percent == null ? null : Double.parseDouble(percent),
                    m.group(4) == null ? "" : m.group(4).strip());
        }
        List<String> counts = all(COUNT, t);
        List<String> percents = all(PERCENT, t);
        Long count = counts.size() == 1 ? Long.parseLong(counts.get(0).replace(",", "")) : null;
        Double percent = percents.size() == 1 ? Double.parseDouble(percents.get(0)) : null;
        if (percent != null && percent > 100) {
            percent = null;
        }
        return new Impact.UsersAffected(count, percent, t);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** "Checkout API, Payments; mobile app" as a list, "and" before the last one dropped. */
    static List<String> services(String text) {
        List<String> out = new ArrayList<>();
        for (String part : SERVICE_SEPARATOR.split(text)) {
            String service = FULL_STOP.matcher(CONJUNCTION.matcher(part.strip()).replaceFirst("")).replaceFirst("").strip();
            if (!service.isEmpty() && !Placeholders.isUnfilled(service)) {
                out.add(service);
            }
        }
        return out;
    }
}
