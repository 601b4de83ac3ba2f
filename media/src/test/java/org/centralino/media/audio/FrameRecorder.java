package org.centralino.media.audio;

import java.util.Arrays;

/** A test sink that keeps every frame it is given, in order, in one growing array. */
public final class FrameRecorder implements AudioSink {
    private short[] samples = new short[Pcm.FRAME * 64];
    private int length;

    @Override
    public void write(short[] frame) {
        if (length + frame.length > samples.length) {
            samples = Arrays.copyOf(samples, samples.length * 2);
        }
        System.arraycopy(frame, 0, samples, length, frame.length);
        length += frame.length;
    }

    /** Frames received so far. */
    public int frames() {
        return length / Pcm.FRAME;
    }

    /** Everything received so far. */
    public short[] samples() {
        return Arrays.copyOf(samples, length);
    }

    /** The last {@code n} frames received. */
    public short[] last(int n) {
        return Arrays.copyOfRange(samples, length - n * Pcm.FRAME, length);
    }
}
