package org.centralino.media.codec;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import org.centralino.media.codec.OpusBindings.Request;

/**
 * An Opus encoder (libopus, {@code OPUS_APPLICATION_VOIP}, 48 kHz mono) for one stream. Each packet is copied
 * into a preallocated native buffer, encoded, and copied out: no allocation per packet.
 *
 * <p>With DTX on, libopus codes silence as 1-byte packets (just the TOC byte, RFC 6716 §3.1) with a comfort
 * noise update every 400 ms; we return those bytes rather than 0, so RTP keeps flowing (NAT bindings, RTP
 * timeouts and one-way-audio detection stay meaningful) at the cost of a one-byte payload.
 */
final class OpusEncoder implements Encoder {
    /** Packet durations RTP peers expect (RFC 7587 §4.2): 10, 20, 40 or 60 ms at 48 kHz. */
    private static final int[] PACKET_SAMPLES = {480, 960, 1920, 2880};
    private static final int MAX_SAMPLES = 2880;
    /** libopus's recommended output room ({@code opus_encode} docs): enough for any bitrate we allow. */
    static final int MAX_PACKET_BYTES = 4000;

    private final OpusBindings opus;
    private final NativeResources memory;
    private final MemorySegment state;
    private final MemorySegment input;
    private final MemorySegment output;

    OpusEncoder(OpusBindings opus, OpusEncoderSettings settings, Cleaner cleaner) {
        this.opus = opus;
        this.memory = new NativeResources(this, cleaner);
        try {
            MemorySegment error = memory.allocate(JAVA_INT.byteSize());
            MemorySegment created = opus.encoderCreate(OpusCodec.RATE, 1, OpusBindings.APPLICATION_VOIP, error);
            this.state = memory.own(created, opus::encoderDestroy);
            this.input = memory.allocate((long) MAX_SAMPLES * Short.BYTES);
            this.output = memory.allocate(MAX_PACKET_BYTES);
            configure(settings);
        } catch (RuntimeException e) {
            memory.close();
            throw e;
        }
    }

    private void configure(OpusEncoderSettings s) {
        opus.encoderCtl(state, Request.OPUS_SET_BITRATE, s.bitrate());
        opus.encoderCtl(state, Request.OPUS_SET_COMPLEXITY, s.complexity());
        opus.encoderCtl(state, Request.OPUS_SET_VBR, s.constantBitrate() ? 0 : 1);
        opus.encoderCtl(state, Request.OPUS_SET_INBAND_FEC, s.inbandFec() ? 1 : 0);
        opus.encoderCtl(state, Request.OPUS_SET_PACKET_LOSS_PERC, s.lossPercent());
        opus.encoderCtl(state, Request.OPUS_SET_DTX, s.dtx() ? 1 : 0);
        opus.encoderCtl(state, Request.OPUS_SET_MAX_BANDWIDTH, s.maxBandwidth());
    }

    @Override
    public int encode(short[] pcm, int offset, int samples, byte[] out, int outOffset) {
        if (!memory.isOpen()) {
            throw new CodecException("Opus encoder used after close");
        }
        if (!isPacketSize(samples)) {
            throw new CodecException("Opus encodes packets of 10, 20, 40 or 60 ms (480, 960, 1920 or 2880 "
                + "samples at 48 kHz), not " + samples + " samples");
        }
        MemorySegment.copy(pcm, offset, input, JAVA_SHORT, 0, samples);
        int room = Math.min(MAX_PACKET_BYTES, out.length - outOffset);
        int length = opus.encode(state, input, samples, output, room);
        MemorySegment.copy(output, JAVA_BYTE, 0, out, outOffset, length);
        return length;
    }

    private static boolean isPacketSize(int samples) {
        for (int s : PACKET_SAMPLES) {
            if (s == samples) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        memory.close();
    }
}
