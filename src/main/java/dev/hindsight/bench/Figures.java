package dev.hindsight.bench;

/**
 * What one database managed, in operations per second, single-threaded.
 *
 * @param creates records created per second
 * @param reads   records read back by id per second
 * @param lists   first pages of 50 listed per second
 * @param updates records updated (one timeline note added) per second
 */
record Figures(double creates, double reads, double lists, double updates) {
}
