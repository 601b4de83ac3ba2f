package org.centralino.media.codec;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;

/**
 * A G.729 decoder (bcg729) for one stream. A payload is zero or more 10-byte frames optionally followed by
 * one 2-byte Annex B SID frame (RFC 3551 §4.5.6), each giving 80 samples (comfort noise for the SID). A lost
 * packet is concealed by bcg729 itself: its frame-erasure flag runs G.729 §4.4's concealment.
 */
final class G729Decoder implements Decoder {
    private final Bcg729Bindings bcg729;
    private final NativeResources memory;
    private final MemorySegment context;
    private final MemorySegment input;
    private final MemorySegment output;
    private final MemorySegment[] frameBits = new MemorySegment[G729Codec.MAX_FRAMES];
    private final MemorySegment[] frameOut = new MemorySegment[G729Codec.MAX_FRAMES];

    G729Decoder(Bcg729Bindings bcg729, Cleaner cleaner) {
        this.bcg729 = bcg729;
        this.memory = new NativeResources(this, cleaner);
        try {
            this.context = memory.own(bcg729.decoderInit(), bcg729::decoderClose);
            this.input = memory.allocate((long) G729Codec.MAX_FRAMES * G729Codec.FRAME_BYTES);
            this.output = memory.allocate((long) G729Codec.MAX_FRAMES * G729Codec.FRAME_SAMPLES * Short.BYTES);
            for (int f = 0; f < G729Codec.MAX_FRAMES; f++) {
                frameBits[f] = input.asSlice((long) f * G729Codec.FRAME_BYTES, G729Codec.FRAME_BYTES);
                frameOut[f] = output.asSlice((long) f * G729Codec.FRAME_SAMPLES * Short.BYTES,
                    (long) G729Codec.FRAME_SAMPLES * Short.BYTES);
            }
        } catch (RuntimeException e) {
            memory.close();
            throw e;
        }
    }

    @Override
    public int decode(byte[] payload, int offset, int length, short[] pcm, int pcmOffset) {
        ensureOpen();
        int voice = length / G729Codec.FRAME_BYTES;
        int tail = length % G729Codec.FRAME_BYTES;
        if (length == 0 || (tail != 0 && tail != G729Codec.SID_BYTES)) {
            throw new CodecException("G.729 payload of " + length + " bytes: must be 10-byte frames and at most "
                + "one 2-byte SID frame at the end (RFC 3551 §4.5.6)");
        }
        int frames = voice + (tail == 0 ? 0 : 1);
        checkRoom(frames, pcm.length - pcmOffset);
        MemorySegment.copy(payload, offset, input, JAVA_BYTE, 0, length);
        for (int f = 0; f < voice; f++) {
            bcg729.decode(context, frameBits[f], G729Codec.FRAME_BYTES, false, false, frameOut[f]);
        }
        if (tail != 0) {
            bcg729.decode(context, frameBits[voice], G729Codec.SID_BYTES, false, true, frameOut[voice]);
        }
        int samples = frames * G729Codec.FRAME_SAMPLES;
        MemorySegment.copy(output, JAVA_SHORT, 0, pcm, pcmOffset, samples);
        return samples;
    }

    /** {@inheritDoc} G.729 has no FEC: {@code next} is not used; whole 10 ms frames are concealed. */
    @Override
    public int conceal(byte[] next, int nextOffset, int nextLength, short[] pcm, int pcmOffset, int samples) {
        ensureOpen();
        int frames = (samples + G729Codec.FRAME_SAMPLES - 1) / G729Codec.FRAME_SAMPLES;
        if (frames > G729Codec.MAX_FRAMES) {
            throw new CodecException("G.729 conceals at most " + G729Codec.MAX_FRAMES * G729Codec.FRAME_SAMPLES
                + " samples at once, not " + samples);
        }
        for (int f = 0; f < frames; f++) {
            bcg729.decode(context, frameBits[0], G729Codec.FRAME_BYTES, true, false, frameOut[f]);
        }
        MemorySegment.copy(output, JAVA_SHORT, 0, pcm, pcmOffset, samples);
        return samples;
    }

    private static void checkRoom(int frames, int room) {
        if (frames > G729Codec.MAX_FRAMES || frames * G729Codec.FRAME_SAMPLES > room) {
            throw new CodecException("G.729 payload of " + frames + " frames does not fit: at most "
                + G729Codec.MAX_FRAMES + " frames and " + room + " samples of output");
        }
    }

    private void ensureOpen() {
        if (!memory.isOpen()) {
            throw new CodecException("G.729 decoder used after close");
        }
    }

    @Override
    public void close() {
        memory.close();
    }
}
