package org.centralino.media.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Italian numbers, dates and times as prompt sequences, against how an Italian reads them aloud. */
class ItalianSpeechTest {
    private final Speech it = Speech.of("it");

    private static List<String> words(String spaced) {
        return List.of(spaced.split(" "));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        0         | zero
        1         | one
        11        | eleven
        20        | twenty
        21        | twenty_elided one
        23        | twenty three
        28        | twenty_elided eight
        38        | thirty_elided eight
        81        | eighty_elided one
        99        | ninety nine
        100       | hundred
        101       | hundred_elided one
        108       | hundred_elided eight
        110       | hundred ten
        180       | hundred_elided eighty
        188       | hundred_elided eighty_elided eight
        200       | two hundred
        321       | three hundred twenty_elided one
        1000      | thousand
        1001      | thousand one
        1100      | thousand hundred
        2000      | two thousands
        2026      | two thousands twenty six
        21000     | twenty_elided one_apocopated thousands
        101000    | hundred_elided one_apocopated thousands
        100000    | hundred thousands
        1000000   | one_apocopated million
        1000001   | one_apocopated million one
        1001000   | one_apocopated million thousand
        2000000   | two millions
        21000000  | twenty_elided one_apocopated millions
        999999999 | nine hundred ninety nine millions nine hundred ninety nine thousands nine hundred ninety nine
        """)
    void numbersFollowItalianElisionAndMilleMila(long n, String expected) {
        assertThat(it.number(n)).isEqualTo(words(expected));
    }

    @Test
    void numbersOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> it.number(-1)).hasMessageContaining("-1").hasMessageContaining("0 to 999999999");
        assertThatThrownBy(() -> it.number(1_000_000_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        00:00 | the_time_is zero
        01:00 | it_is_one
        01:01 | it_is_one and one
        12:00 | the_time_is twelve
        13:05 | the_time_is thirteen and five
        14:05 | the_time_is fourteen and five
        21:28 | the_time_is twenty_elided one and twenty_elided eight
        23:59 | the_time_is twenty three and fifty nine
        """)
    void timeIsSaidOnThe24HourClock(String time, String expected) {
        assertThat(it.time(LocalTime.parse(time))).isEqualTo(words(expected));
    }

    @Test
    void atTimeUsesAlleOreAndAllUna() {
        assertThat(it.at(LocalTime.of(9, 30))).containsExactly("at", "nine", "and", "thirty");
        assertThat(it.at(LocalTime.of(1, 15))).containsExactly("at_one", "and", "fifteen");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-11-22 | today
        2026-11-21 | yesterday
        2026-11-01 | sunday first november
        2026-10-31 | saturday thirty_elided one october
        2026-03-08 | sunday eight march
        2025-12-25 | thursday twenty five december two thousands twenty five
        """)
    void datesSayTodayYesterdayOrWeekdayDayMonth(String date, String expected) {
        assertThat(it.date(LocalDate.parse(date), LocalDate.of(2026, 11, 22))).isEqualTo(words(expected));
    }

    @Test
    void countsUseUnForOneAndThePluralOtherwise() {
        assertThat(it.count(1, "new_message", "new_messages")).containsExactly("one_apocopated", "new_message");
        assertThat(it.count(3, "new_message", "new_messages")).containsExactly("three", "new_messages");
        assertThat(it.count(0, "new_message", "new_messages")).containsExactly("zero", "new_messages");
    }

    @Test
    void digitsAreSaidKeyByKey() {
        assertThat(it.digits("10*#A")).containsExactly("one", "zero", "star", "pound", "letter_a");
        assertThatThrownBy(() -> it.digits("12x")).hasMessageContaining("'x'");
    }
}
