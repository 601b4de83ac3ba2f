package org.centralino.media.moh;

import static org.assertj.core.api.Assertions.assertThat;

import org.centralino.media.audio.Pcm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in music on hold, measured: level, no silence, a seamless loop, deterministic, and musical pitch. */
class DefaultMohPieceTest {
    private static short[] piece;

    @BeforeAll
    static void render() {
        piece = DefaultMohPiece.render();
    }

    private static double rmsDbfs(short[] pcm, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) pcm[i] * pcm[i];
        }
        double rms = Math.sqrt(sum / (to - from));
        return 20 * Math.log10(Math.max(rms, 1e-9) / 32767);
    }

    @Test
    void lastsSixtySecondsAtTheInternalRate() {
        assertThat(piece).hasSize(DefaultMohPiece.LOOP_SECONDS * Pcm.RATE);
    }

    @Test
    void levelIsWithinThreeDbOfTheTargetAndNeverClips() {
        assertThat(rmsDbfs(piece, 0, piece.length)).isCloseTo(DefaultMohPiece.TARGET_RMS_DBFS,
            org.assertj.core.data.Offset.offset(3.0));
        int peak = 0;
        for (short s : piece) {
            peak = Math.max(peak, Math.abs(s));
        }
        assertThat(peak).as("peak").isLessThan(32767).isGreaterThan(3277);
    }

    @Test
    void isNeverSilentForMoreThanOneSecond() {
        int quietFrames = 0;
        int longest = 0;
        for (int at = 0; at + Pcm.FRAME <= piece.length; at += Pcm.FRAME) {
            quietFrames = rmsDbfs(piece, at, at + Pcm.FRAME) < -50 ? quietFrames + 1 : 0;
            longest = Math.max(longest, quietFrames);
        }
        assertThat(longest * Pcm.FRAME_MS).as("longest stretch under -50 dBFS, ms").isLessThanOrEqualTo(1000);
        double quietest = 0;
        for (int at = 0; at + Pcm.RATE <= piece.length; at += Pcm.RATE / 2) {
            quietest = Math.min(quietest, rmsDbfs(piece, at, at + Pcm.RATE));
        }
        assertThat(quietest).as("quietest second, dBFS").isGreaterThan(-35);
    }

    @Test
    void loopJoinsWithoutAClick() {
        int largestInside = 0;
        for (int i = 1; i < piece.length; i++) {
            largestInside = Math.max(largestInside, Math.abs(piece[i] - piece[i - 1]));
        }
        int join = Math.abs(piece[0] - piece[piece.length - 1]);
        assertThat(join).isLessThanOrEqualTo(largestInside);
        // and the join looks like any other moment: the step is within the usual range of a 20 ms window there
        int nearJoin = 0;
        for (int i = piece.length - Pcm.FRAME; i < piece.length; i++) {
            nearJoin = Math.max(nearJoin, Math.abs(piece[i] - piece[i - 1]));
        }
        assertThat(join).isLessThanOrEqualTo(Math.max(2 * nearJoin, 1));
    }

    @Test
    void isDeterministic() {
        assertThat(DefaultMohPiece.render()).isEqualTo(piece);
    }

    @Test
    void firstChordIsCMajorSeventh() {
        // Goertzel (Hann-windowed) over 4 s of the first chord: its notes (C4 E4 G4 B4) stand well above a note not in it (F4)
        int from = 2 * Pcm.RATE; // after the crossfade from the last chord (Gsus4, with F4)
        int to = 6 * Pcm.RATE;
        double c = power(piece, from, to, DefaultMohPiece.hz(60));
        double e = power(piece, from, to, DefaultMohPiece.hz(64));
        double g = power(piece, from, to, DefaultMohPiece.hz(67));
        double f = power(piece, from, to, DefaultMohPiece.hz(65));
        assertThat(Math.min(c, Math.min(e, g))).isGreaterThan(100 * f);
    }

    private static double power(short[] pcm, int from, int to, double hz) {
        double k = 2 * Math.cos(2 * Math.PI * hz / Pcm.RATE);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < to; i++) {
            double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * (i - from) / (to - from)); // keeps E4 out of F4's bin
            double s = hann * pcm[i] + k * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        return s1 * s1 + s2 * s2 - k * s1 * s2;
    }
}
