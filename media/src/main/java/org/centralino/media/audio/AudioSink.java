package org.centralino.media.audio;

/** Something that consumes audio frame by frame in the internal format ({@link Pcm}): a recorder, a detector. */
public interface AudioSink {
    /** Takes one frame of {@link Pcm#FRAME} samples; must not keep the array. */
    void write(short[] frame);
}
