package org.centralino.media.prompt;

import static org.centralino.media.prompt.PromptNames.TENS;
import static org.centralino.media.prompt.PromptNames.UNITS;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * English, British usage (the voice is en-GB):
 * <ul>
 *   <li>"and" after hundred and before a last group under one hundred: "one hundred and five", "one thousand
 *       and one", "two million and five"; no plural on multipliers ("two million");</li>
 *   <li>dates: "today", "yesterday", else "Monday the twenty-first of March", plus the year if another;</li>
 *   <li>time on the 12-hour clock: "the time is one oh five P M", "two o'clock A M"; 12:00 is "twelve noon"
 *       and 00:00 "twelve midnight" (A.M./P.M. at those two instants is ambiguous to listeners).</li>
 * </ul>
 */
public final class EnglishSpeech implements Speech {
    /** Ordinals 1 to 19 by value (index 0 unused), for days of the month. */
    static final String[] ORDINALS = {null, "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth"};
    static final String TWENTIETH = "twentieth";
    static final String THIRTIETH = "thirtieth";

    @Override
    public String language() {
        return "en";
    }

    @Override
    public List<String> number(long n) {
        return PromptNames.number(n, EnglishSpeech::groups);
    }

    @Override
    public List<String> count(long n, String singular, String plural) {
        List<String> out = number(n);
        out.add(n == 1 ? singular : plural);
        return out;
    }

    @Override
    public List<String> date(LocalDate date, LocalDate today) {
        return PromptNames.date(this, date, today, (out, day) -> {
            out.add("the");
            ordinal(out, day);
            out.add("of");
        });
    }

    @Override
    public List<String> time(LocalTime time) {
        return clock(time, PromptNames.THE_TIME_IS);
    }

    @Override
    public List<String> at(LocalTime time) {
        return clock(time, PromptNames.AT);
    }

    private List<String> clock(LocalTime time, String lead) {
        List<String> out = new ArrayList<>();
        out.add(lead);
        int hour = time.getHour();
        int minute = time.getMinute();
        int hour12 = hour % 12 == 0 ? 12 : hour % 12;
        out.addAll(number(hour12));
        if (minute == 0 && hour % 12 == 0) {
            out.add(hour == 0 ? "midnight" : "noon");
            return out;
        }
        if (minute == 0) {
            out.add("o_clock");
        } else if (minute < 10) {
            out.add("oh");
            out.add(UNITS[minute]);
        } else {
            out.addAll(number(minute));
        }
        out.add(hour < 12 ? "am" : "pm");
        return out;
    }

    private static void ordinal(List<String> out, int day) {
        if (day < 20) {
            out.add(ORDINALS[day]);
        } else if (day % 10 == 0) {
            out.add(day == 20 ? TWENTIETH : THIRTIETH);
        } else {
            out.add(TENS[day / 10]);
            out.add(ORDINALS[day % 10]);
        }
    }

    /** "and" before a last group under one hundred that follows a larger one ("one thousand and one"). */
    private static void groups(List<String> out, int millions, int thousands, int rest) {
        if (millions > 0) {
            group(out, millions);
            out.add(PromptNames.MILLION);
        }
        if (thousands > 0) {
            group(out, thousands);
            out.add(PromptNames.THOUSAND);
        }
        if (rest > 0) {
            if (rest < 100 && (millions > 0 || thousands > 0)) {
                out.add(PromptNames.AND);
            }
            group(out, rest);
        }
    }

    /** 1 to 999. */
    private static void group(List<String> out, int n) {
        int hundreds = n / 100;
        int rest = n % 100;
        if (hundreds > 0) {
            out.add(UNITS[hundreds]);
            out.add(PromptNames.HUNDRED);
            if (rest > 0) {
                out.add(PromptNames.AND);
            }
        }
        if (rest >= 20) {
            out.add(TENS[rest / 10]);
            rest %= 10;
        }
        if (rest > 0) {
            out.add(UNITS[rest]);
        }
    }
}
