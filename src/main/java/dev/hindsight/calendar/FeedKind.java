package dev.hindsight.calendar;

import dev.hindsight.kernel.Coded;

/** Whose dates a feed holds: one person's, or one team's. */
public enum FeedKind implements Coded {
    /** Items the owner account owns, and the review dates of incidents they take part in. */
    PERSON("person"),
    /** Items of the team, and the review dates of incidents one of its people responded to. */
    TEAM("team");

    private final String code;

    FeedKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
