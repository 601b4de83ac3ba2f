package org.centralino.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** G.711 against the values of the recommendation's tables and its round-trip and monotony properties. */
class G711Test {

    @Test
    void ulawKnownCodes() {
        assertThat(G711.linearToUlaw(0)).isEqualTo((byte) 0xFF);
        assertThat(G711.linearToUlaw(32767)).isEqualTo((byte) 0x80);
        assertThat(G711.linearToUlaw(-32768)).isEqualTo((byte) 0x00);
        assertThat(G711.linearToUlaw(-1)).isEqualTo((byte) 0x7F);
        assertThat(G711.ulawToLinear((byte) 0xFF)).isZero();
        assertThat(G711.ulawToLinear((byte) 0x80)).isEqualTo((short) 32124);
        assertThat(G711.ulawToLinear((byte) 0x00)).isEqualTo((short) -32124);
        assertThat(G711.ulawToLinear((byte) 0xFE)).isEqualTo((short) 8);
    }

    @Test
    void alawKnownCodes() {
        assertThat(G711.linearToAlaw(0)).isEqualTo((byte) 0xD5);
        assertThat(G711.linearToAlaw(-1)).isEqualTo((byte) 0x55);
        assertThat(G711.linearToAlaw(32767)).isEqualTo((byte) 0xAA);
        assertThat(G711.linearToAlaw(-32768)).isEqualTo((byte) 0x2A);
        assertThat(G711.alawToLinear((byte) 0xD5)).isEqualTo((short) 8);
        assertThat(G711.alawToLinear((byte) 0x55)).isEqualTo((short) -8);
        assertThat(G711.alawToLinear((byte) 0xAA)).isEqualTo((short) 32256);
        assertThat(G711.alawToLinear((byte) 0x2A)).isEqualTo((short) -32256);
    }

    @Test
    void everyCodeDecodesToAValueThatEncodesBackToIt() {
        for (int c = 0; c < 256; c++) {
            byte code = (byte) c;
            if (c != 0x7F) { // µ-law has a negative zero; 0 encodes as the positive one (0xFF)
                assertThat(G711.linearToUlaw(G711.ulawToLinear(code))).as("µ-law %02x", c).isEqualTo(code);
            }
            assertThat(G711.linearToAlaw(G711.alawToLinear(code))).as("A-law %02x", c).isEqualTo(code);
        }
    }

    @Test
    void quantisingErrorStaysWithinHalfAStepAndGrowsWithTheSegment() {
        for (int s = -32768; s <= 32767; s += 7) {
            int u = G711.ulawToLinear(G711.linearToUlaw(s));
            int a = G711.alawToLinear(G711.linearToAlaw(s));
            int magnitude = Math.abs(s);
            // the largest step is 1024 (µ-law) and 1024 (A-law, top segment); small values are nearly exact
            assertThat(Math.abs(u - Math.clamp(s, -32124 - 512, 32124 + 512))).as("µ-law %d", s)
                .isLessThanOrEqualTo(Math.max(8, magnitude / 16 + 8));
            assertThat(Math.abs(a - s)).as("A-law %d", s).isLessThanOrEqualTo(Math.max(16, magnitude / 16 + 16));
        }
    }

    @Test
    void decodingIsMonotonicOverTheCodeOrder() {
        short previousU = Short.MIN_VALUE;
        for (int c = 0x00; c <= 0x7F; c++) { // µ-law negative half: 0x00 is the most negative
            short v = G711.ulawToLinear((byte) c);
            assertThat(v).isGreaterThanOrEqualTo(previousU);
            previousU = v;
        }
        short[] pcm = new short[160];
        byte[] wire = new byte[160];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) (10_000 * Math.sin(2 * Math.PI * 1000 * i / 8000.0));
        }
        G711.encodeAlaw(pcm, 0, wire, 0, 160);
        short[] back = new short[160];
        G711.decodeAlaw(wire, 0, back, 0, 160);
        for (int i = 0; i < pcm.length; i++) {
            assertThat(Math.abs(back[i] - pcm[i])).isLessThanOrEqualTo(Math.abs(pcm[i]) / 16 + 16);
        }
        G711.encodeUlaw(pcm, 0, wire, 0, 160);
        G711.decodeUlaw(wire, 0, back, 0, 160);
        for (int i = 0; i < pcm.length; i++) {
            assertThat(Math.abs(back[i] - pcm[i])).isLessThanOrEqualTo(Math.abs(pcm[i]) / 16 + 8);
        }
    }
}
