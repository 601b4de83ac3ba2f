package org.centralino.core.validation;

/** Checks on user-supplied text that several use cases share. */
public final class Text {
    private Text() {
    }

    /**
     * True when {@code s} holds a control character (C0, DEL, C1) or a lone UTF-16 surrogate. Such text
     * must not reach SIP headers (a CR/LF would inject a header), PostgreSQL (which refuses NUL) or
     * UTF-8 encoders (which replace lone surrogates silently).
     */
    public static boolean hasControlOrBrokenUnicode(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Length in Unicode code points, which is what a user counts as characters. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
