package org.centralino.media.codec;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;

/**
 * A G.729 encoder (bcg729) for one stream: each 10 ms frame of 80 samples becomes 10 bytes (ITU-T G.729
 * §3, 8 kbit/s), frames follow each other in the payload (RFC 3551 §4.5.6). Voice activity detection
 * (Annex B) stays off: every frame is sent in full, which any G.729 receiver decodes whether or not it
 * supports Annex B. Native buffers and their per-frame slices are made once.
 */
final class G729Encoder implements Encoder {
    private final Bcg729Bindings bcg729;
    private final NativeResources memory;
    private final MemorySegment context;
    private final MemorySegment[] frameIn = new MemorySegment[G729Codec.MAX_FRAMES];
    private final MemorySegment bits;
    private final MemorySegment bitsLength;
    private final MemorySegment input;

    G729Encoder(Bcg729Bindings bcg729, Cleaner cleaner) {
        this.bcg729 = bcg729;
        this.memory = new NativeResources(this, cleaner);
        try {
            this.context = memory.own(bcg729.encoderInit(false), bcg729::encoderClose);
            this.input = memory.allocate((long) G729Codec.MAX_FRAMES * G729Codec.FRAME_SAMPLES * Short.BYTES);
            for (int f = 0; f < frameIn.length; f++) {
                frameIn[f] = input.asSlice((long) f * G729Codec.FRAME_SAMPLES * Short.BYTES,
                    (long) G729Codec.FRAME_SAMPLES * Short.BYTES);
            }
            this.bits = memory.allocate(G729Codec.FRAME_BYTES);
            this.bitsLength = memory.allocate(1);
        } catch (RuntimeException e) {
            memory.close();
            throw e;
        }
    }

    @Override
    public int encode(short[] pcm, int offset, int samples, byte[] out, int outOffset) {
        if (!memory.isOpen()) {
            throw new CodecException("G.729 encoder used after close");
        }
        int frames = G729Codec.framesIn(samples);
        if (out.length - outOffset < frames * G729Codec.FRAME_BYTES) {
            throw new CodecException("G.729 needs " + frames * G729Codec.FRAME_BYTES + " bytes of output for "
                + samples + " samples, has " + (out.length - outOffset));
        }
        MemorySegment.copy(pcm, offset, input, JAVA_SHORT, 0, samples);
        int written = 0;
        for (int f = 0; f < frames; f++) {
            bcg729.encode(context, frameIn[f], bits, bitsLength);
            int length = bitsLength.get(JAVA_BYTE, 0) & 0xFF;
            MemorySegment.copy(bits, JAVA_BYTE, 0, out, outOffset + written, length);
            written += length;
        }
        return written;
    }

    @Override
    public void close() {
        memory.close();
    }
}
