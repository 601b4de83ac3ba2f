package org.centralino.media.mix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who hears whom, measured by Goertzel on every party's output, each party speaking its own tone. */
class MixerHearingTest {

    @Test
    void twoPartiesHearEachOtherAndNeverThemselves() {
        TestRoom c = new TestRoom(2);
        assertThat(c.whoHearsWhom()).containsExactly(
            "A hears B",
            "B hears A");
    }

    @Test
    void threePartiesEachHearTheOtherTwo() {
        TestRoom c = new TestRoom(3);
        assertThat(c.whoHearsWhom()).containsExactly(
            "A hears B C",
            "B hears A C",
            "C hears A B");
    }

    @Test
    void sixPartiesEachHearTheOtherFive() {
        TestRoom c = new TestRoom(6);
        assertThat(c.whoHearsWhom()).containsExactly(
            "A hears B C D E F",
            "B hears A C D E F",
            "C hears A B D E F",
            "D hears A B C E F",
            "E hears A B C D F",
            "F hears A B C D E");
    }

    @Test
    void mutedAndListenOnlyPartiesAreHeardByNobodyButHearEveryone() {
        TestRoom c = new TestRoom(6);
        c.party(1).mute(true);
        c.party(2).listenOnly(true);
        assertThat(c.whoHearsWhom()).containsExactly(
            "A hears D E F",
            "B hears A D E F",
            "C hears A D E F",
            "D hears A E F",
            "E hears A D F",
            "F hears A D E");
    }

    @Test
    void aWhisperIsHeardByItsTargetAloneWhileTheWhispererHearsEveryone() {
        TestRoom c = new TestRoom(6);
        c.party(5).whisperTo(c.party(3)); // F, a supervisor, coaches D
        assertThat(c.whoHearsWhom()).containsExactly(
            "A hears B C D E",
            "B hears A C D E",
            "C hears A B D E",
            "D hears A B C E F",
            "E hears A B C D",
            "F hears A B C D E");
    }

    @Test
    void muteListenOnlyAndWhisperTogetherInSixParties() {
        TestRoom c = new TestRoom(6);
        c.party(0).mute(true);
        c.party(1).listenOnly(true);
        c.party(4).whisperTo(c.party(2));
        c.party(5).whisperTo(c.party(2));
        assertThat(c.whoHearsWhom()).containsExactly(
            "A hears C D",
            "B hears C D",
            "C hears D E F",
            "D hears C",
            "E hears C D",
            "F hears C D");
    }

    @Test
    void muteAndListenOnlyAreIndependentFlags() {
        TestRoom c = new TestRoom(2);
        c.party(0).mute(true);
        c.party(0).listenOnly(true);
        c.party(0).mute(false); // the party unmutes itself by DTMF: still listen-only
        assertThat(c.whoHearsWhom()).containsExactly("A hears B", "B hears");
        c.party(0).mute(true);
        c.party(0).listenOnly(false); // the moderator lifts listen-only: still muted by the party itself
        assertThat(c.whoHearsWhom()).containsExactly("A hears B", "B hears");
        c.party(0).mute(false);
        assertThat(c.whoHearsWhom()).containsExactly("A hears B", "B hears A");
    }

    @Test
    void aWhisperToAPartyThatLeftIsHeardByNobody() {
        TestRoom c = new TestRoom(3);
        c.party(2).whisperTo(c.party(1));
        assertThat(c.whoHearsWhom()).containsExactly("A hears B", "B hears A C", "C hears A B");
        int framesBeforeLeaving = c.heard.get(1).frames();
        c.remove(1);
        assertThat(c.whoHearsWhom()).containsExactly("A hears", "C hears A");
        assertThat(c.heard.get(1).frames()).as("frames B got after it left").isEqualTo(framesBeforeLeaving);
        assertThat(c.mixer.size()).isEqualTo(2);
    }

    @Test
    void aPartyThatHearsOnlyChosenPartiesHearsNoOneElse() {
        TestRoom c = new TestRoom(4);
        c.party(0).hearOnly(c.party(1), c.party(0), c.party(1));
        c.party(2).whisperTo(c.party(3));
        c.party(3).hearOnly(c.party(2));
        assertThat(c.whoHearsWhom()).containsExactly(
            "A hears B",
            "B hears A D",
            "C hears A B D",
            "D hears C");
        c.party(0).hearEveryone();
        assertThat(c.whoHearsWhom().getFirst()).isEqualTo("A hears B D");
    }
}
