package dev.hindsight.incident;

/**
 * A record's canonical JSON exactly as the store keeps it (written by the one mapper when it was saved), with
 * its revision: served as it is, it saves reading the record into objects and writing it out again.
 */
public record StoredJson(int revision, String json) {
}
