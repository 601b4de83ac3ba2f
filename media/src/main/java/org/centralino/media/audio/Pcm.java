package org.centralino.media.audio;

/**
 * The media engine's internal audio: 16-bit linear PCM, mono, at {@link #RATE} Hz, in frames of
 * {@link #FRAME_MS} ms ({@link #FRAME} samples). Decoders' output is resampled to this rate and encoders'
 * input from it, so players, tones, the mixer, the recorder and DTMF detection all work on one format.
 * 16 kHz keeps G.722 and Opus wideband; narrowband G.711 is upsampled (exactly reversible in band).
 */
public final class Pcm {
    /** Samples per second of the internal format. */
    public static final int RATE = 16_000;
    /** The media clock's tick: one frame every 20 ms, the default RTP packetisation (RFC 3551 §4.2). */
    public static final int FRAME_MS = 20;
    /** Samples per internal frame. */
    public static final int FRAME = RATE / 1000 * FRAME_MS;

    private Pcm() {
    }

    /** Samples in {@code millis} of audio at {@code rate}. */
    public static int samples(int rate, int millis) {
        return rate / 1000 * millis;
    }

    /** Saturating conversion of a mixed or scaled sample to 16 bits. */
    public static short clip(int sample) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sample));
    }
}
