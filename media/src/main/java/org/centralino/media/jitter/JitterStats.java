package org.centralino.media.jitter;

/**
 * A snapshot of a {@link JitterBuffer}'s counters, for call-quality records and logs.
 *
 * @param received      packets put
 * @param late          packets that came after their turn to play had passed (dropped)
 * @param duplicates    packets received twice (the copy dropped)
 * @param lost          packets that never came in time: their turn was concealed
 * @param concealed     concealed stretches (lost packets, underruns, inserted frames)
 * @param dropped       packets discarded (backlog after a stall) and 20 ms frames cut to shrink the delay (drift)
 * @param inserted      frames inserted to grow the delay (drift)
 * @param underruns     times the buffer ran dry while playing and the next packet came later
 * @param resyncs       times the stream was taken up afresh (SSRC change, sequence jump)
 * @param rejected      payloads larger than the slots (dropped)
 * @param delayMillis   the buffered audio, averaged over the last second
 * @param targetMillis  the delay the buffer aims for
 * @param jitterMillis  the RFC 3550 interarrival jitter estimate
 */
public record JitterStats(long received, long late, long duplicates, long lost, long concealed, long dropped,
                          long inserted, long underruns, long resyncs, long rejected, double delayMillis,
                          double targetMillis, double jitterMillis) {
}
