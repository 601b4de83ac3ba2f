package org.centralino.media.audio;

/** A test voice: a sine of one frequency and amplitude, frame after frame with continuous phase; never ends. */
public final class SineSource implements AudioSource {
    private final double step;
    private final double amplitude;
    private long position;

    public SineSource(double hz, double amplitude) {
        this.step = 2 * Math.PI * hz / Pcm.RATE;
        this.amplitude = amplitude;
    }

    @Override
    public boolean read(short[] frame) {
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (short) Math.round(amplitude * Math.sin(step * position++));
        }
        return true;
    }
}
