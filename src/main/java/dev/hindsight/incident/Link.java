package dev.hindsight.incident;

/** A named link: a reference, an attachment, a dashboard, a ticket. Either part may be missing. */
public record Link(String name, String url) {
    public Link {
        name = name == null ? "" : name.strip();
        url = url == null ? "" : url.strip();
    }
}
