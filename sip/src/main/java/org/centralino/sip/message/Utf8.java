package org.centralino.sip.message;

/**
 * UTF-8 sizing and writing into a caller's array without intermediate allocations, for {@link SipSerializer}.
 * A measure is a long: the byte count in the low 40 bits, and above them the number of strings that are not
 * plain ASCII without CR or LF, so measures of several strings can simply be added.
 */
final class Utf8 {
    private static final long CARE = 1L << 40;
    private static final long SIZE_MASK = CARE - 1;

    private Utf8() {
    }

    static long measure(String s) {
        int n = s.length();
        int all = 0;
        for (int i = 0; i < n; i++) {
            all |= s.charAt(i);
        }
        // the common case, in a loop the JIT can vectorise plus two intrinsic searches
        if (all < 0x80 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
            return n;
        }
        return measureCarefully(s);
    }

    private static long measureCarefully(String s) {
        int n = s.length();
        long bytes = n;
        boolean care = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                care |= c == '\r' || c == '\n';
            } else {
                care = true;
                if (c < 0x800) {
                    bytes += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    bytes += 2;
                    i++;
                } else if (!Character.isSurrogate(c)) {
                    bytes += 2;
                }
            }
        }
        return care ? bytes | CARE : bytes;
    }

    static int size(long measure) {
        return Math.toIntExact(measure & SIZE_MASK);
    }

    static boolean needsCare(long measure) {
        return measure >= CARE;
    }

    /**
     * Writes {@code s} at {@code p}; returns the index after it. With {@code plain} the caller knows the string
     * is ASCII without CR or LF.
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is the allocation-free Latin-1 copy
    static int write(String s, byte[] out, int p, boolean plain) {
        int n = s.length();
        if (plain) {
            s.getBytes(0, n, out, p);
            return p + n;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[p++] = (byte) (c == '\r' || c == '\n' ? ' ' : c);
            } else if (c < 0x800) {
                out[p++] = (byte) (0xC0 | c >> 6);
                out[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[p++] = (byte) (0xF0 | cp >> 18);
                out[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[p++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[p++] = '?';
            } else {
                out[p++] = (byte) (0xE0 | c >> 12);
                out[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return p;
    }
}
