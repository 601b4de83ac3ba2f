package org.centralino.media.codec;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;

/**
 * An Opus decoder (libopus, 48 kHz mono; a stereo stream is mixed down by libopus) for one stream. A packet
 * decodes to whatever duration it holds, up to 120 ms (RFC 6716 §3.2.5). A lost packet is rebuilt from the
 * in-band FEC of the packet after it when that is at hand (RFC 7587 §3.3, {@code decode_fec=1}), otherwise by
 * libopus's own concealment. Payloads go through preallocated native buffers: no allocation per packet.
 */
final class OpusDecoder implements Decoder {
    /** 120 ms at 48 kHz: the longest an Opus packet can be (RFC 6716 §3.2.5). */
    static final int MAX_SAMPLES = 5760;
    /**
     * The largest payload we accept. A 120 ms packet could in theory be longer, but no RTP payload in a UDP
     * datagram on an Ethernet path comes near this.
     */
    static final int MAX_PAYLOAD_BYTES = 4000;

    private final OpusBindings opus;
    private final NativeResources memory;
    private final MemorySegment state;
    private final MemorySegment input;
    private final MemorySegment output;

    OpusDecoder(OpusBindings opus, Cleaner cleaner) {
        this.opus = opus;
        this.memory = new NativeResources(this, cleaner);
        try {
            MemorySegment error = memory.allocate(JAVA_INT.byteSize());
            this.state = memory.own(opus.decoderCreate(OpusCodec.RATE, 1, error), opus::decoderDestroy);
            this.input = memory.allocate(MAX_PAYLOAD_BYTES);
            this.output = memory.allocate((long) MAX_SAMPLES * Short.BYTES);
        } catch (RuntimeException e) {
            memory.close();
            throw e;
        }
    }

    @Override
    public int decode(byte[] payload, int offset, int length, short[] pcm, int pcmOffset) {
        load(payload, offset, length);
        int samples = opus.packetSamples(input, length, OpusCodec.RATE);
        if (samples > pcm.length - pcmOffset) {
            throw new CodecException("Opus packet of " + samples + " samples does not fit in "
                + (pcm.length - pcmOffset) + " samples of output");
        }
        int decoded = opus.decode(state, input, length, output, Math.min(MAX_SAMPLES, pcm.length - pcmOffset), 0);
        MemorySegment.copy(output, JAVA_SHORT, 0, pcm, pcmOffset, decoded);
        return decoded;
    }

    /**
     * {@inheritDoc} {@code samples} must be a multiple of 2.5 ms (120 samples), as libopus requires; with
     * {@code next} libopus conceals any part the FEC does not cover and decodes the FEC for the rest.
     */
    @Override
    public int conceal(byte[] next, int nextOffset, int nextLength, short[] pcm, int pcmOffset, int samples) {
        ensureOpen();
        if (samples > MAX_SAMPLES) {
            throw new CodecException("Opus conceals at most " + MAX_SAMPLES + " samples at once, not " + samples);
        }
        int decoded;
        if (next != null && nextLength > 0) {
            load(next, nextOffset, nextLength);
            decoded = opus.decode(state, input, nextLength, output, samples, 1);
        } else {
            decoded = opus.decode(state, MemorySegment.NULL, 0, output, samples, 0);
        }
        MemorySegment.copy(output, JAVA_SHORT, 0, pcm, pcmOffset, decoded);
        return decoded;
    }

    private void ensureOpen() {
        if (!memory.isOpen()) {
            throw new CodecException("Opus decoder used after close");
        }
    }

    private void load(byte[] payload, int offset, int length) {
        ensureOpen();
        if (length <= 0 || length > MAX_PAYLOAD_BYTES) {
            throw new CodecException("Opus payload of " + length + " bytes: must be 1 to " + MAX_PAYLOAD_BYTES);
        }
        MemorySegment.copy(payload, offset, input, JAVA_BYTE, 0, length);
    }

    @Override
    public void close() {
        memory.close();
    }
}
