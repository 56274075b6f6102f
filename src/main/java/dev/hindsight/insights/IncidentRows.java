package dev.hindsight.insights;

import java.util.Arrays;

/**
 * The filtered incidents' figures as columns of primitives (100,000 incidents are a few megabytes, not 100,000
 * objects). A missing value is {@link #NONE}. Times are seconds; {@code toFinal} is seconds from resolution to the
 * post-mortem becoming final. Not thread-safe; filled once, then only read.
 */
final class IncidentRows {

    static final long NONE = Long.MIN_VALUE;
    /** Detect, acknowledge, mitigate, resolve: the order of {@link Insights#METRICS}. */
    static final int METRIC_COUNT = 4;

    int size;
    long[] startedDay = new long[1024];
    int[] severity = new int[1024];
    long[][] seconds = new long[METRIC_COUNT][1024];
    long[] toFinal = new long[1024];
    final Names services;
    final Names teams;
    final Names factors;
    final Names discoveryMethods;

    /** @param books services', teams', factors' and discovery methods' numbers, in that order */
    IncidentRows(NameBook[] books) {
        services = new Names(books[0]);
        teams = new Names(books[1]);
        factors = new Names(books[2]);
        discoveryMethods = new Names(books[3]);
    }

    /** @param names the incident's services, teams, factors and discovery method, numbered by the books */
    void add(long startedAt, int level, long[] metricSeconds, long secondsToFinal, int[][] names) {
        if (size == startedDay.length) {
            int grown = size * 2;
            startedDay = Arrays.copyOf(startedDay, grown);
            severity = Arrays.copyOf(severity, grown);
            for (int m = 0; m < METRIC_COUNT; m++) {
                seconds[m] = Arrays.copyOf(seconds[m], grown);
            }
            toFinal = Arrays.copyOf(toFinal, grown);
        }
        startedDay[size] = Math.floorDiv(startedAt, 86_400_000L);
        severity[size] = level;
        for (int m = 0; m < METRIC_COUNT; m++) {
            seconds[m][size] = metricSeconds[m];
        }
        toFinal[size] = secondsToFinal;
        services.add(size, names[0]);
        teams.add(size, names[1]);
        factors.add(size, names[2]);
        discoveryMethods.add(size, names[3]);
        size++;
    }
}
