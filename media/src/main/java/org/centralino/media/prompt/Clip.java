package org.centralino.media.prompt;

import org.centralino.media.audio.Pcm;

/**
 * A decoded piece of audio in the internal format ({@link Pcm}: 16-bit mono at {@link Pcm#RATE} Hz): one
 * prompt, one music-on-hold track. Shared read-only between every call that plays it (the library caches
 * clips), so nobody may write into {@code samples}.
 *
 * @param name    where it came from (a prompt name or a file name), for logs and errors
 * @param samples the PCM samples; never modified after decoding
 */
public record Clip(String name, short[] samples) {
    public Clip {
        if (name == null || samples == null) {
            throw new IllegalArgumentException("a clip needs a name and samples");
        }
    }

    /** Length in samples. */
    public int length() {
        return samples.length;
    }

    /** Length in milliseconds at {@link Pcm#RATE}. */
    public long millis() {
        return samples.length * 1000L / Pcm.RATE;
    }
}
