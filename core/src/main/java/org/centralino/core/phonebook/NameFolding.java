package org.centralino.core.phonebook;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names for search: lower case, accents removed (canonical decomposition, combining marks dropped), so that
 * "nicolo" finds "Nicolò" and "ELISA" finds "Élisa". Words are split on anything that is not a letter or a digit,
 * so "D'Amico" is found by "amico" and by "d", and "Rossi-Bianchi" by "bianchi".
 */
public final class NameFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameFolding() {
    }

    /** {@code s} lower-cased without accents; null stays null. */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        // letters with no decomposition that people type without their stroke or ligature
        return folded.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ł", "l")
            .replace("đ", "d");
    }

    /** The folded words of every non-null part, in order, without duplicates. */
    public static List<String> words(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p == null) {
                continue;
            }
            for (String w : NON_WORD.split(fold(p))) {
                if (!w.isEmpty() && !out.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
