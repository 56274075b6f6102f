package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A chat channel's JSON export (Slack's) read as the channel's timeline, a long post as the document it is. */
class ChatChannelExportTest {

    private static final String EXPORT = """
            [
              {"type": "message", "subtype": "bot_message", "username": "Alertmanager",
               "text": "[FIRING] QueueDepthHigh", "ts": "1767258000.000100"},
              {"type": "message", "user": "U01ANA", "text": "on it, <@U02BEN> can you check the consumers?",
               "ts": "1767258120.000200", "user_profile": {"real_name": "Ana Silva", "display_name": "ana.s"}},
              {"type": "message", "user": "U02BEN", "text": "my bad, I paused them &amp; forgot",
               "ts": "1767258180.000300", "user_profile": {"real_name": "Ben Ode", "display_name": "ben.o"}},
              {"type": "message", "user": "U01ANA", "ts": "1767265200.000400",
               "user_profile": {"real_name": "Ana Silva", "display_name": "ana.s"},
               "text": "*Queue backlog write-up*\\nAll times UTC.\\n\\n*What happened*\\nConsumers were paused for a deploy and not resumed, so the queue grew for forty minutes before the alert.\\n\\n*Follow-ups*\\n• Resume consumers in the deploy script — <@U02BEN> — due 2026-01-09\\n• Alert on paused consumers — <@U01ANA>"}
            ]
            """;

    private static String markdown(String json) {
        return ChatChannelExport.asMarkdown(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void eachMessageIsATimedEntryWithItsSenderAndMentionsAsHandles() {
        String text = markdown(EXPORT);

        assertThat(text).startsWith("## Messages\n\n- 2026-01-01T09:00:00Z Alertmanager: [FIRING] QueueDepthHigh\n"
                + "- 2026-01-01T09:02:00Z Ana Silva: on it, @ben.o can you check the consumers?\n"
                + "- 2026-01-01T09:03:00Z Ben Ode: my bad, I paused them & forgot\n");
    }

    @Test
    void aLongPostIsWrittenAfterTheMessagesWithItsBoldLinesAsHeadings() {
        String text = markdown(EXPORT);

        assertThat(text).contains("- 2026-01-01T11:00:00Z Ana Silva: **Queue backlog write-up** (written out below)")
                .contains("# Queue backlog write-up\n\nPosted by Ana Silva.\n\nDate: 2026-01-01 11:00:00 UTC\n")
                .contains("## What happened\n").contains("## Follow-ups\n")
                .contains("- Resume consumers in the deploy script — @ben.o — due 2026-01-09\n");
    }

    @Test
    void onlyAListWhoseOpeningHasMessageTimesInSecondsIsAChannel() {
        assertThat(ChatChannelExport.is("[{\"name\": \"left-pad\", \"version\": \"1.0\"}]"
                .getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(ChatChannelExport.is("{\"ts\": \"1767258000.1\", \"text\": \"x\"}"
                .getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(ChatChannelExport.asMarkdown("[{\"ts\": \"1767258000.1\", \"text\": ".getBytes(
                StandardCharsets.UTF_8))).isEmpty(); // broken JSON is read as the text it is
    }
}
