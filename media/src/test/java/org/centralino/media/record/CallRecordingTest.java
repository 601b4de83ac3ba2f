package org.centralino.media.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.centralino.media.audio.Pcm;
import org.centralino.media.audio.Signals;
import org.centralino.media.audio.SineSource;
import org.centralino.media.record.CallRecording.Layout;
import org.centralino.media.record.RecordingOutcome.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Call recordings read back: which party is in which channel, the limits that stop them, abort. */
class CallRecordingTest {
    private static final int TONE_A = 500;
    private static final int TONE_B = 1300;
    private static final double LEVEL = 6000;

    @TempDir
    Path dir;
    private final List<RecordingOutcome> outcomes = new ArrayList<>();
    private final SineSource a = new SineSource(TONE_A, LEVEL);
    private final SineSource b = new SineSource(TONE_B, LEVEL);
    private final short[] frameA = new short[Pcm.FRAME];
    private final short[] frameB = new short[Pcm.FRAME];

    private CallRecording start(String name, Layout layout, RecordingLimits limits) throws IOException {
        return CallRecording.start(dir.resolve(name), layout, limits, Runnable::run, outcomes::add);
    }

    /** One tick through the two sinks, as a mixer's outputs would feed them. */
    private void tick(CallRecording r, boolean speakA, boolean speakB) {
        a.read(frameA);
        b.read(frameB);
        if (speakA) {
            r.partyA().write(frameA);
        }
        if (speakB) {
            r.partyB().write(frameB);
        }
        r.tick(0);
    }

    private static double amp(WavFile wav, int channel, int hz) {
        return Signals.amplitude(wav.samples(), channel, wav.samples().length, wav.channels(), hz, Pcm.RATE);
    }

    @Test
    void twoChannelsHoldPartyAInChannelZeroAndPartyBInChannelOne() throws IOException {
        CallRecording r = start("stereo.wav", Layout.TWO_CHANNELS, RecordingLimits.upTo(Duration.ofHours(1)));
        for (int t = 0; t < 50; t++) {
            tick(r, true, true);
        }
        r.stop();
        WavFile wav = WavFile.read(dir.resolve("stereo.wav"));
        assertThat(wav.channels()).isEqualTo(2);
        assertThat(wav.rate()).isEqualTo(Pcm.RATE);
        assertThat(wav.frames()).isEqualTo(50 * Pcm.FRAME);
        assertThat(amp(wav, 0, TONE_A)).as("A in channel 0").isCloseTo(LEVEL, offset(5.0));
        assertThat(amp(wav, 0, TONE_B)).as("B in channel 0").isLessThan(1);
        assertThat(amp(wav, 1, TONE_B)).as("B in channel 1").isCloseTo(LEVEL, offset(5.0));
        assertThat(amp(wav, 1, TONE_A)).as("A in channel 1").isLessThan(1);
        assertThat(outcomes).containsExactly(
            new RecordingOutcome.Saved(dir.resolve("stereo.wav"), Duration.ofSeconds(1), Reason.STOPPED));
    }

    @Test
    void aMixedRecordingIsTheSaturatedSumOfBothPartiesInOneChannel() throws IOException {
        CallRecording r = start("mixed.wav", Layout.MIXED, RecordingLimits.upTo(Duration.ofHours(1)));
        short[] expected = new short[25 * Pcm.FRAME];
        short[] loud = new short[Pcm.FRAME];
        java.util.Arrays.fill(loud, (short) 30_000);
        for (int t = 0; t < 25; t++) {
            a.read(frameA);
            b.read(frameB);
            short[] first = t == 0 ? loud : frameA; // both at 30 000 in the first frame: must clip, not wrap
            short[] second = t == 0 ? loud : frameB;
            r.write(first, second);
            for (int i = 0; i < Pcm.FRAME; i++) {
                expected[t * Pcm.FRAME + i] = Pcm.clip(first[i] + second[i]);
            }
        }
        r.stop();
        WavFile wav = WavFile.read(dir.resolve("mixed.wav"));
        assertThat(wav.channels()).isEqualTo(1);
        assertThat(wav.samples()).isEqualTo(expected);
        assertThat(wav.samples()[0]).isEqualTo(Short.MAX_VALUE);
        assertThat(Signals.amplitude(wav.samples(), Pcm.FRAME, wav.samples().length, TONE_A, Pcm.RATE))
            .isCloseTo(LEVEL, offset(10.0));
        assertThat(Signals.amplitude(wav.samples(), Pcm.FRAME, wav.samples().length, TONE_B, Pcm.RATE))
            .isCloseTo(LEVEL, offset(10.0));
    }

    @Test
    void aPartyThatGaveNoFrameInATickIsRecordedAsSilence() throws IOException {
        CallRecording r = start("gap.wav", Layout.TWO_CHANNELS, RecordingLimits.upTo(Duration.ofHours(1)));
        tick(r, true, true);
        tick(r, true, false);
        r.stop();
        WavFile wav = WavFile.read(dir.resolve("gap.wav"));
        short[] s = wav.samples();
        assertThat(Signals.rms(s, 2 * Pcm.FRAME, s.length)).as("the second frame has only A").isPositive();
        for (int i = 2 * Pcm.FRAME + 1; i < s.length; i += 2) {
            assertThat(s[i]).as("B's channel, sample frame %d", i / 2).isZero();
        }
    }

    @Test
    void aRecordingStopsByItselfAtItsMaximumDurationAndSaysSo() throws IOException {
        List<Runnable> deferred = new ArrayList<>();
        CallRecording r = CallRecording.start(dir.resolve("max.wav"), Layout.MIXED,
            RecordingLimits.upTo(Duration.ofSeconds(1)), deferred::add, outcomes::add);
        for (int t = 0; t < 80; t++) {
            tick(r, true, true);
        }
        assertThat(r.isRecording()).isFalse();
        assertThat(r.duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(dir.resolve("max.wav")).as("finished off the media clock, not yet").doesNotExist();
        assertThat(deferred).hasSize(1);
        deferred.getFirst().run();
        assertThat(outcomes).containsExactly(
            new RecordingOutcome.Saved(dir.resolve("max.wav"), Duration.ofSeconds(1), Reason.MAX_DURATION));
        assertThat(WavFile.read(dir.resolve("max.wav")).frames()).isEqualTo(50 * Pcm.FRAME);
        r.stop();
        r.abort();
        assertThat(outcomes).as("reported once").hasSize(1);
    }

    @Test
    void aVoicemailStopsAfterSilenceAndTrimsItKeepingTheHangover() throws IOException {
        SilenceStop stop = new SilenceStop(-45, Duration.ofSeconds(2), Duration.ofMillis(300), true);
        CallRecording r = start("vm.wav", Layout.MIXED, RecordingLimits.upTo(Duration.ofMinutes(3))
            .untilSilence(stop));
        for (int t = 0; t < 50; t++) {
            tick(r, true, false); // the caller speaks for one second
        }
        int ticks = 50;
        while (r.isRecording() && ticks < 1000) {
            tick(r, false, false);
            ticks++;
        }
        assertThat(ticks).as("ticks until the recording stopped").isEqualTo(50 + 100);
        assertThat(outcomes).containsExactly(
            new RecordingOutcome.Saved(dir.resolve("vm.wav"), Duration.ofMillis(1300), Reason.SILENCE));
        WavFile wav = WavFile.read(dir.resolve("vm.wav"));
        assertThat(wav.frames()).isEqualTo(65 * Pcm.FRAME);
        assertThat(Signals.amplitude(wav.samples(), 0, 50 * Pcm.FRAME, TONE_A, Pcm.RATE))
            .isCloseTo(LEVEL, offset(5.0));
    }

    @Test
    void withoutTrimTheSilenceStaysInTheFile() throws IOException {
        SilenceStop stop = new SilenceStop(-45, Duration.ofSeconds(2), Duration.ofMillis(300), false);
        CallRecording r = start("untrimmed.wav", Layout.TWO_CHANNELS,
            RecordingLimits.upTo(Duration.ofMinutes(3)).untilSilence(stop));
        for (int t = 0; t < 200 && (t < 25 || r.isRecording()); t++) {
            tick(r, false, t < 25); // B speaks half a second, then nobody
        }
        assertThat(outcomes).containsExactly(
            new RecordingOutcome.Saved(dir.resolve("untrimmed.wav"), Duration.ofMillis(2500), Reason.SILENCE));
        assertThat(WavFile.read(dir.resolve("untrimmed.wav")).frames()).isEqualTo(125 * Pcm.FRAME);
    }

    @Test
    void aMaximumDurationBeyondTheWavSizeLimitIsRefusedBeforeRecording() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> start("long.wav", Layout.TWO_CHANNELS,
                RecordingLimits.upTo(Duration.ofHours(24))))
            .hasMessageContaining("4 GiB").hasMessageContaining("PT18H38M");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void abortLeavesNoFileAndSaysSo() throws IOException {
        CallRecording r = start("gone.wav", Layout.TWO_CHANNELS, RecordingLimits.upTo(Duration.ofHours(1)));
        for (int t = 0; t < 200; t++) {
            tick(r, true, true);
        }
        r.abort();
        tick(r, true, true);
        assertThat(dir).isEmptyDirectory();
        assertThat(outcomes).containsExactly(new RecordingOutcome.Aborted(dir.resolve("gone.wav")));
    }
}
