package org.centralino.media.codec;

/** Encodes PCM at its codec's {@link AudioCodec#sampleRate()} into one RTP payload. One stream, one thread. */
public interface Encoder extends AutoCloseable {
    /**
     * Encodes {@code samples} samples of {@code pcm} from {@code offset} (a whole packet: 20 ms by default,
     * other multiples of the codec's frame accepted) into {@code out} at {@code outOffset}.
     *
     * @return the payload's length in bytes (0 for a DTX frame that need not be sent)
     * @throws CodecException when the codec refuses the input
     */
    int encode(short[] pcm, int offset, int samples, byte[] out, int outOffset);

    /** Frees native state. Idempotent. */
    @Override
    default void close() {
    }
}
