package org.centralino.core.app;

import java.util.regex.Pattern;

/**
 * The names a music-on-hold class may have wherever one is chosen (an extension's {@code mohClass}, the REST API's
 * {@code /api/v1/moh/{class}}): 1 to {@value #MAX_LENGTH} characters of lower-case letters a-z, digits, '_' and
 * '-', the first a letter or a digit. Lower case only, so that "Jazz" and "jazz" cannot be two classes on a
 * case-sensitive disk and one on a case-insensitive one; the first character is what the media library insists
 * on for a class directory (no "-rf" or "_tmp" names). Whether the class exists is not checked here: a class
 * without files at call time plays the default class (MohLibrary logs it), so an extension can be pointed at a
 * class before its files are uploaded.
 */
public final class MohClassName {
    /** Longest class name: a short label, and a directory name under {@code <data>/moh}. */
    public static final int MAX_LENGTH = 40;
    /** The rule, as the reason of a refusal (for an API field or a path parameter). */
    public static final String RULE = "must be 1 to " + MAX_LENGTH
        + " characters of a-z, 0-9, '_' or '-', starting with a letter or digit";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0," + (MAX_LENGTH - 1) + "}");

    private MohClassName() {
    }

    /** True when {@code name} is a valid class name; false for null. */
    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
