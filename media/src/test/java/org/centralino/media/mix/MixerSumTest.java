package org.centralino.media.mix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.centralino.media.audio.AudioSource;
import org.centralino.media.audio.FrameRecorder;
import org.centralino.media.audio.Pcm;
import org.centralino.media.audio.SineSource;
import org.centralino.media.audio.Signals;
import org.junit.jupiter.api.Test;

/**
 * The mix sample by sample against a brute-force O(N²) reference, saturation on loud inputs, silent and failing
 * sources, parties joining and leaving between ticks, and no allocation per tick.
 */
class MixerSumTest {
    private final Random random = new Random(4);

    /** A source whose next frame the test sets before each tick; {@code live=false} plays an ended source. */
    private static final class ScriptedSource implements AudioSource {
        final short[] next = new short[Pcm.FRAME];
        boolean live = true;

        @Override
        public boolean read(short[] frame) {
            System.arraycopy(next, 0, frame, 0, Pcm.FRAME);
            return live;
        }
    }

    private record Member(MixerParty party, ScriptedSource source, FrameRecorder heard) {
    }

    private static boolean audible(Member speaker, Member listener, List<Member> all) {
        MixerParty s = speaker.party();
        MixerParty l = listener.party();
        MixerParty[] only = l.hearsOnlySnapshot();
        boolean chosen = only == null || List.of(only).contains(s);
        boolean whisperOk = s.whisperTarget() == null || s.whisperTarget() == l;
        return s != l && chosen && whisperOk && speaker.source().live && !s.isMuted() && !s.isListenOnly();
    }

    private void randomModes(List<Member> members) {
        for (Member m : members) {
            m.party().mute(random.nextInt(5) == 0);
            m.party().listenOnly(random.nextInt(6) == 0);
            m.party().whisperTo(random.nextInt(6) == 0 ? other(members, m).party() : null);
            if (random.nextInt(8) == 0) {
                m.party().hearOnly(other(members, m).party(), other(members, m).party());
            } else {
                m.party().hearEveryone();
            }
            m.source().live = random.nextInt(10) != 0;
            int level = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(20_000);
            for (int i = 0; i < Pcm.FRAME; i++) {
                m.source().next[i] = (short) (level == 0 ? 0 : random.nextInt(2 * level + 1) - level);
            }
        }
    }

    private Member other(List<Member> members, Member not) {
        Member m;
        do {
            m = members.get(random.nextInt(members.size()));
        } while (m == not);
        return m;
    }

    @Test
    void everyOutputEqualsTheClippedSumOfWhatItMayHearUnderRandomModes() {
        Mixer mixer = new Mixer("reference");
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ScriptedSource source = new ScriptedSource();
            FrameRecorder heard = new FrameRecorder();
            members.add(new Member(mixer.add("p" + i, source, heard), source, heard));
        }
        for (int tick = 0; tick < 500; tick++) {
            randomModes(members);
            mixer.mix();
            for (Member listener : members) {
                short[] out = listener.heard().last(1);
                for (int i = 0; i < Pcm.FRAME; i++) {
                    int expected = 0;
                    for (Member speaker : members) {
                        expected += audible(speaker, listener, members) ? speaker.source().next[i] : 0;
                    }
                    assertThat(out[i]).as("tick %d, %s, sample %d", tick, listener.party(), i)
                        .isEqualTo(Pcm.clip(expected));
                }
            }
        }
    }

    @Test
    void loudInputsSaturateAtSixteenBitsWithoutWrappingAround() {
        Mixer mixer = new Mixer("loud");
        FrameRecorder listener = new FrameRecorder();
        for (int i = 0; i < 6; i++) {
            mixer.add("shouting " + i, new SineSource(500, 32767), null); // all in phase: 6 × full scale
        }
        mixer.add("listener", null, listener);
        for (int t = 0; t < 10; t++) {
            mixer.mix();
        }
        short[] out = listener.samples();
        SineSource alone = new SineSource(500, 32767);
        short[] one = new short[out.length];
        for (int at = 0; at < out.length; at += Pcm.FRAME) {
            short[] frame = new short[Pcm.FRAME];
            alone.read(frame);
            System.arraycopy(frame, 0, one, at, Pcm.FRAME);
        }
        for (int i = 0; i < out.length; i++) {
            assertThat(out[i]).as("sample %d", i).isEqualTo(Pcm.clip(6 * one[i]));
            assertThat(Integer.signum(out[i])).as("sign of sample %d", i).isEqualTo(Integer.signum(one[i]));
        }
        assertThat(out).contains(Short.MAX_VALUE, Short.MIN_VALUE);
    }

    @Test
    void silentEndedAndAbsentSourcesAddNothingAndTheirPartiesStillHear() {
        Mixer mixer = new Mixer("quiet");
        ScriptedSource ended = new ScriptedSource();
        ended.live = false;
        java.util.Arrays.fill(ended.next, (short) 1000); // an ended source's frame is ignored whatever it holds
        FrameRecorder endedHears = new FrameRecorder();
        FrameRecorder noSourceHears = new FrameRecorder();
        FrameRecorder silentHears = new FrameRecorder();
        FrameRecorder speakerHears = new FrameRecorder();
        mixer.add("ended", ended, endedHears);
        mixer.add("no source", null, noSourceHears);
        mixer.add("silent", new ScriptedSource(), silentHears);
        mixer.add("speaker", new SineSource(700, 3000), speakerHears);
        for (int t = 0; t < 5; t++) {
            mixer.mix();
        }
        for (FrameRecorder r : List.of(endedHears, noSourceHears, silentHears)) {
            short[] heard = r.samples();
            assertThat(Signals.amplitude(heard, 0, heard.length, 700, Pcm.RATE)).isCloseTo(3000, within(3));
            assertThat(heard.length).isEqualTo(5 * Pcm.FRAME);
        }
        assertThat(Signals.rms(speakerHears.samples(), 0, 5 * Pcm.FRAME)).as("what the speaker hears").isZero();
    }

    private static org.assertj.core.data.Offset<Double> within(double v) {
        return org.assertj.core.data.Offset.offset(v);
    }

    @Test
    void aFailingSourceOrSinkCountsAsSilenceAndTheOthersGoOn() {
        Mixer mixer = new Mixer("faulty");
        FrameRecorder a = new FrameRecorder();
        mixer.add("broken source", frame -> {
            throw new IllegalStateException("decoder exploded");
        }, frame -> {
            throw new IllegalStateException("encoder exploded");
        });
        mixer.add("a", new SineSource(900, 4000), null);
        mixer.add("b", null, a);
        for (int t = 0; t < 5; t++) {
            mixer.mix();
        }
        short[] heard = a.samples();
        assertThat(heard).hasSize(5 * Pcm.FRAME);
        assertThat(Signals.amplitude(heard, 0, heard.length, 900, Pcm.RATE)).isCloseTo(4000, within(3));
        assertThat(mixer.failures()).isEqualTo(10);
    }

    @Test
    void partiesJoinAndLeaveFromOtherThreadsBetweenTicks() throws Exception {
        Mixer mixer = new Mixer("changing");
        FrameRecorder listener = new FrameRecorder();
        mixer.add("listener", null, listener);
        mixer.mix();
        MixerParty joiner = CompletableFuture.supplyAsync(() -> mixer.add("joiner", new SineSource(1100, 5000), null))
            .get();
        assertThat(Signals.rms(listener.samples(), 0, Pcm.FRAME)).as("before joining").isZero();
        mixer.mix();
        mixer.mix();
        short[] joined = listener.last(2);
        assertThat(Signals.amplitude(joined, 0, joined.length, 1100, Pcm.RATE)).isCloseTo(5000, within(3));
        CompletableFuture.runAsync(() -> mixer.remove(joiner)).get();
        mixer.mix();
        assertThat(Signals.rms(listener.last(1), 0, Pcm.FRAME)).as("after leaving").isZero();
        assertThat(mixer.size()).isEqualTo(1);
    }

    @Test
    void aMixerRefusesMoreThanItsLimitAndAPartyCannotWhisperToItself() {
        Mixer mixer = new Mixer("full");
        for (int i = 0; i < Mixer.MAX_PARTIES; i++) {
            mixer.add("p" + i, null, null);
        }
        assertThatThrownBy(() -> mixer.add("one too many", null, null)).hasMessageContaining("at most 10000");
        MixerParty p = new Mixer("x").add("p", null, null);
        assertThatThrownBy(() -> p.whisperTo(p)).hasMessageContaining("cannot whisper to itself");
    }

    @Test
    void aTickAllocatesNothing() {
        Mixer mixer = new Mixer("alloc");
        for (int i = 0; i < 10; i++) {
            mixer.add("p" + i, new SineSource(300 + 100 * i, 2000), frame -> { });
        }
        List<MixerParty> parties = new ArrayList<>();
        parties.add(mixer.add("whisperer", new SineSource(2000, 1000), frame -> { }));
        parties.add(mixer.add("selective", null, frame -> { }));
        mixer.mix();
        parties.get(0).whisperTo(parties.get(1));
        parties.get(1).hearOnly(parties.get(0));
        for (int t = 0; t < 20_000; t++) {
            mixer.mix();
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int t = 0; t < 20_000; t++) {
            mixer.mix();
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated by 20 000 ticks").isLessThan(16 * 1024);
    }
}
