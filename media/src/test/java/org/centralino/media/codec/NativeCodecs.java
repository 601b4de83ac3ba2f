package org.centralino.media.codec;

/**
 * The native codecs for tests, from the libraries the test command installs ({@code libopus0},
 * {@code libbcg729-0}). A missing library fails the test rather than skipping it: a skipped codec test
 * proves nothing.
 */
final class NativeCodecs {
    private NativeCodecs() {
    }

    static OpusCodec opus() {
        return (OpusCodec) CodecRegistry.detect().find("opus", 48_000)
            .orElseThrow(() -> new AssertionError("libopus.so.0 did not load: apt-get install libopus0"));
    }

    static G729Codec g729() {
        return (G729Codec) CodecRegistry.detect().find("G729", 8_000)
            .orElseThrow(() -> new AssertionError("libbcg729.so.0 did not load: apt-get install libbcg729-0"));
    }

    /** Encodes {@code pcm} in packets of {@code packet} samples and decodes each; returns the decoded audio. */
    static short[] roundTrip(Encoder encoder, Decoder decoder, short[] pcm, int packet) {
        short[] out = new short[pcm.length];
        byte[] payload = new byte[4000];
        short[] decoded = new short[5760];
        for (int at = 0; at + packet <= pcm.length; at += packet) {
            int length = encoder.encode(pcm, at, packet, payload, 0);
            int samples = decoder.decode(payload, 0, length, decoded, 0);
            if (samples != packet) {
                throw new AssertionError("packet at " + at + " decoded to " + samples + " samples, not " + packet);
            }
            System.arraycopy(decoded, 0, out, at, samples);
        }
        return out;
    }
}
