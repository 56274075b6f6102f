package dev.hindsight.importer.layouts;

import dev.hindsight.incident.Communication;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Communication Notes of the incident post-mortem layout: the assessment in prose, then optionally
 * "**Channels:** a, b", "**Messages:**" with one "- time, channel (Internal): message" bullet each, and
 * "**Improvements needed:**" with one bullet each. Anything else written there stays in the assessment.
 */
final class PostmortemCommunication {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern LEAD = Pattern.compile("^[\\s,:\\-–—]+");
    private static final Pattern AUDIENCE = Pattern.compile("(?i)\\((internal|external)\\)\\s*:\\s*");

    private enum Part { ASSESSMENT, MESSAGES, IMPROVEMENTS }

    private PostmortemCommunication() {
    }

    static Communication read(Section section, PostmortemClock.Cursor cursor) {
        List<String> assessment = new ArrayList<>();
        List<String> channels = new ArrayList<>();
        List<Communication.Message> log = new ArrayList<>();
        List<String> improvements = new ArrayList<>();
        Part part = Part.ASSESSMENT;
        boolean comment = false;
        for (String line : section.lines()) {
            String t = line.strip();
            if (comment || t.startsWith("<!--")) {
                comment = !t.contains("-->");
                continue;
            }
            if (Section.isGuidance(t) || !t.isEmpty() && Placeholders.isUnfilled(t)) {
                continue;
            }
            String label = PostmortemText.labelOf(t);
            if (!BULLET.matcher(line).matches() && PostmortemText.matches(label, "Channels", "Channels used")) {
                channels.addAll(PostmortemLinks.services(PostmortemText.afterLabel(t)));
                part = Part.ASSESSMENT;
                continue;
            }
            if (!BULLET.matcher(line).matches() && PostmortemText.matches(label, "Messages", "Messages sent",
                    "What was communicated")) {
                part = Part.MESSAGES;
                continue;
            }
            if (!BULLET.matcher(line).matches() && PostmortemText.matches(label, "Improvements needed",
                    "Improvements", "Improvements for next time")) {
                part = Part.IMPROVEMENTS;
                String rest = Placeholders.value(PostmortemText.afterLabel(t));
                if (!rest.isEmpty()) {
                    improvements.add(rest);
                }
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (part != Part.ASSESSMENT && bullet.matches()) {
                String item = Section.unescape(bullet.group(1).strip());
                if (Placeholders.isUnfilled(item)) {
                    continue;
                }
                if (part == Part.MESSAGES) {
                    log.add(message(item, cursor));
                } else {
                    improvements.add(item);
                }
                continue;
            }
            if (part != Part.ASSESSMENT && t.isEmpty()) {
                continue;
            }
            part = Part.ASSESSMENT;
            assessment.add(line);
        }
        String text = PostmortemText.paragraphs(assessment);
        return Communication.builder().assessment(text).channels(channels).log(log).improvements(improvements)
                .build();
    }

    /** "2026-03-03 2:10 PM, Slack #incidents (Internal): text"; the time and channel may be missing. */
    private static Communication.Message message(String item, PostmortemClock.Cursor cursor) {
        Matcher audience = AUDIENCE.matcher(item);
        boolean marked = audience.find();
        String head = marked ? item.substring(0, audience.start()).strip() : item;
        String text = marked ? item.substring(audience.end()) : "";
        Instant at = null;
        Matcher when = PostmortemClock.WHEN.matcher(head);
        if (when.find()) {
            at = PostmortemClock.when(when.group(1), cursor.day()).flatMap(cursor::at).orElse(null);
            head = LEAD.matcher(head.substring(when.end())).replaceFirst("");
        }
        boolean external = marked && audience.group(1).equalsIgnoreCase("external");
        return marked ? new Communication.Message(at, head.strip(), external, text.strip())
                : new Communication.Message(at, "", false, head.strip());
    }
}
