package org.centralino.media.dtmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Keys in generated audio, clean and noisy; and nothing in ten minutes of speech-like sound and noise. */
class DtmfDetectorTest {
    private static final int RATE = 8000;
    private static final double AMPLITUDE = 6000; // about -10 dBm0 per tone, a phone's usual level

    private final List<Character> keys = new ArrayList<>();
    private final DtmfDetector detector = new DtmfDetector(keys::add);

    private static void key(List<Short> out, char key, int ms, double rowGain, double colGain, Random noise,
                            double noiseLevel) {
        int row = -1;
        int col = -1;
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                if (DtmfDetector.KEYS[r][c] == key) {
                    row = DtmfDetector.ROWS[r];
                    col = DtmfDetector.COLUMNS[c];
                }
            }
        }
        for (int i = 0; i < RATE * ms / 1000; i++) {
            double t = (double) i / RATE;
            double v = AMPLITUDE * (rowGain * Math.sin(2 * Math.PI * row * t) + colGain * Math.sin(2 * Math.PI * col * t))
                + noiseLevel * noise.nextGaussian();
            out.add((short) Math.max(-32768, Math.min(32767, Math.round(v))));
        }
    }

    private static void silence(List<Short> out, int ms) {
        for (int i = 0; i < RATE * ms / 1000; i++) {
            out.add((short) 0);
        }
    }

    private void feed(List<Short> samples) {
        short[] frame = new short[160];
        for (int at = 0; at < samples.size(); at += 160) {
            int n = Math.min(160, samples.size() - at);
            for (int i = 0; i < n; i++) {
                frame[i] = samples.get(at + i);
            }
            detector.process(frame, 0, n);
        }
    }

    @Test
    void everyKeyIsDetectedOnceWhenPressed() {
        List<Short> audio = new ArrayList<>();
        String pressed = "123A456B789C*0#D";
        Random r = new Random(1);
        for (char c : pressed.toCharArray()) {
            key(audio, c, 70, 1, 1, r, 0);
            silence(audio, 60);
        }
        feed(audio);
        assertThat(keys).containsExactlyElementsOf(pressed.chars().mapToObj(c -> (char) c).toList());
    }

    @Test
    void aKeyHeldLongIsOneKeyAndTheSameKeyTwiceIsTwo() {
        List<Short> audio = new ArrayList<>();
        Random r = new Random(2);
        key(audio, '5', 1500, 1, 1, r, 0);
        silence(audio, 60);
        key(audio, '5', 80, 1, 1, r, 0);
        feed(audio);
        assertThat(keys).containsExactly('5', '5');
    }

    @Test
    void keysAreFoundInNoiseAndWithTwistWithinLimitsButNotBeyond() {
        List<Short> audio = new ArrayList<>();
        Random r = new Random(3);
        key(audio, '7', 80, 1, 1, r, 600);          // 20 dB signal-to-noise
        silence(audio, 80);
        key(audio, '9', 80, 1, 0.5, r, 0);          // high tone 6 dB below the low one: normal twist, allowed
        silence(audio, 80);
        key(audio, '#', 80, 1, 0.2, r, 0);          // 14 dB: beyond Q.24's 8 dB
        silence(audio, 80);
        feed(audio);
        assertThat(keys).containsExactly('7', '9');
    }

    @Test
    void tooShortATapIsNoKey() {
        List<Short> audio = new ArrayList<>();
        key(audio, '3', 30, 1, 1, new Random(4), 0);
        silence(audio, 100);
        feed(audio);
        assertThat(keys).isEmpty();
    }

    /** Ten minutes of voice-like sound (a gliding pitch with harmonics and formant-like peaks) and noise. */
    @Test
    void tenMinutesOfSpeechLikeSoundAndNoiseHoldNoKey() {
        Random r = new Random(5);
        short[] frame = new short[160];
        double phase = 0;
        double pitch = 120;
        for (int n = 0; n < 10 * 60 * 50; n++) {
            if (n % 10 == 0) {
                pitch = 90 + r.nextDouble() * 200; // a new syllable every 200 ms
            }
            double loud = r.nextDouble() < 0.3 ? 0 : 2000 + r.nextDouble() * 8000;
            for (int i = 0; i < 160; i++) {
                pitch += (r.nextDouble() - 0.5) * 0.2;
                phase += 2 * Math.PI * pitch / RATE;
                double v = 0;
                for (int h = 1; h <= 12; h++) {
                    double f = h * pitch;
                    double formant = Math.exp(-Math.pow((f - 700) / 300, 2)) + 0.6 * Math.exp(-Math.pow((f - 1200) / 400, 2));
                    v += formant * Math.sin(h * phase) / h;
                }
                v = loud * v + 300 * r.nextGaussian();
                frame[i] = (short) Math.max(-32768, Math.min(32767, Math.round(v)));
            }
            detector.process(frame, 0, 160);
        }
        assertThat(keys).as("false keys in speech-like sound").isEmpty();
    }
}
