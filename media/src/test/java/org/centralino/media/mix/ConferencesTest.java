package org.centralino.media.mix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.locks.LockSupport;
import org.centralino.media.audio.Pcm;
import org.centralino.media.audio.Signals;
import org.centralino.media.audio.SineSource;
import org.centralino.media.clock.MediaClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Conference rooms on a media clock in manual mode: each member is fed its tone through its voice queue and
 * reads its mix from its mix queue, as a call's media thread does; Goertzel tells who hears whom.
 */
class ConferencesTest {
    private static final double[] TONES = {300, 500, 700};
    private static final double AMPLITUDE = 3000;
    /** Five frames: 100 ms, a whole number of periods of each tone (10 Hz bins). */
    private static final int WINDOW_FRAMES = 5;

    /**
     * Time frozen, so the clock's thread (Conferences starts it with the first room) never ticks by itself and
     * only {@link MediaClock#advance()} ticks; it waits with real parking so it does not spin.
     */
    private final MediaClock clock = new MediaClock("rooms-test", () -> 0L, LockSupport::parkNanos);
    private final Conferences rooms = new Conferences(clock);

    @AfterEach
    void close() {
        rooms.close();
    }

    @Test
    void eachMemberHearsTheTwoOthersAndNotItself() {
        Conference.Member[] members = new Conference.Member[3];
        for (int i = 0; i < 3; i++) {
            members[i] = rooms.join("800", "member-" + i);
        }
        assertThat(rooms.size("800")).isEqualTo(3);

        short[][] heard = run(members, 20);

        for (int listener = 0; listener < 3; listener++) {
            for (int speaker = 0; speaker < 3; speaker++) {
                double a = Signals.amplitude(heard[listener], heard[listener].length - WINDOW_FRAMES * Pcm.FRAME,
                    heard[listener].length, TONES[speaker], Pcm.RATE);
                if (speaker == listener) {
                    assertThat(a).as("member %d hears itself", listener).isLessThan(AMPLITUDE / 100);
                } else {
                    assertThat(a).as("member %d hears member %d", listener, speaker)
                        .isBetween(0.9 * AMPLITUDE, 1.1 * AMPLITUDE);
                }
            }
        }
    }

    @Test
    void theRemainingMembersStopHearingOneWhoLeft() {
        Conference.Member[] members = new Conference.Member[3];
        for (int i = 0; i < 3; i++) {
            members[i] = rooms.join("801", "member-" + i);
        }
        run(members, 5);
        rooms.leave(members[2]);
        assertThat(rooms.size("801")).isEqualTo(2);

        short[][] heard = run(new Conference.Member[] {members[0], members[1]}, 20);

        int from = heard[0].length - WINDOW_FRAMES * Pcm.FRAME;
        assertThat(Signals.amplitude(heard[0], from, heard[0].length, TONES[2], Pcm.RATE)).isLessThan(AMPLITUDE / 100);
        assertThat(Signals.amplitude(heard[0], from, heard[0].length, TONES[1], Pcm.RATE))
            .isBetween(0.9 * AMPLITUDE, 1.1 * AMPLITUDE);
    }

    @Test
    void theRoomClosesWhenItsLastMemberLeaves() {
        Conference.Member a = rooms.join("802", "a");
        Conference.Member b = rooms.join("802", "b");
        run(new Conference.Member[] {a, b}, 3);
        assertThat(clock.taskCount()).as("the room's mixer ticks on the clock").isEqualTo(1);

        rooms.leave(a);
        clock.advance();
        assertThat(rooms.size("802")).isEqualTo(1);
        rooms.leave(b);
        clock.advance();

        assertThat(rooms.size("802")).as("no members, no room").isZero();
        assertThat(clock.taskCount()).as("the room's mixer left the clock").isZero();
        assertThat(clock.isRunning()).as("the clock stops with the last room").isFalse();

        Conference.Member again = rooms.join("802", "c");
        assertThat(again.conference()).as("a new room").isNotSameAs(a.conference());
        assertThat(rooms.size("802")).isEqualTo(1);
        assertThat(clock.isRunning()).as("the clock starts again with the first room").isTrue();
    }

    @Test
    void membersWhoLeaveWithoutATickBetweenStillCloseTheRoom() {
        Conference.Member a = rooms.join("803", "a");
        Conference.Member b = rooms.join("803", "b");
        rooms.leave(a);
        rooms.leave(b);
        clock.advance();
        assertThat(rooms.size("803")).isZero();
        assertThat(clock.taskCount()).isZero();
    }

    /**
     * {@code ticks} ticks: before each, every member's call puts the next frame of its tone into its voice queue;
     * after each, it takes its mix. Returns what each member heard.
     */
    private short[][] run(Conference.Member[] members, int ticks) {
        SineSource[] voices = new SineSource[members.length];
        for (int i = 0; i < members.length; i++) {
            voices[i] = new SineSource(TONES[i], AMPLITUDE);
        }
        short[][] heard = new short[members.length][ticks * Pcm.FRAME];
        short[] frame = new short[Pcm.FRAME];
        for (int t = 0; t < ticks; t++) {
            for (int i = 0; i < members.length; i++) {
                voices[i].read(frame);
                members[i].voice().write(frame);
            }
            clock.advance();
            for (int i = 0; i < members.length; i++) {
                members[i].mix().read(frame);
                System.arraycopy(frame, 0, heard[i], t * Pcm.FRAME, Pcm.FRAME);
            }
        }
        return heard;
    }
}
