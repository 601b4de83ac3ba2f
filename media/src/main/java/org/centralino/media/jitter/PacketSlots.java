package org.centralino.media.jitter;

import java.util.Arrays;

/**
 * The packets a {@link JitterBuffer} holds, in preallocated slots indexed by extended sequence number modulo
 * the slot count: storing copies the payload into the slot's region of one array, so no packet allocates.
 */
final class PacketSlots {
    private static final long EMPTY = Long.MIN_VALUE;

    private final int mask;
    private final int maxPayload;
    private final byte[] payloads;
    private final int[] lengths;
    private final long[] sequences;
    private final long[] timestamps;
    private final boolean[] markers;

    PacketSlots(int count, int maxPayload) {
        this.mask = count - 1;
        this.maxPayload = maxPayload;
        this.payloads = new byte[count * maxPayload];
        this.lengths = new int[count];
        this.sequences = new long[count];
        this.timestamps = new long[count];
        this.markers = new boolean[count];
        clear();
    }

    int capacity() {
        return mask + 1;
    }

    boolean has(long sequence) {
        return sequences[index(sequence)] == sequence;
    }

    void store(long sequence, long timestamp, boolean marker, byte[] payload, int offset, int length) {
        int i = index(sequence);
        System.arraycopy(payload, offset, payloads, i * maxPayload, length);
        lengths[i] = length;
        sequences[i] = sequence;
        timestamps[i] = timestamp;
        markers[i] = marker;
    }

    void remove(long sequence) {
        int i = index(sequence);
        if (sequences[i] == sequence) {
            sequences[i] = EMPTY;
        }
    }

    void clear() {
        Arrays.fill(sequences, EMPTY);
    }

    /** The array holding the payloads; a packet's bytes start at {@link #offset}. */
    byte[] payloads() {
        return payloads;
    }

    int offset(long sequence) {
        return index(sequence) * maxPayload;
    }

    int length(long sequence) {
        return lengths[index(sequence)];
    }

    long timestamp(long sequence) {
        return timestamps[index(sequence)];
    }

    boolean marker(long sequence) {
        return markers[index(sequence)];
    }

    private int index(long sequence) {
        return (int) sequence & mask;
    }
}
