package org.centralino.media.prompt;

import static org.centralino.media.prompt.PromptNames.TENS;
import static org.centralino.media.prompt.PromptNames.UNITS;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Italian, as a person reads numbers, dates and times aloud:
 * <ul>
 *   <li>tens drop their final vowel before "uno" and "otto" (ventuno, trentotto: prompts {@code *_elided},
 *       "vent", "trent"...); "cento" drops it before "uno", "otto" and "ottanta" too (centuno, centotto,
 *       centottanta: prompt {@code hundred_elided}, "cent"), the usual spoken form;</li>
 *   <li>1000 is "mille", multiples are "-mila" (duemila, ventunmila); 1,000,000 is "un milione", multiples
 *       "milioni"; a group ending in "uno" before "mila"/"milioni" becomes "un" (ventunmila, ventun milioni);</li>
 *   <li>dates: "oggi", "ieri", else weekday, day ("primo" for the 1st) and month, plus the year if another;</li>
 *   <li>time on the 24-hour clock: "sono le ore quattordici e cinque"; one o'clock is "è l'una (e cinque)";
 *       on the hour nothing follows ("sono le ore dodici").</li>
 * </ul>
 */
public final class ItalianSpeech implements Speech {
    static final String ONE_APOCOPATED = "one_apocopated";
    static final String HUNDRED_ELIDED = "hundred_elided";
    static final String THOUSANDS = "thousands";
    static final String MILLIONS = "millions";
    static final String IT_IS_ONE = "it_is_one";
    static final String AT_ONE = "at_one";

    @Override
    public String language() {
        return "it";
    }

    @Override
    public List<String> number(long n) {
        return PromptNames.number(n, ItalianSpeech::groups);
    }

    @Override
    public List<String> count(long n, String singular, String plural) {
        List<String> out = n == 1 ? new ArrayList<>(List.of(ONE_APOCOPATED)) : number(n);
        out.add(n == 1 ? singular : plural);
        return out;
    }

    @Override
    public List<String> date(LocalDate date, LocalDate today) {
        return PromptNames.date(this, date, today, (out, day) -> {
            if (day == 1) {
                out.add(PromptNames.FIRST);
            } else {
                out.addAll(number(day));
            }
        });
    }

    @Override
    public List<String> time(LocalTime time) {
        return clock(time, time.getHour() == 1 ? IT_IS_ONE : PromptNames.THE_TIME_IS);
    }

    @Override
    public List<String> at(LocalTime time) {
        return clock(time, time.getHour() == 1 ? AT_ONE : PromptNames.AT);
    }

    private List<String> clock(LocalTime time, String lead) {
        List<String> out = new ArrayList<>();
        out.add(lead);
        if (time.getHour() != 1) {
            out.addAll(number(time.getHour()));
        }
        if (time.getMinute() > 0) {
            out.add(PromptNames.AND);
            out.addAll(number(time.getMinute()));
        }
        return out;
    }

    /** "un milione"/"mille" for one million/thousand, else the group before "milioni"/"mila". */
    private static void groups(List<String> out, int millions, int thousands, int rest) {
        if (millions == 1) {
            out.add(ONE_APOCOPATED);
            out.add(PromptNames.MILLION);
        } else if (millions > 1) {
            group(out, millions, true);
            out.add(MILLIONS);
        }
        if (thousands == 1) {
            out.add(PromptNames.THOUSAND);
        } else if (thousands > 1) {
            group(out, thousands, true);
            out.add(THOUSANDS);
        }
        if (rest > 0) {
            group(out, rest, false);
        }
    }

    /** 1 to 999; {@code beforeMultiplier}: a final "uno" becomes "un" (ventunmila). */
    private static void group(List<String> out, int n, boolean beforeMultiplier) {
        int hundreds = n / 100;
        int rest = n % 100;
        if (hundreds > 1) {
            out.add(UNITS[hundreds]);
        }
        if (hundreds > 0) {
            boolean vowelFollows = rest == 1 || rest == 8 || rest / 10 == 8;
            out.add(vowelFollows ? HUNDRED_ELIDED : PromptNames.HUNDRED);
        }
        if (rest == 0) {
            return;
        }
        int units = rest % 10;
        if (rest >= 20) {
            out.add(units == 1 || units == 8 ? TENS[rest / 10] + "_elided" : TENS[rest / 10]);
            if (units == 0) {
                return;
            }
            rest = units;
        }
        out.add(rest == 1 && beforeMultiplier ? ONE_APOCOPATED : UNITS[rest]);
    }
}
