package org.centralino.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/** Sampled latencies of one kind of request, in nanoseconds, summarised as a markdown table row. */
final class Latencies {
    private final long[] samples;
    private int n;
    private long hits;

    Latencies(int capacity) {
        samples = new long[capacity];
    }

    void add(long nanos, int resultCount) {
        samples[n++] = nanos;
        hits += resultCount;
    }

    long percentile(double p) {
        long[] sorted = Arrays.copyOf(samples, n);
        Arrays.sort(sorted);
        return sorted[Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1)];
    }

    /** | kind | n | mean hits | p50 | p90 | p99 | max | (milliseconds) */
    String row(String kind) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %s | %s | %s |", kind, n, (double) hits / n,
            ms(percentile(50)), ms(percentile(90)), ms(percentile(99)), ms(percentile(100)));
    }

    static String header() {
        return "| query kind | queries | mean hits | p50 ms | p90 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|";
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
