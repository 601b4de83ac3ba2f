package org.centralino.media.codec;

/** Decodes RTP payloads into PCM at its codec's {@link AudioCodec#sampleRate()}. One stream, one thread. */
public interface Decoder extends AutoCloseable {
    /**
     * Decodes one payload into {@code pcm} at {@code pcmOffset}; {@code pcm} must have room for the largest
     * packet the codec allows from there (120 ms for Opus).
     *
     * @return the number of samples written
     * @throws CodecException when the payload is corrupt
     */
    int decode(byte[] payload, int offset, int length, short[] pcm, int pcmOffset);

    /**
     * Makes up {@code samples} samples for a lost packet (packet loss concealment): from {@code next}, the
     * payload that follows the lost one, where the codec carries forward error correction (Opus in-band FEC,
     * RFC 7587 §3.3), otherwise by extrapolating the audio decoded so far. {@code next} may be null.
     *
     * @return the number of samples written ({@code samples})
     */
    int conceal(byte[] next, int nextOffset, int nextLength, short[] pcm, int pcmOffset, int samples);

    /** Frees native state. Idempotent. */
    @Override
    default void close() {
    }
}
