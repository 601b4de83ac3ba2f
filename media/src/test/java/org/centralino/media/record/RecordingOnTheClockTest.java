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
import org.centralino.media.clock.FakeClocks;
import org.centralino.media.clock.MediaClock;
import org.centralino.media.mix.Mixer;
import org.centralino.media.mix.MixerParty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pieces together on one media clock: a two-party call in a mixer, recorded in two channels by two silent
 * mixer parties that each hear only one side, the recording registered after the mixer.
 */
class RecordingOnTheClockTest {
    @TempDir
    Path dir;

    @Test
    void aMixedCallIsRecordedWithEachSideInItsOwnChannel() throws IOException {
        MediaClock clock = FakeClocks.manual();
        Mixer mixer = new Mixer("call");
        List<RecordingOutcome> outcomes = new ArrayList<>();
        CallRecording recording = CallRecording.start(dir.resolve("call.wav"), CallRecording.Layout.TWO_CHANNELS,
            RecordingLimits.upTo(Duration.ofSeconds(2)), Runnable::run, outcomes::add);
        MixerParty alice = mixer.add("alice", new SineSource(600, 4000), frame -> { });
        MixerParty bob = mixer.add("bob", new SineSource(1000, 4000), frame -> { });
        mixer.add("record alice", null, recording.partyA()).hearOnly(alice);
        mixer.add("record bob", null, recording.partyB()).hearOnly(bob);
        clock.add(mixer);
        clock.add(recording);
        for (int t = 0; t < 120 && recording.isRecording(); t++) {
            clock.advance();
        }
        assertThat(outcomes).containsExactly(new RecordingOutcome.Saved(dir.resolve("call.wav"),
            Duration.ofSeconds(2), RecordingOutcome.Reason.MAX_DURATION));
        WavFile wav = WavFile.read(dir.resolve("call.wav"));
        short[] s = wav.samples();
        assertThat(wav.frames()).isEqualTo(100 * Pcm.FRAME);
        assertThat(Signals.amplitude(s, 0, s.length, 2, 600, Pcm.RATE)).as("alice, channel 0").isCloseTo(4000, offset(5.0));
        assertThat(Signals.amplitude(s, 0, s.length, 2, 1000, Pcm.RATE)).as("bob, channel 0").isLessThan(1);
        assertThat(Signals.amplitude(s, 1, s.length, 2, 1000, Pcm.RATE)).as("bob, channel 1").isCloseTo(4000, offset(5.0));
        assertThat(Signals.amplitude(s, 1, s.length, 2, 600, Pcm.RATE)).as("alice, channel 1").isLessThan(1);
    }
}
