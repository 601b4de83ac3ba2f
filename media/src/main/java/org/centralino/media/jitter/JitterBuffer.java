package org.centralino.media.jitter;

import java.util.Arrays;
import org.centralino.media.audio.Pcm;
import org.centralino.media.codec.CodecException;
import org.centralino.media.codec.Decoder;

/**
 * Adaptive jitter buffer for one received RTP stream: packets go in as they arrive ({@link #put}), and every
 * 20 ms media tick {@link #next} takes out 20 ms of PCM at the decoder's rate, decoding, concealing or giving
 * silence.
 *
 * <p><b>Order.</b> Packets are kept in preallocated slots by extended sequence number (wrap-around handled as in
 * RFC 3550 A.1) and played in sequence order; timestamps only give the packet duration (the step between
 * neighbours: 10 to 120 ms packets, decoded samples beyond the tick carried to the next one). A packet whose
 * turn has passed is late (dropped, counted); a second copy is a duplicate (dropped, counted); a missing packet
 * with later ones already here is lost: the decoder conceals it ({@link Decoder#conceal}), given the next
 * packet's payload when it is here (Opus in-band FEC, RFC 7587 §3.3).
 *
 * <p><b>Delay.</b> The target playout delay is one packet plus {@value PlayoutDelay#JITTER_FACTOR} times the
 * RFC 3550 A.8 interarrival jitter, within {@link JitterConfig}'s bounds (20-200 ms by default). It grows at once
 * when the jitter rises, and by one packet when the buffer runs dry and the missing packet then arrives (an
 * underrun: the gap was concealed, so the delay has grown by it already); it shrinks by
 * {@value PlayoutDelay#TARGET_DECAY_PER_SECOND} ms a second at most. The delay itself follows the target through
 * the buffer level, averaged over one second: above the band (target plus one packet) one 20 ms frame of decoded
 * audio is dropped, preferably from a quiet packet (from any packet once the level has been above the band for
 * more than {@value PlayoutDelay#FORCE_DROP_WINDOWS} s in a row, or at once when it is two packets above the
 * target or above the largest delay); below
 * target minus half a packet (running dry costs more than a little extra delay) one frame of concealment is
 * inserted. One correction a second is up to 2% of the stream, so sender clocks off by ±1% are followed without
 * the buffer growing without bound or running dry again and again.
 *
 * <p><b>Starting and stopping.</b> Before the first packet, and after the buffer has been dry for
 * {@value #STOP_AFTER_MILLIS} ms (the sender stopped: silence suppression, hold), the output is silence. A
 * stream that (re)starts is buffered until the target delay is reached (or has passed since its first packet),
 * keeping only the newest target's worth (plus a tick) of any backlog. A packet with the marker bit that comes
 * while the buffer is dry starts a talkspurt (RFC 3551 §4.1) and is buffered likewise. A sequence jump beyond
 * {@value #MAX_DROPOUT} ahead or {@value #MAX_MISORDER} behind (RFC 3550 A.1's limits), confirmed by the next
 * packet, and {@link #reset} (the caller's answer to an SSRC change) take the stream up afresh. A timestamp jump
 * alone changes nothing: play follows sequence numbers, and the jitter estimate ignores steps over 2 s.
 *
 * <p>No allocation per packet or tick: payloads are copied into the slots, decoded audio goes to a carry
 * buffer sized for the longest packet. One stream, one thread (the media thread both puts and takes).
 */
public final class JitterBuffer {
    /** What a tick's 20 ms hold. */
    public enum Playout {
        /** Decoded audio only. */
        AUDIO,
        /** At least partly concealment (lost packet, underrun, inserted frame). */
        CONCEALED,
        /** Silence: no stream yet, stream stopped, or still buffering. */
        SILENCE
    }

    private enum Phase { IDLE, BUFFERING, PLAYING }

    static final int STOP_AFTER_MILLIS = 120;
    static final int MAX_DROPOUT = 3000;
    static final int MAX_MISORDER = 100;
    /** Mean absolute sample below which a packet counts as quiet (about -40 dBFS). */
    static final int QUIET_LEVEL = 300;
    private static final int LONGEST_PACKET_MS = 120;
    private static final long NONE = Long.MIN_VALUE;

    private final Decoder decoder;
    private final int sampleRate;
    private final int clockRate;
    private final JitterConfig config;
    private final PacketSlots slots;
    private final JitterEstimator jitter;
    private final int frame;
    private final short[] carry;
    private int carryStart;
    private int carryLength;
    private boolean referenced;
    private long highest;
    private long newestTimestamp;
    private long nextSeq;
    private long lastPlayed = NONE;
    private int probation = -1;
    private long packetUnits;
    private Phase phase = Phase.IDLE;
    private long ticks;
    private long bufferingSince;
    private boolean dry;
    private int drySamples;
    private final PlayoutDelay playout;
    private long received, late, duplicates, lost, concealed, dropped, inserted, underruns, resyncs, rejected;

    /**
     * @param decoder    the stream's decoder (owned by the caller)
     * @param sampleRate the decoder's output rate
     * @param clockRate  the payload type's RTP clock rate (8000 for G.711 and G.722, 48000 for Opus)
     */
    public JitterBuffer(Decoder decoder, int sampleRate, int clockRate, JitterConfig config) {
        this.decoder = decoder;
        this.sampleRate = sampleRate;
        this.clockRate = clockRate;
        this.config = config;
        this.slots = new PacketSlots(config.slots(), config.maxPayloadBytes());
        this.jitter = new JitterEstimator(clockRate);
        this.frame = Pcm.samples(sampleRate, Pcm.FRAME_MS);
        this.carry = new short[frame + Pcm.samples(sampleRate, LONGEST_PACKET_MS)];
        this.packetUnits = (long) clockRate * Pcm.FRAME_MS / 1000;
        this.playout = new PlayoutDelay(config);
    }

    /** Samples {@link #next} writes per tick (20 ms at the decoder's rate). */
    public int frameSamples() {
        return frame;
    }

    /** Takes one received packet; the payload is copied, the caller's buffer may be reused at once. */
    public void put(int sequence, long timestamp, boolean marker, byte[] payload, int offset, int length,
                    long arrivalMillis) {
        received++;
        if (length < 0 || length > config.maxPayloadBytes()) {
            rejected++;
            return;
        }
        if (!referenced) {
            take(sequence, timestamp);
        }
        long seq = RtpSerial.unwrap(highest, sequence & 0xFFFF, 16);
        if (seq - highest > MAX_DROPOUT || highest - seq > MAX_MISORDER) {
            if ((sequence & 0xFFFF) != probation) {
                probation = (sequence + 1) & 0xFFFF;
                return;
            }
            resync();
            take(sequence, timestamp);
            seq = highest;
        }
        probation = -1;
        long ts = RtpSerial.unwrap(newestTimestamp, timestamp & 0xFFFF_FFFFL, 32);
        jitter.update(arrivalMillis, ts);
        accept(seq, ts, marker, payload, offset, length);
    }

    /** Forgets the stream (the sender changed SSRC, or the call was re-INVITEd to another source). */
    public void reset() {
        resync();
    }

    private void resync() {
        slots.clear();
        referenced = false;
        phase = Phase.IDLE;
        lastPlayed = NONE;
        carryLength = 0;
        dry = false;
        jitter.restart();
        resyncs++;
    }

    private void take(int sequence, long timestamp) {
        referenced = true;
        highest = sequence & 0xFFFF;
        nextSeq = highest;
        newestTimestamp = timestamp & 0xFFFF_FFFFL;
    }

    private void accept(long seq, long ts, boolean marker, byte[] payload, int offset, int length) {
        if (seq < nextSeq && !earlierWhileBuffering(seq)) {
            late++;
            return;
        }
        if (slots.has(seq)) {
            duplicates++;
            return;
        }
        if (seq >= nextSeq + slots.capacity()) {
            skipTo(seq - slots.capacity() + 1);
        }
        slots.store(seq, ts, marker, payload, offset, length);
        learnDuration(seq, ts);
        if (seq > highest) {
            highest = seq;
            newestTimestamp = ts;
        }
        wake(seq, marker);
    }

    /** While buffering, a packet older than the first one received is still in time: start from it. */
    private boolean earlierWhileBuffering(long seq) {
        if (phase != Phase.PLAYING && seq >= nextSeq - MAX_MISORDER && (lastPlayed == NONE || seq > lastPlayed)) {
            nextSeq = seq;
            return true;
        }
        return false;
    }

    /** The packet duration from the timestamp step to a neighbour, when it is a plausible one (2.5-120 ms). */
    private void learnDuration(long seq, long ts) {
        long step = 0;
        if (slots.has(seq - 1)) {
            step = ts - slots.timestamp(seq - 1);
        } else if (slots.has(seq + 1)) {
            step = slots.timestamp(seq + 1) - ts;
        }
        if (step >= clockRate / 400 && step <= (long) clockRate * LONGEST_PACKET_MS / 1000) {
            packetUnits = step;
        }
    }

    private void wake(long seq, boolean marker) {
        if (phase == Phase.IDLE || (phase == Phase.PLAYING && marker && dry && seq == nextSeq)) {
            if (phase == Phase.IDLE) {
                nextSeq = seq;
            }
            phase = Phase.BUFFERING;
            bufferingSince = ticks;
            dry = false;
        }
    }

    /** Gives up on packets before {@code seq}: buffered ones are dropped, missing ones counted lost. */
    private void skipTo(long seq) {
        for (long s = nextSeq; s < seq; s++) {
            if (slots.has(s)) {
                slots.remove(s);
                dropped++;
            } else if (phase == Phase.PLAYING) {
                lost++; // otherwise counted when playing starts again
            }
        }
        nextSeq = seq;
    }

    /**
     * Writes the next 20 ms ({@link #frameSamples()} samples) into {@code out} from {@code offset}; call once per
     * media tick.
     */
    public Playout next(short[] out, int offset) {
        ticks++;
        playout.adapt(packetMillis(), jitter.millis());
        if (phase == Phase.PLAYING) {
            playout.observe(levelMillis(), packetMillis());
        }
        boolean audio = false;
        boolean concealment = false;
        int filled = 0;
        while (filled < frame) {
            if (carryLength == 0) {
                Playout made = produce();
                if (made == Playout.SILENCE) {
                    Arrays.fill(out, offset + filled, offset + frame, (short) 0);
                    break;
                }
                audio |= made == Playout.AUDIO;
                concealment |= made == Playout.CONCEALED;
                continue;
            }
            int n = Math.min(carryLength, frame - filled);
            System.arraycopy(carry, carryStart, out, offset + filled, n);
            carryStart += n;
            carryLength -= n;
            filled += n;
        }
        return concealment ? Playout.CONCEALED : audio ? Playout.AUDIO : Playout.SILENCE;
    }

    /** Puts the next stretch of audio into the (empty) carry buffer, or says there is none. */
    private Playout produce() {
        carryStart = 0;
        if (phase == Phase.IDLE || (phase == Phase.BUFFERING && !startPlaying())) {
            return Playout.SILENCE;
        }
        if (playout.insert()) {
            inserted++;
            return concealInto(null, 0, 0, frame);
        }
        if (slots.has(nextSeq)) {
            return decodeNext();
        }
        if (highest > nextSeq) {
            return concealLost();
        }
        return runDry();
    }

    private Playout decodeNext() {
        long seq = nextSeq++;
        lastPlayed = seq;
        if (dry) {
            underruns++;
            playout.grow(packetMillis());
            dry = false;
        }
        drySamples = 0;
        try {
            carryLength = decoder.decode(slots.payloads(), slots.offset(seq), slots.length(seq), carry, 0);
        } catch (CodecException e) {
            slots.remove(seq);
            lost++; // a corrupt payload is as good as lost: its turn is concealed
            return concealInto(null, 0, 0, packetSamples());
        }
        slots.remove(seq);
        if (playout.drop(quiet())) {
            dropped++;
            int cut = Math.min(carryLength, frame);
            carryStart = cut;
            carryLength -= cut;
        }
        return Playout.AUDIO;
    }

    private Playout concealLost() {
        long seq = nextSeq++;
        lastPlayed = seq;
        lost++;
        long following = seq + 1;
        if (slots.has(following)) {
            return concealInto(slots.payloads(), slots.offset(following), slots.length(following), packetSamples());
        }
        return concealInto(null, 0, 0, packetSamples());
    }

    /** Nothing to play: conceal a frame (the packet may just be late) until the stream counts as stopped. */
    private Playout runDry() {
        if (drySamples >= Pcm.samples(sampleRate, STOP_AFTER_MILLIS)) {
            phase = Phase.IDLE;
            dry = false;
            return Playout.SILENCE;
        }
        dry = true;
        drySamples += frame;
        return concealInto(null, 0, 0, frame);
    }

    private Playout concealInto(byte[] next, int nextOffset, int nextLength, int samples) {
        concealed++;
        carryLength = decoder.conceal(next, nextOffset, nextLength, carry, 0, Math.min(samples, carry.length));
        return Playout.CONCEALED;
    }

    /** Leaves buffering once the target's worth is here or the target's time has passed since the first packet. */
    private boolean startPlaying() {
        int waited = (int) (ticks - bufferingSince - 1) * Pcm.FRAME_MS; // the first tick after the packet is 0
        // one packet alone does not tell its duration (the timestamp step does): wait for a second, or the time
        double target = playout.target();
        if ((levelMillis() < target || highest == nextSeq) && waited < target) {
            return false;
        }
        long keep = Math.max(1, (long) Math.ceil((target + Pcm.FRAME_MS) / packetMillis()));
        if (highest - nextSeq + 1 > keep) {
            skipTo(highest - keep + 1);
        }
        if (lastPlayed != NONE && nextSeq > lastPlayed + 1) {
            lost += nextSeq - lastPlayed - 1;
        }
        phase = Phase.PLAYING;
        playout.restart();
        return true;
    }

    /** Audio here and not yet played: packets from the next to the newest (gaps included) and carried samples. */
    private double levelMillis() {
        long packets = phase == Phase.IDLE ? 0 : Math.max(0, highest - nextSeq + 1);
        return packets * packetMillis() + carryLength * 1000.0 / sampleRate;
    }

    private boolean quiet() {
        long sum = 0;
        for (int i = 0; i < carryLength; i++) {
            sum += Math.abs(carry[i]);
        }
        return carryLength > 0 && sum / carryLength < QUIET_LEVEL;
    }

    private double packetMillis() {
        return packetUnits * 1000.0 / clockRate;
    }

    private int packetSamples() {
        return (int) (packetUnits * sampleRate / clockRate);
    }

    /** The counters and the current delay. */
    public JitterStats stats() {
        return new JitterStats(received, late, duplicates, lost, concealed, dropped, inserted, underruns, resyncs,
            rejected, playout.delay(), playout.target(), jitter.millis());
    }

    /** The buffered audio averaged over the last second, in ms. */
    public double currentDelayMillis() {
        return playout.delay();
    }
}
