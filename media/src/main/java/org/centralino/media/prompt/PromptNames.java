package org.centralino.media.prompt;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;

/**
 * Prompt names shared by both languages' lists ({@code tools/prompts/it.txt}, {@code en.txt}): the same name
 * means the same thing in every language (name {@code seven} is "sette" in Italian, "seven" in English).
 */
final class PromptNames {
    /** 0 to 19 by value. */
    static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    /** Tens by tens digit (index 2 is twenty); 0 and 1 unused. */
    static final String[] TENS = {null, null, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    static final String TODAY = "today";
    static final String YESTERDAY = "yesterday";
    static final String THE_TIME_IS = "the_time_is";
    static final String AT = "at";
    static final String AND = "and";
    static final String HUNDRED = "hundred";
    static final String THOUSAND = "thousand";
    static final String MILLION = "million";
    static final String FIRST = "first";

    private PromptNames() {
    }

    /** Refuses what cannot be said. */
    static void checkRange(long n) {
        if (n < 0 || n > Speech.MAX_NUMBER) {
            throw new IllegalArgumentException("cannot say " + n + ": numbers are said from 0 to " + Speech.MAX_NUMBER);
        }
    }

    static String month(Month month) {
        return month.name().toLowerCase(Locale.ROOT);
    }

    static String weekday(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    /** The prompt for one key of a telephone keypad (RFC 4733 §3.2 events 0-15: digits, *, #, A-D). */
    static String key(char c) {
        return switch (c) {
            case '*' -> "star";
            case '#' -> "pound";
            case 'A', 'B', 'C', 'D', 'a', 'b', 'c', 'd' -> "letter_" + Character.toLowerCase(c);
            default -> {
                if (c < '0' || c > '9') {
                    throw new IllegalArgumentException("'" + c + "' is not a keypad key (0-9, *, #, A-D)");
                }
                yield UNITS[c - '0'];
            }
        };
    }
}
