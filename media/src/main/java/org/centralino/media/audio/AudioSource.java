package org.centralino.media.audio;

/**
 * Something that produces audio frame by frame in the internal format ({@link Pcm}): a prompt, a sequence
 * of prompts, tones, music on hold, a party's decoded voice. Called on the media clock, one frame per tick;
 * must not block.
 */
public interface AudioSource {
    /**
     * Fills {@code frame} with the next {@link Pcm#FRAME} samples. Returns false once the source has ended,
     * in which case the frame holds silence (or the last partial frame padded with silence, if the end fell
     * inside it: then true is returned for that frame and false for the next).
     */
    boolean read(short[] frame);

    /** Releases files or native memory. Idempotent. */
    default void close() {
    }
}
