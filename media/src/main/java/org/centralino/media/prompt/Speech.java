package org.centralino.media.prompt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Says numbers, digits, dates and times in one language by concatenating prompts: each method returns the
 * prompt names to play, in order (resolve them with {@link PromptLibrary#clips}). The grammar is the
 * language's own (Italian elisions and "mille"/"mila", British "and"); see {@link ItalianSpeech} and
 * {@link EnglishSpeech}. Stateless and thread-safe.
 */
public sealed interface Speech permits ItalianSpeech, EnglishSpeech {
    /** The largest number said: 999,999,999 (a PBX says counts, extensions, waiting times, years). */
    long MAX_NUMBER = 999_999_999L;

    /** The speech for a language code ("it", "en"); any other language is said in English. */
    static Speech of(String language) {
        return "it".equals(language) ? new ItalianSpeech() : new EnglishSpeech();
    }

    /** The language code of the prompts named, as in {@link PromptLibrary}. */
    String language();

    /** A cardinal number, 0 to {@link #MAX_NUMBER}; negative or larger numbers are refused. */
    List<String> number(long n);

    /** "n things" with the noun's singular or plural prompt ("un nuovo messaggio", "one new message"). */
    List<String> count(long n, String singular, String plural);

    /** A date: "today", "yesterday", else weekday, day and month, plus the year when it is not this year's. */
    List<String> date(LocalDate date, LocalDate today);

    /** The speaking clock's sentence: "sono le ore quattordici e cinque", "the time is two oh five p m". */
    List<String> time(LocalTime time);

    /** A time after an event: "alle ore quattordici e cinque", "at two oh five p m". */
    List<String> at(LocalTime time);

    /** Keypad keys one by one (0-9, *, #, A-D): an extension, a PIN, the digits a caller pressed. */
    default List<String> digits(String keys) {
        List<String> names = new ArrayList<>(keys.length());
        for (int i = 0; i < keys.length(); i++) {
            names.add(PromptNames.key(keys.charAt(i)));
        }
        return names;
    }
}
