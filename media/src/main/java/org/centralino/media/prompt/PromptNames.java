package org.centralino.media.prompt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

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

    /** How a language says the three-digit groups of a number above zero (each group 0 to 999). */
    @FunctionalInterface
    interface GroupRule {
        void say(List<String> out, int millions, int thousands, int rest);
    }

    /** A number as both languages say it: the range checked, "zero" for 0, else the language's groups. */
    static List<String> number(long n, GroupRule rule) {
        checkRange(n);
        List<String> out = new ArrayList<>();
        if (n == 0) {
            out.add(UNITS[0]);
        } else {
            rule.say(out, (int) (n / 1_000_000), (int) (n / 1000 % 1000), (int) (n % 1000));
        }
        return out;
    }

    /**
     * A date as both languages say it: "today", "yesterday", else the weekday, the language's day of the month
     * ({@code day}), the month, and the year ({@code speech}'s number) when it is not {@code today}'s.
     */
    static List<String> date(Speech speech, LocalDate date, LocalDate today, BiConsumer<List<String>, Integer> day) {
        if (date.equals(today)) {
            return List.of(TODAY);
        }
        if (date.equals(today.minusDays(1))) {
            return List.of(YESTERDAY);
        }
        List<String> out = new ArrayList<>();
        out.add(weekday(date.getDayOfWeek()));
        day.accept(out, date.getDayOfMonth());
        out.add(month(date.getMonth()));
        if (date.getYear() != today.getYear()) {
            out.addAll(speech.number(date.getYear()));
        }
        return out;
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
