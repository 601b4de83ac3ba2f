package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteScanTest {

    @Test
    void findsTheFirstCrOrLfAtEveryPositionAndAlignment() {
        for (int len = 0; len < 40; len++) {
            for (int at = 0; at < len; at++) {
                for (byte mark : new byte[] {'\r', '\n'}) {
                    byte[] d = new byte[len + 3];
                    java.util.Arrays.fill(d, (byte) 'a');
                    d[at + 1] = mark;
                    assertThat(ByteScan.lineBreak(d, 1, len + 1)).isEqualTo(at + 1);
                }
            }
            byte[] none = new byte[len];
            java.util.Arrays.fill(none, (byte) 'a');
            assertThat(ByteScan.lineBreak(none, 0, len)).isEqualTo(-1);
        }
    }

    @Test
    void agreesWithAPlainLoopOnRandomBytes() {
        Random random = new Random(3);
        for (int run = 0; run < 2000; run++) {
            byte[] d = new byte[random.nextInt(100)];
            random.nextBytes(d);
            int from = d.length == 0 ? 0 : random.nextInt(d.length);
            assertThat(ByteScan.lineBreak(d, from, d.length)).isEqualTo(plain(d, from, d.length));
        }
    }

    @Test
    void doesNotLookPastTheEnd() {
        byte[] d = {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', '\n'};

        assertThat(ByteScan.lineBreak(d, 0, 8)).isEqualTo(-1);
    }

    private static int plain(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (d[i] == '\r' || d[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
