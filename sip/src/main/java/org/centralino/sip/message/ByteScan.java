package org.centralino.sip.message;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds line breaks eight bytes at a time (SWAR: "find a zero byte in a word", applied to the word XOR the
 * byte we look for). Header lines average some 60 bytes, so this is most of the parser's scanning.
 */
final class ByteScan {
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LF = 0x0A0A0A0A0A0A0A0AL;
    private static final long CR = 0x0D0D0D0D0D0D0D0DL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteScan() {
    }

    /**
     * The index of the first CR or LF in {@code d[from, to)}, or -1. In each word the lowest flagged byte is
     * always a real match (false positives only appear above a real one), and little-endian order makes the
     * lowest byte the first.
     */
    static int lineBreak(byte[] d, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(d, i);
            long x = w ^ LF;
            long y = w ^ CR;
            long found = ((x - ONES) & ~x | (y - ONES) & ~y) & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            byte b = d[i];
            if (b == '\n' || b == '\r') {
                return i;
            }
        }
        return -1;
    }
}
