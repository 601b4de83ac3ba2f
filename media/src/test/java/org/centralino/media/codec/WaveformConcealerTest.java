package org.centralino.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.centralino.media.audio.Signals;
import org.junit.jupiter.api.Test;

/** G.711 Appendix I style concealment measured on a voiced signal: SNR against the original, and the fade. */
class WaveformConcealerTest {

    /** A vowel-like signal: 12 harmonics of a pitch gliding from 118 to 126 Hz, falling 6 dB per octave. */
    static short[] voiced(int rate, int samples) {
        short[] s = new short[samples];
        double phase = 0;
        for (int n = 0; n < samples; n++) {
            double f0 = 118 + 8.0 * n / samples;
            phase += 2 * Math.PI * f0 / rate;
            double v = 0;
            for (int k = 1; k <= 12; k++) {
                v += Math.sin(k * phase + k * 0.7) / k;
            }
            s[n] = (short) Math.round(6000 * v);
        }
        return s;
    }

    static double snr(short[] original, short[] got, int from, int to) {
        double signal = 0;
        double noise = 0;
        for (int i = from; i < to; i++) {
            signal += (double) original[i] * original[i];
            double e = original[i] - got[i];
            noise += e * e;
        }
        return 10 * Math.log10(signal / noise);
    }

    /** Decodes the signal in 20 ms packets through G.711 µ-law with packet {@code lost} concealed. */
    private static short[] throughG711(short[] signal, int lost) {
        Decoder decoder = G711Codec.PCMU.newDecoder(CodecParams.NONE);
        byte[] wire = new byte[160];
        short[] out = new short[signal.length];
        for (int p = 0; p * 160 < signal.length; p++) {
            if (p == lost) {
                decoder.conceal(null, 0, 0, out, p * 160, 160);
            } else {
                G711.encodeUlaw(signal, p * 160, wire, 0, 160);
                decoder.decode(wire, 0, 160, out, p * 160);
            }
        }
        return out;
    }

    @Test
    void oneLostPacketOfVoicedSpeechIsCloserToTheOriginalThanSilenceOrRepeatingThePacket() {
        short[] signal = voiced(8000, 160 * 20);
        int lost = 10;
        short[] clean = throughG711(signal, -1);
        short[] concealed = throughG711(signal, lost);
        short[] silence = clean.clone();
        java.util.Arrays.fill(silence, lost * 160, lost * 160 + 160, (short) 0);
        short[] repeated = clean.clone();
        System.arraycopy(clean, (lost - 1) * 160, repeated, lost * 160, 160);
        int from = lost * 160;
        int to = from + 160 + 40; // the lost packet and the join into the next one
        double ours = snr(clean, concealed, from, to);
        assertThat(snr(clean, silence, from, from + 160)).isCloseTo(0.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(snr(clean, concealed, from, from + 160)).as("concealment SNR over the lost packet")
            .isGreaterThan(10.0);
        assertThat(ours).as("concealment SNR with the join").isGreaterThan(10.0)
            .isGreaterThan(snr(clean, silence, from, to) + 6)
            .isGreaterThan(snr(clean, repeated, from, to) + 6);
        // away from the loss, the decoder's output is untouched
        assertThat(java.util.Arrays.copyOfRange(concealed, to + 40, signal.length))
            .isEqualTo(java.util.Arrays.copyOfRange(clean, to + 40, signal.length));
    }

    @Test
    void theJoinsHaveNoClicksUnlikePlainPeriodRepetitionWithoutOverlapAdd() {
        short[] signal = voiced(8000, 160 * 20);
        short[] clean = throughG711(signal, -1);
        short[] concealed = throughG711(signal, 10);
        // plain repetition of the last pitch period (the true one, rounded), without overlap-add anywhere
        short[] plain = clean.clone();
        int period = (int) Math.round(8000 / 122.5);
        for (int i = 0; i < 160; i++) {
            plain[1600 + i] = clean[1600 - period + i % period];
        }
        assertThat(roughness(concealed, 1600, 1800)).isLessThan(roughness(plain, 1600, 1800))
            .isLessThanOrEqualTo(roughness(clean, 1600, 1800) * 5 / 4);
    }

    @Test
    void atSixteenKilohertzForG722TheConcealmentIsAlsoCloserThanSilenceOrRepetition() {
        int rate = 16_000;
        int packet = 320;
        short[] signal = voiced(rate, packet * 20);
        WaveformConcealer plc = new WaveformConcealer(rate);
        short[] got = signal.clone();
        for (int p = 0; p < 20; p++) {
            if (p == 10) {
                plc.conceal(got, p * packet, packet);
            } else {
                plc.remember(got, p * packet, packet);
            }
        }
        short[] repeated = signal.clone();
        System.arraycopy(signal, 9 * packet, repeated, 10 * packet, packet);
        int from = 10 * packet;
        int to = from + packet + 80;
        assertThat(snr(signal, got, from, to)).isGreaterThan(10.0).isGreaterThan(snr(signal, repeated, from, to) + 6);
    }

    /** The largest jump between neighbouring samples: clicks at badly joined periods show here. */
    private static int roughness(short[] s, int from, int to) {
        int worst = 0;
        for (int i = from; i < to; i++) {
            worst = Math.max(worst, Math.abs(s[i] - s[i - 1]));
        }
        return worst;
    }

    @Test
    void aLongLossFadesFromTenMillisecondsAndIsSilentAfterSixty() {
        for (int rate : new int[] {8000, 16000}) {
            WaveformConcealer plc = new WaveformConcealer(rate);
            short[] signal = voiced(rate, rate / 10);
            plc.remember(signal, 0, signal.length);
            int tenMs = rate / 100;
            short[] out = new short[10 * tenMs];
            plc.conceal(out, 0, 3 * tenMs);
            plc.conceal(out, 3 * tenMs, 7 * tenMs);
            double first = Signals.rms(out, 0, tenMs);
            assertThat(first).as("%d Hz: full level for 10 ms", rate)
                .isGreaterThan(0.8 * Signals.rms(signal, 0, signal.length));
            double previous = first;
            for (int block = 2; block < 6; block++) {
                double level = Signals.rms(out, block * tenMs, (block + 1) * tenMs);
                assertThat(level).as("%d Hz, block %d", rate, block).isLessThan(previous);
                previous = level;
            }
            for (int i = 6 * tenMs; i < out.length; i++) {
                assertThat(out[i]).as("%d Hz, sample %d", rate, i).isZero();
            }
        }
    }

    @Test
    void realAudioAfterALongLossFadesInInsteadOfStartingWithAClick() {
        WaveformConcealer plc = new WaveformConcealer(8000);
        short[] signal = voiced(8000, 1600);
        plc.remember(signal, 0, 800);
        short[] gap = new short[640];
        plc.conceal(gap, 0, 640);
        short[] next = java.util.Arrays.copyOfRange(signal, 800, 960);
        plc.remember(next, 0, 160);
        assertThat(Math.abs(next[0])).isLessThan(Math.abs(signal[800]) / 4 + 50);
        assertThat(next[100]).isEqualTo(signal[900]);
    }

    @Test
    void nothingHeardYetConcealsAsSilence() {
        short[] out = {1, 2, 3};
        new WaveformConcealer(8000).conceal(out, 0, 3);
        assertThat(out).containsOnly(0);
    }

}
