package org.centralino.media.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English (British) numbers, dates and times as prompt sequences. */
class EnglishSpeechTest {
    private final Speech en = Speech.of("en");

    private static List<String> words(String spaced) {
        return List.of(spaced.split(" "));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        0         | zero
        1         | one
        11        | eleven
        21        | twenty one
        28        | twenty eight
        100       | one hundred
        101       | one hundred and one
        108       | one hundred and eight
        180       | one hundred and eighty
        1000      | one thousand
        1001      | one thousand and one
        1100      | one thousand one hundred
        1105      | one thousand one hundred and five
        2000      | two thousand
        21000     | twenty one thousand
        1000000   | one million
        1000005   | one million and five
        2000000   | two million
        999999999 | nine hundred and ninety nine million nine hundred and ninety nine thousand nine hundred and ninety nine
        """)
    void numbersAreBritish(long n, String expected) {
        assertThat(en.number(n)).isEqualTo(words(expected));
    }

    @Test
    void negativeNumbersAreRefused() {
        assertThatThrownBy(() -> en.number(-5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        00:00 | the_time_is twelve midnight
        00:30 | the_time_is twelve thirty am
        01:00 | the_time_is one o_clock am
        09:07 | the_time_is nine oh seven am
        12:00 | the_time_is twelve noon
        12:45 | the_time_is twelve forty five pm
        13:05 | the_time_is one oh five pm
        23:59 | the_time_is eleven fifty nine pm
        """)
    void timeIsSaidOnThe12HourClock(String time, String expected) {
        assertThat(en.time(LocalTime.parse(time))).isEqualTo(words(expected));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-11-22 | today
        2026-11-21 | yesterday
        2026-11-01 | sunday the first of november
        2026-10-31 | saturday the thirty first of october
        2026-10-20 | tuesday the twentieth of october
        2026-01-22 | thursday the twenty second of january
        2025-12-25 | thursday the twenty fifth of december two thousand and twenty five
        """)
    void datesSayTodayYesterdayOrWeekdayTheOrdinalOfMonth(String date, String expected) {
        assertThat(en.date(LocalDate.parse(date), LocalDate.of(2026, 11, 22))).isEqualTo(words(expected));
    }

    @Test
    void countsPickSingularOrPlural() {
        assertThat(en.count(1, "new_message", "new_messages")).containsExactly("one", "new_message");
        assertThat(en.count(21, "new_message", "new_messages")).containsExactly("twenty", "one", "new_messages");
    }

    @Test
    void anyOtherLanguageIsSpokenInEnglish() {
        assertThat(Speech.of("de").language()).isEqualTo("en");
        assertThat(Speech.of("it").language()).isEqualTo("it");
    }
}
