package dev.hindsight.importer.read;

import dev.hindsight.timeline.EventKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The milestone an imported timeline entry marks, from clear wording only ("incident declared", "root cause
 * identified", "rolled back", "all clear"): a wrong milestone skews the response metrics more than a missing one.
 * Each milestone goes to the earliest entry that names it, and never against the order milestones must keep (no
 * "detected" before "started"), which the record's checks would refuse. The layouts' {@code Milestones} reads
 * looser words ("report", "began") that their seed documents use; entries in any shape need stricter ones.
 * Thread-safe.
 */
final class MilestoneWords {

    /** In the order they are tried: the more specific wording first ("declared resolved" is resolved). */
    static final Map<EventKind, Pattern> WORDS = new LinkedHashMap<>();
    static final Map<EventKind, String[]> CLUES = new EnumMap<>(EventKind.class);
    /** Words just before a milestone's that undo it: "not resolved", "partially recovered". */
    private static final Pattern UNDONE = Pattern.compile("(?i)(?:\\bnot|n't|\\bnever|\\bno longer|\\bpartial(?:ly)?"
            + "|\\bnearly|\\balmost|\\bwhether|\\bnobody|\\bno one|\\bnothing)\\s+(?:\\w+\\s+)?$");
    private static final int LONGEST = 300;

    static {
        add(EventKind.CLOSED, "incident (?:was )?(?:declared |marked )?closed|closed the incident|incident closure"
                + "|(?:declared|marked) (?:the incident )?closed", "closed", "closure");
        add(EventKind.PARTIALLY_RECOVERED, "partial(?:ly)? (?:recovered|recovery|restored|resolved)", "partial");
        add(EventKind.RESOLVED, "resolved(?! to\\b)|fully recovered|full recovery|recovered|all[- ]clear|fully restored"
                + "|service(?:s)? (?:was |were |is |are |has been |have been )?restored|back to normal"
                + "|end of (?:the )?(?:[\\w-]+ ){0,2}(?:incident|outage)|(?:incident|outage) ends"
                + "|(?<!bring |bringing |get |getting |to be |to come )back online|(?:reliably )?available again",
                "resolved", "recover", "clear", "restored", "back to normal", "end of", "ends", "back online",
                "available again");
        add(EventKind.SOLUTION_READY, "fix (?:was |is )?ready|solution (?:was |is )?ready", "ready");
        add(EventKind.MITIGATED, "mitigated|rolled back|roll-?back (?:was )?(?:complete|completed|finished)"
                + "|mitigation (?:was )?(?:applied|complete|completed|in place|effective)|impact (?:ended|stopped)"
                // "Declines ceased.", "errors stopped at 16:35": the harm's signs ending, unless they came back
                + "|(?:errors|failures|declines|timeouts|rejections) (?:stopped|ceased)(?=\\s*+(?:[.;)]|$|at\\b))"
                + "(?!.{0,80}\\b(?:resumed|returned|came back|again)\\b)",
                "mitigat", "roll", "impact ended", "impact stopped", "stopped", "ceased");
        add(EventKind.MITIGATION_STARTED, "mitigation|rolling back"
                + "|(?:started|began|initiated|starting) (?:the |a )?roll-?back"
                + "|roll-?back (?:was )?(?:started|began|initiated)", "mitigation", "roll");
        add(EventKind.ROOT_CAUSE_IDENTIFIED, "root cause (?:was |has been )?(?:identified|found|determined|confirmed|"
                + "understood)|(?:identified|found|determined|confirmed) (?:the )?root cause", "root cause");
        add(EventKind.ESCALATED, "escalated", "escalated");
        add(EventKind.DECLARED, "declared|declares", "declare");
        add(EventKind.DETECTED, "first alert|alert(?:s)? (?:fired|triggered|pages|(?:was |were )?received)|alerted"
                + "|paged|page (?:sent )?to (?:the )?(?:[\\w-]+ ){0,2}on-?call|detected"
                + "|(?:triggered|triggers|raised|raises|fired|fires) (?:an? )?(?:[\\w-]+ ){0,2}(?:alerts?|alarms?)(?![\\w-])|^\\s*detection\\s*$"
                // 'Alert "queue age > 5 min" fires', "Alert: decode errors > 10%", "Dana notices the queue climbing"
                + "|alerts?\\b(?:(?!\\b(?:not|never|no)\\b|n't)(?:[^.;:]|(?<=\\d)\\.(?=\\d))){0,60}?"
                + "\\b(?:fires|fired|triggers|triggered"
                + "|goes off|went off)|^\\s*alert(?=\\s*:)"
                // "notices" as a verb: not "Customer notices were emailed"
                + "|notices(?! (?:were|are|was|is|went|go|sent)\\b)|noticed|spotted"
                // "First report from a site (Tilburg shift lead)", "first customer reports in #support"
                + "|^\\W*first (?:[\\w-]+ )?reports? (?:from|of|by|in)\\b"
                // "Rosa in Finance spots duplicate invoice numbers", not "two spots were free" or "hot spots"
                + "|(?<!\\b(?:hot|blind|weak|sore|dead|the|few|some|several|two|three|free|open) )spots"
                + "(?! (?:were|are|was|is|of|on|in|for|and|left|remain)\\b)"
                // "error_ratio pages game-services on-call (Caio)", "… pages Stefan", "phones the service desk"
                + "|pages (?:the )?(?:[\\w-]+ ){0,2}on-?call(?![\\w-])"
                + "|(?-i:(?:\\w+_\\w+|[Aa]lert\\w*|[Aa]larm|[Mm]onitor|PagerDuty|Opsgenie) pages (?:@[\\w.-]+|[A-Z][a-z]+\\b))"
                + "|(?:phones|phoned|rings|rang) (?:the )?(?:service|help|support|commercial|ops|operations|it|noc)"
                + " ?desk\\b|(?:phones?|phoned|rings|rang|calls?|called) (?:the )?(?:[\\w-]+ )?on-?call(?![\\w-])"
                // People telling the company: "Support receives the first calls", "Member support opens a ticket",
                // "support escalates a ticket from a large tenant", an entry opening "Customer calls: …"
                + "|(?:receives?|received|gets|got) the first (?:[\\w-]+ )?(?:calls|tickets|complaints|reports|e-?mails)"
                + "|(?:support|care|desk|helpdesk|customers?|clients?|members?|users?|tenants?)"
                + " (?:opens|opened|raises|raised|files|filed|escalates|escalated) (?:a |an |the )?(?:support |urgent )?"
                + "(?:ticket|case)\\b(?! (?:to|for) (?:track|follow)\\b)"
                + "|^\\W*(?:an? |the )?(?:customers?|clients?|members?|users?) (?:calls|called|phones|phoned|reports"
                + "|reported|complains|complained|e-?mails|e-?mailed|writes in|wrote in)\\b",
                "alert", "paged", "page to", "page sent", "pages", "detected", "detection", "notice", "spot", "report",
                "phone", "ring", "rang", "call", "alarm", "receive", "get", "got", "support", "care", "desk", "helpdesk",
                "customer", "client", "member", "user", "tenant");
        // After detection: "Alert: deploy success rate 0%. Shreya acknowledges." is when it was detected.
        add(EventKind.ACKNOWLEDGED, "acknowledged|acknowledges|acked|(?:began|started) investigating", "acknowledge",
                "acked", "investigating");
        add(EventKind.STARTED, "(?:incident|outage|impact|issue|problem|degradation|disruption|errors?|failures?)"
                + " (?:started|began|begins?|starts?)|start of (?:the )?(?:[\\w-]+ ){0,2}(?:incident|outage|impact)"
                // "TLS handshake starts failing", "gateways begin failing uploads": the harm beginning
                + "|(?:starts?|started|begins?|began) (?:to )?(?:fail|failing|error|erroring|reject|rejecting"
                + "|time out|timing out|drop|dropping|return errors|returning errors"
                // "Players start getting disconnected with error code E-221"
                + "|(?:getting|being|seeing) (?:disconnected|kicked|errors?|timeouts?|failures?|rejected))"
                // "disconnect rate starts climbing": a measure of the harm rising, not "Worker RSS starts climbing"
                + "|(?:error|failure|disconnect|timeout|time-out|reject|5xx|drop)\\w* (?:rate|count|ratio)s? "
                + "(?:starts?|started|begins?|began) (?:to )?(?:climb|climbing|rise|rising|spike|spiking)"
                // "First incorrect declines for the affected BIN ranges", "first failed purchase"
                + "|^\\W*first (?:[\\w-]+ )?(?:errors?|failures?|declines?|timeouts?|rejections?|failed [\\w-]+)"
                + "(?![\\w-])(?!.{0,40}\\b(?:fixed|cleared|reversed|resolved|merged|review|budget|free)\\b)",
                "start", "began", "begin", "first");
    }

    private MilestoneWords() {
    }

    /**
     * A milestone's wording, and words (lower case) one of which each phrase of it contains, as long as each phrase
     * allows ("roll" for "rolled back" and "rollback", not "back", which "feedback" has too): most entries name no
     * milestone, and a plain search for these rules them out before any pattern runs.
     */
    private static void add(EventKind kind, String alternatives, String... clues) {
        WORDS.put(kind, Pattern.compile("(?i)\\b(?:" + alternatives + ")\\b"));
        CLUES.put(kind, clues);
    }

    /** The milestone the text names in clear words, else NOTE. */
    static EventKind of(String text) {
        List<EventKind> named = all(text, true);
        return named.isEmpty() ? EventKind.NOTE : named.get(0);
    }

    /**
     * Every milestone the text names, in the order they are tried: "Alert: success rate 0%. Shreya acknowledges."
     * is the detection, and the acknowledgement when the detection is already another entry's.
     */
    static List<EventKind> all(String text) {
        return all(text, false);
    }

    private static List<EventKind> all(String text, boolean firstOnly) {
        String t = text.length() > LONGEST ? text.substring(0, LONGEST) : text;
        String lower = t.toLowerCase(Locale.ROOT);
        List<EventKind> out = new ArrayList<>(1);
        for (Map.Entry<EventKind, Pattern> w : WORDS.entrySet()) {
            if (!mentions(lower, CLUES.get(w.getKey()))) {
                continue;
            }
            Matcher m = w.getValue().matcher(t);
            while (m.find()) {
                String before = t.substring(Math.max(0, m.start() - 24), m.start());
                if (!UNDONE.matcher(before).find()) {
                    out.add(w.getKey());
                    if (firstOnly) {
                        return out;
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The kind of each of the entries (given as instant and text, in any order): each milestone for the earliest
     * entry naming it, unless that would put it before a milestone that must come first, or after one that must
     * come later; the others are notes.
     */
    static List<EventKind> kinds(List<Instant> at, List<String> texts) {
        List<EventKind> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(EventKind.NOTE));
        List<Integer> byTime = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            byTime.add(i);
        }
        byTime.sort(Comparator.comparing(at::get));
        Map<EventKind, Instant> given = new EnumMap<>(EventKind.class);
        for (int i : byTime) {
            EventKind first = of(texts.get(i));
            if (first == EventKind.NOTE) {
                continue;
            }
            // Most entries name one milestone, read once; only one whose first is taken is read for the others, or
            // one that declares the incident: "Support opens a ticket after 30 e-mails; incident declared" is when
            // it was noticed, as nothing noticed it before.
            List<EventKind> named = given.containsKey(first) || !fits(first, at.get(i), given)
                    || first == EventKind.DECLARED && !given.containsKey(EventKind.DETECTED) ? all(texts.get(i))
                    : List.of(first);
            if (first == EventKind.DECLARED && named.contains(EventKind.DETECTED)) {
                named = new ArrayList<>(named);
                named.remove(EventKind.DETECTED);
                named.add(0, EventKind.DETECTED);
            }
            for (EventKind kind : named) {
                if (!given.containsKey(kind) && fits(kind, at.get(i), given)) {
                    given.put(kind, at.get(i));
                    out.set(i, kind);
                    break;
                }
            }
        }
        // A timeline that never says "resolved" ends where it closes the incident ("All validators back on 4.7.3;
        // rejections stop. Incident closed."): with no other end written, the close is the end.
        int closed = given.containsKey(EventKind.RESOLVED) ? -1 : out.indexOf(EventKind.CLOSED);
        if (closed >= 0) {
            given.remove(EventKind.CLOSED);
            if (fits(EventKind.RESOLVED, at.get(closed), given)) {
                out.set(closed, EventKind.RESOLVED);
            }
        }
        return out;
    }

    /**
     * Whether one of the clues starts a word of the lowered text: in every phrase of a milestone's wording the clue
     * stands at a word boundary or after a space or hyphen the phrase spells out, so a clue inside a word
     * ("restarted", "already", "sends") rules nothing in. Only an ASCII letter, digit or '_' right before counts as
     * inside a word: lowering puts none of those where the text had no word character.
     */
    static boolean mentions(String lower, String[] clues) {
        for (String clue : clues) {
            for (int at = lower.indexOf(clue); at >= 0; at = lower.indexOf(clue, at + 1)) {
                if (at == 0 || !asciiWordChar(lower.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean asciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean fits(EventKind kind, Instant when, Map<EventKind, Instant> given) {
        for (Map.Entry<EventKind, Instant> g : given.entrySet()) {
            if (kind.mustPrecede(g.getKey()) && when.isAfter(g.getValue())
                    || g.getKey().mustPrecede(kind) && when.isBefore(g.getValue())) {
                return false;
            }
        }
        return true;
    }
}
