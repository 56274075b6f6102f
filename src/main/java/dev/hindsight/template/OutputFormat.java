package dev.hindsight.template;

import dev.hindsight.kernel.Coded;

/** What a rendered document is written as. */
public enum OutputFormat implements Coded {
    MARKDOWN("md", "text/markdown; charset=utf-8"),
    HTML("html", "text/html; charset=utf-8"),
    PDF("pdf", "application/pdf"),
    TEXT("txt", "text/plain; charset=utf-8");

    private final String code;
    private final String mediaType;

    OutputFormat(String code, String mediaType) {
        this.code = code;
        this.mediaType = mediaType;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public java.util.List<String> aliases() {
        return switch (this) {
            case MARKDOWN -> java.util.List.of("markdown");
            case TEXT -> java.util.List.of("text", "plain");
            default -> java.util.List.of();
        };
    }

    public String mediaType() {
        return mediaType;
    }
}
