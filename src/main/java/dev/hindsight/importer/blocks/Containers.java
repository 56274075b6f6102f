package dev.hindsight.importer.blocks;

import java.util.Optional;

/**
 * The containers a post-mortem arrives in that hold text rather than being it: a notebook or an incident kept as JSON
 * ({@link ExportedJson}), a chat channel's JSON export ({@link ChatChannelExport}), a phone's group chat exported
 * as text ({@link PhoneChatExport}), a raw e-mail
 * ({@link MailMessage}) and RTF ({@link RichText}), each unwrapped into the Markdown or plain text the ordinary
 * readers read, so that neither the importer nor the blame check reads markup. Each is told apart by its first bytes
 * before anything is parsed, so a plain document costs a few comparisons. Thread-safe.
 */
public final class Containers {

    private Containers() {
    }

    /** The text a container holds; empty when the content is none of them (it is read as the text it is). */
    public static Optional<String> asMarkdown(byte[] content) {
        if (content.length == 0) {
            return Optional.empty();
        }
        return ExportedJson.asMarkdown(content)
                .or(() -> ChatChannelExport.asMarkdown(content))
                .or(() -> PhoneChatExport.asMarkdown(content))
                .or(() -> RichText.asText(content))
                .or(() -> MailMessage.asText(content));
    }
}
