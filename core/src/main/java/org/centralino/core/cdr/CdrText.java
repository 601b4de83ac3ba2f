package org.centralino.core.cdr;

/**
 * Cleans text that comes from the network (display names, numbers, reason phrases) before it is kept:
 * a call record must be written even when a phone sends a 2 kB display name or a NUL, because losing the
 * record of a call is worse than shortening a name. PostgreSQL refuses NUL and text longer than the column.
 */
final class CdrText {
    private CdrText() {
    }

    /**
     * {@code s} with control characters and lone surrogates replaced by U+FFFD and cut to {@code max}
     * code points; null stays null.
     */
    static String clean(String s, int max) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), max * 2));
        int count = 0;
        for (int i = 0; i < s.length() && count < max; count++) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean broken = cp <= 0xFFFF && Character.isSurrogate((char) cp); // a lone surrogate
            out.appendCodePoint(Character.isISOControl(cp) || broken ? 0xFFFD : cp);
        }
        return out.toString();
    }
}
