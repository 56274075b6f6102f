package dev.hindsight.importer.layouts;

import dev.hindsight.incident.Impact;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.RelatedIncident;
import dev.hindsight.incident.Status;
import dev.hindsight.kernel.Coded;
import dev.hindsight.template.FrontMatterView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front-matter layout's small fields: the YAML header, "Users affected", durations in words, the status, and
 * the References list.
 */
final class FrontMatterFields {

    private static final Pattern USERS = Pattern.compile("^(?:([\\d,]+)(?: \\((\\d+(?:\\.\\d+)?)%\\))?|(\\d+(?:\\.\\d+)?)%)"
            + "(?: - (.*))?$");
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.,]*\\s*%)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern LINKED = Pattern.compile("^\\[([^\\]]*)\\]\\(([^)]*)\\)\\s*(.*)$");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LABEL = Pattern.compile("^\\s*[-*+]\\s+\\*\\*([^*]+?):?\\*\\*:?\\s*(.*)$");
    private static final Pattern YAML_COMMENT = Pattern.compile("\\s+#.*$");
    private static final Pattern FINISHED = Pattern.compile("published|complete|completed|closed|done|approved");
    private static final Pattern FILLED_ITEM = Pattern.compile("^[-*+]\\s+\\S.*");
    private static final Pattern COMMA = Pattern.compile(",\\s+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]\\s+");
    private static final Pattern ITEM = Pattern.compile("^[-*+]\\s+.*");
    private static final Pattern URL = Pattern.compile("(?i)^(https?://|mailto:|www\\.)\\S*$");

    private FrontMatterFields() {
    }

    /**
     * The header between the opening "---" lines: keys in lower case with '_' for spaces and dashes; values with
     * YAML's double-quote escapes and single-quote doubling undone, trailing "# comments" dropped from plain ones.
     */
    static Map<String, String> yaml(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return out;
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.strip().equals("---") || line.strip().equals("...")) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.startsWith(" ") || line.startsWith("#")) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            key = NOT_KEY.matcher(key).replaceAll("_");
            out.put(key, scalar(line.substring(colon + 1).strip()));
        }
        return out;
    }

    private static String scalar(String v) {
        if (v.startsWith("\"")) {
            StringBuilder s = new StringBuilder();
            for (int i = 1; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '"') {
                    break;
                }
                if (c == '\\' && i + 1 < v.length()) {
                    char n = v.charAt(++i);
                    switch (n) {
                        case 'n' -> s.append('\n');
                        case 't' -> s.append('\t');
                        case 'r' -> s.append('\r');
                        case 'x' -> {
                            s.append((char) Integer.parseInt(v.substring(i + 1, Math.min(i + 3, v.length())), 16));
                            i += 2;
                        }
                        case 'u' -> {
                            s.append((char) Integer.parseInt(v.substring(i + 1, Math.min(i + 5, v.length())), 16));
                            i += 4;
                        }
                        default -> s.append(n);
                    }
                } else {
                    s.append(c);
                }
            }
            return s.toString();
        }
        if (v.startsWith("'")) {
            int end = v.length() > 1 && v.endsWith("'") ? v.length() - 1 : v.length();
            return v.substring(1, end).replace("''", "'");
        }
        return YAML_COMMENT.matcher(v).replaceFirst("").strip();
    }

    /** A status as written ("Draft", "in review", "Final"); draft, noted, when it is none of them. */
    static Status status(String written, ImportContext context) {
        String w = Placeholders.value(written);
        if (w.isEmpty()) {
            return Status.DRAFT;
        }
        try {
            return Coded.parse(Status.class, w);
        } catch (IllegalArgumentException e) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (FINISHED.matcher(lower).matches()) {
                return Status.FINAL;
            }
            if (lower.contains("review")) {
                return Status.IN_REVIEW;
            }
            context.note("status '" + w + "' is not draft, in_review or final; read as draft");
            return Status.DRAFT;
        }
    }

    /** "18400 (12.5%) - words" as rendered; otherwise the first count and percentage, with the words as written. */
    static Impact.UsersAffected users(String written) {
        String w = Placeholders.value(written);
        if (w.isEmpty()) {
            return Impact.UsersAffected.unknown();
        }
        Matcher exact = USERS.matcher(w);
        if (exact.matches()) {
            Long count = exact.group(1) == null ? null : Long.parseLong(exact.group(1).replace(",", ""));
            String percent = exact.group(2) != null ? exact.group(2) : exact.group(3);
            return new Impact.UsersAffected(count, percent == null ? null : Double.parseDouble(percent),
                    exact.group(4) == null ? "" : exact.group(4));
        }
        Matcher percent = PERCENT.matcher(w);
        Matcher count = COUNT.matcher(w);
        return new Impact.UsersAffected(count.find() ? Long.parseLong(count.group(1).replace(",", "")) : null,
                percent.find() ? Double.parseDouble(percent.group(1)) : null, w);
    }

    /** Whole minutes in "2 hours, 20 minutes", "1h 5m", "45 min", "1.5 hours", "2:20"; empty when none. */
    static Optional<Long> minutes(String written) {
        return Durations.minutes(written);
    }

    /** References: the seed's labels with their comma-separated urls, then any other "**Name:** url" lines. */
    static List<Link> references(Section s) {
        List<Link> known = new ArrayList<>();
        List<Link> others = new ArrayList<>();
        for (String line : s.lines()) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                continue;
            }
            Matcher m = LABEL.matcher(line);
            String name;
            String value;
            if (m.matches()) {
                name = m.group(1).strip();
                value = m.group(2);
            } else if (FILLED_ITEM.matcher(line.strip()).matches()) {
                name = "";
                value = line.strip().substring(1);
            } else {
                continue;
            }
            if (Section.normal(name).startsWith("related")) {
                continue;
            }
            Optional<String> label = FrontMatterView.referenceLabel(name);
            for (String url : label.isPresent() ? COMMA.split(value) : new String[] {value}) {
                String u = url(url);
                if (!u.isEmpty()) {
                    (label.isPresent() ? known : others).add(new Link(label.orElse(name), u));
                }
            }
        }
        List<Link> ordered = new ArrayList<>();
        for (String label : FrontMatterView.REFERENCE_LABELS) {
            known.stream().filter(l -> l.name().equals(label)).forEach(ordered::add);
        }
        ordered.addAll(others);
        return ordered;
    }

    /** "Related Postmortems": the items under it, or the ones written on its line separated by commas. */
    static List<RelatedIncident> related(Section s) {
        List<RelatedIncident> out = new ArrayList<>();
        boolean inside = false;
        for (String line : s.lines()) {
            Matcher m = LABEL.matcher(line);
            boolean top = !line.startsWith(" ") && !line.startsWith("\t");
            if (top && m.matches()) {
                inside = Section.normal(m.group(1)).startsWith("related");
                if (inside) {
                    for (String item : LIST_SEPARATOR.split(m.group(2))) {
                        related(item).ifPresent(out::add);
                    }
                }
            } else if (inside && !top && ITEM.matcher(line.strip()).matches()) {
                related(line.strip().substring(1)).ifPresent(out::add);
            } else if (top && !line.isBlank()) {
                inside = false;
            }
        }
        return out;
    }

    private static Optional<RelatedIncident> related(String item) {
        String t = Placeholders.value(item);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String relation = "";
        int dash = t.indexOf(" — ");
        if (dash >= 0) {
            relation = t.substring(dash + 3).strip();
            t = t.substring(0, dash).strip();
        }
        Matcher link = LINKED.matcher(t);
        if (link.matches()) {
            String text = link.group(1).strip();
            String url = link.group(2).strip();
            return Optional.of(new RelatedIncident(text.equals(url) ? "" : text, url, relation));
        }
        boolean isUrl = URL.matcher(t).matches();
        return Optional.of(new RelatedIncident(isUrl ? "" : t, isUrl ? t : "", relation));
    }

    /** The url of a cell: a Markdown link's target, an autolink's inside, or the text; placeholders as empty. */
    private static String url(String written) {
        String t = written.strip();
        if (t.startsWith("<") && t.endsWith(">") && t.contains(":")) {
            return t.substring(1, t.length() - 1).strip();
        }
        t = Placeholders.value(t);
        Matcher link = LINKED.matcher(t);
        return link.matches() ? link.group(2).strip() : t;
    }
}
