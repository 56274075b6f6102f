package dev.hindsight.importer.blocks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.importer.words.ReadingWords;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat channel exported as JSON (Slack's export: a list of messages, each with "ts" seconds since 1970, the sender
 * and the "text"), read as the channel's timeline: each message a timed entry "- 2026-06-09T04:58:00Z Joy Pereira:
 * that's real …", which the timeline reader reads and the blame check takes for someone's words quoted, as it does
 * every chat timeline; a long message of several lines (a write-up pinned in the channel) is the document it is
 * ({@link ChannelMessages}). Slack's markup is undone: "&lt;@U07GRANT&gt;" is the person's handle when the export
 * names them,
 * "*bold*" is bold. Told apart cheaply (a list whose opening holds a "ts" of seconds); parsed within
 * {@link ExportedJson}'s bounds. Thread-safe.
 */
final class ChatChannelExport {
    private static final int LOOK = 4096;
    private static final Pattern EPOCH_TS = Pattern.compile("\"ts\"\\s*:\\s*\"?\\d{9,10}(\\.\\d{1,9})?\"?");
    private static final Pattern MENTION = Pattern.compile("<([@#!])([^<>|\\s]{1,80})(?:\\|([^<>]{1,200}))?>");
    private static final Pattern LINK = Pattern.compile(
            "<((?:https?|mailto):[^<>|\\s]{1,2000})(?:\\|([^<>]{1,200}))?>");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'",
            Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private static final ReadingWords WORDS = ReadingWords.load("container-words.json");
    private static final List<String> SENDER_KEYS = List.copyOf(WORDS.names("chatSenderKeys"));
    private static final List<String> PROFILE_KEYS = List.copyOf(WORDS.names("chatProfileKeys"));
    private static final List<String> TIME_KEYS = List.copyOf(WORDS.names("chatTimeKeys"));
    private static final List<String> TEXT_KEYS = List.copyOf(WORDS.names("chatTextKeys"));

    private ChatChannelExport() {
    }

    /** Whether the content is a chat channel's export: a JSON list whose opening has a message time in seconds. */
    static boolean is(byte[] content) {
        int at = content.length >= 3 && content[0] == (byte) 0xEF ? 3 : 0;
        while (at < content.length && at < 64 && Character.isWhitespace(content[at])) {
            at++;
        }
        if (at >= content.length || content[at] != '[') {
            return false;
        }
        String head = new String(content, 0, Math.min(content.length, LOOK), StandardCharsets.UTF_8);
        return EPOCH_TS.matcher(head).find() && head.contains("\"text\"");
    }

    /** The channel as Markdown, when the content is a chat channel's export that parses. */
    static Optional<String> asMarkdown(byte[] content) {
        if (content.length > Blocks.MAX_TEXT_BYTES || !is(content)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = ExportedJson.JSON.readTree(Blocks.decode(content));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not JSON after all, or past the bounds: read as the text it is
        }
        if (root == null || !root.isArray()) {
            return Optional.empty();
        }
        Map<String, String> handles = handles(root);
        ChannelMessages channel = new ChannelMessages();
        for (JsonNode message : root) {
            String text = first(message, TEXT_KEYS);
            Instant at = time(message);
            if (!text.isBlank() && at != null) {
                channel.add(WRITTEN.format(at.atOffset(ZoneOffset.UTC)),
                        DAY.format(at.atOffset(ZoneOffset.UTC)) + " UTC", sender(message), unmarked(text, handles));
            }
        }
        return channel.isEmpty() ? Optional.empty() : Optional.of(channel.markdown());
    }

    /** Slack's markup undone: mentions as handles or names, links as their labels, its three escapes. */
    private static String unmarked(String text, Map<String, String> handles) {
        String out = text;
        if (out.indexOf('<') >= 0) {
            out = LINK.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2)
                    : m.group(1)));
            out = MENTION.matcher(out).replaceAll(m -> Matcher.quoteReplacement(switch (m.group(1)) {
                case "@" -> "@" + (m.group(3) != null ? m.group(3) : handles.getOrDefault(m.group(2), m.group(2)));
                case "#" -> "#" + (m.group(3) != null ? m.group(3) : m.group(2));
                default -> "@" + (m.group(3) != null ? m.group(3) : m.group(2));
            }));
        }
        return out.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Each sender's id ("U02WILL") to the handle the export gives them ("will.achterberg"). */
    private static Map<String, String> handles(JsonNode root) {
        Map<String, String> handles = new HashMap<>();
        for (JsonNode message : root) {
            JsonNode profile = profile(message);
            String handle = profile.path("display_name").asText(profile.path("name").asText(""));
            if (message.path("user").isTextual() && !handle.isBlank()) {
                handles.putIfAbsent(message.path("user").asText(), handle);
            }
        }
        return handles;
    }

    /** The sender's profile the message carries (Slack's "user_profile"), or a missing node. */
    private static JsonNode profile(JsonNode message) {
        for (String key : PROFILE_KEYS) {
            if (message.path(key).isObject()) {
                return message.path(key);
            }
        }
        return message.path(PROFILE_KEYS.get(0));
    }

    private static String sender(JsonNode message) {
        JsonNode profile = profile(message);
        for (String key : SENDER_KEYS) {
            for (JsonNode holder : new JsonNode[] {profile, message}) {
                JsonNode value = holder.path(key);
                if (value.isTextual() && !value.asText().isBlank()) {
                    return value.asText().strip();
                }
            }
        }
        return "someone";
    }

    private static String first(JsonNode message, List<String> keys) {
        for (String key : keys) {
            if (message.path(key).isTextual()) {
                return message.path(key).asText();
            }
        }
        return "";
    }

    /** The message's time: seconds since 1970 (with a fraction, as text or a number); null when there is none. */
    private static Instant time(JsonNode message) {
        String value = first(message, TIME_KEYS);
        if (value.isEmpty()) {
            for (String key : TIME_KEYS) {
                if (message.path(key).isNumber()) {
                    value = message.path(key).asText();
                }
            }
        }
        if (!value.strip().matches("\\d{9,10}(\\.\\d{1,9})?")) {
            return null;
        }
        try {
            long seconds = new BigDecimal(value.strip()).longValue();
            return seconds >= 1_000_000_000L && seconds < 10_000_000_000L ? Instant.ofEpochSecond(seconds) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
