package org.centralino.media.jitter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.centralino.media.codec.CodecParams;
import org.centralino.media.codec.G711;
import org.centralino.media.codec.G711Codec;

/**
 * A sender of 20 ms G.711 packets (random µ-law bytes, so every decoded packet is unique and can be found in
 * the output), a network with seeded random delay, loss, duplicates and stalls, and a receiver that ticks a
 * {@link JitterBuffer} every 20 ms of its own clock. Times in microseconds so ±1% drift is exact.
 */
final class NetworkSimulation {
    int baseDelayMs = 30;
    int jitterMs;
    double loss;
    double duplicates;
    /** Sender's packet spacing in µs: 20 000 normally, 20 200 for a sender 1% slow. */
    long senderSpacingMicros = 20_000;
    int firstSequence = 1000;
    long firstTimestamp = 50_000;
    int stallEveryMs;
    int stallMs;
    int packetMs = 20;

    record Arrival(long atMicros, int index) {
    }

    record Result(List<Integer> played, int unidentified, int[] playouts, JitterStats stats, double maxDelayMs,
                  double minDelayMs, int packets) {
        /** Whether the packets identified in the output came in strictly increasing order. */
        boolean inOrder() {
            for (int i = 1; i < played.size(); i++) {
                if (played.get(i) <= played.get(i - 1)) {
                    return false;
                }
            }
            return true;
        }
    }

    Result run(long seed, int seconds) {
        Random random = new Random(seed);
        int packets = (int) (seconds * 1_000_000L / senderSpacingMicros);
        int samples = packetMs * 8;
        byte[][] payloads = new byte[packets][samples];
        for (byte[] payload : payloads) {
            random.nextBytes(payload);
        }
        Map<Integer, Integer> byContent = byContent(payloads, samples);
        List<Arrival> arrivals = schedule(random, packets);
        JitterBuffer buffer = new JitterBuffer(G711Codec.PCMU.newDecoder(CodecParams.NONE), 8000, 8000,
            JitterConfig.DEFAULTS);
        List<Integer> played = new ArrayList<>();
        int[] playouts = new int[3];
        int unidentified = 0;
        double maxDelay = 0;
        double minDelay = Double.MAX_VALUE;
        short[] out = new short[160];
        int next = 0;
        long end = (long) seconds * 1_000_000 + 1_000_000;
        for (long tick = 20_000; tick < end; tick += 20_000) {
            while (next < arrivals.size() && arrivals.get(next).atMicros() <= tick) {
                Arrival a = arrivals.get(next++);
                buffer.put((firstSequence + a.index()) & 0xFFFF, (firstTimestamp + (long) a.index() * samples)
                    & 0xFFFF_FFFFL, a.index() == 0, payloads[a.index()], 0, samples, a.atMicros() / 1000);
            }
            JitterBuffer.Playout p = buffer.next(out, 0);
            playouts[p.ordinal()]++;
            if (p == JitterBuffer.Playout.AUDIO && packetMs == 20) {
                Integer index = byContent.get(Arrays.hashCode(out));
                if (index == null) {
                    unidentified++;
                } else {
                    played.add(index);
                }
            }
            if (tick > 5_000_000 && tick < (long) seconds * 1_000_000) {
                maxDelay = Math.max(maxDelay, buffer.currentDelayMillis());
                minDelay = Math.min(minDelay, buffer.currentDelayMillis());
            }
        }
        return new Result(played, unidentified, playouts, buffer.stats(), maxDelay, minDelay, packets);
    }

    /** Packet index by the hash of its first 20 ms decoded: which packet a played frame came from. */
    private static Map<Integer, Integer> byContent(byte[][] payloads, int samples) {
        Map<Integer, Integer> byContent = new HashMap<>();
        short[] decoded = new short[samples];
        for (int i = 0; i < payloads.length; i++) {
            G711.decodeUlaw(payloads[i], 0, decoded, 0, samples);
            byContent.put(Arrays.hashCode(Arrays.copyOf(decoded, 160)), i);
        }
        return byContent;
    }

    private List<Arrival> schedule(Random random, int packets) {
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < packets; i++) {
            long sent = i * senderSpacingMicros;
            if (random.nextDouble() < loss) {
                continue;
            }
            long at = sent + baseDelayMs * 1000L + (jitterMs == 0 ? 0 : random.nextInt(jitterMs * 1000));
            if (stallEveryMs > 0) {
                long periodMicros = stallEveryMs * 1000L;
                long intoPeriod = sent % periodMicros;
                if (sent >= periodMicros && intoPeriod < stallMs * 1000L) {
                    at = Math.max(at, sent - intoPeriod + stallMs * 1000L + baseDelayMs * 1000L);
                }
            }
            arrivals.add(new Arrival(at, i));
            if (random.nextDouble() < duplicates) {
                arrivals.add(new Arrival(at + random.nextInt(40_000), i));
            }
        }
        arrivals.sort(Comparator.comparingLong(Arrival::atMicros));
        return arrivals;
    }
}
