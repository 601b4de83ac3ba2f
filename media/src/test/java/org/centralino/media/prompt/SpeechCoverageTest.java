package org.centralino.media.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The code and tools/prompts agree: every prompt name Speech can produce for the numbers, dates, times and keys
 * a PBX says is in the built-in library of that language (no English fallback in the middle of a sentence).
 */
class SpeechCoverageTest {
    private final PromptLibrary library = new PromptLibrary(null);

    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void everyNameSpeechProducesIsBuiltIn(String language) {
        Speech speech = Speech.of(language);
        Set<String> names = new TreeSet<>();
        for (int n = 0; n <= 10_000; n++) {
            names.addAll(speech.number(n));
        }
        for (long n : new long[] {21_000, 101_000, 1_000_000, 2_000_000, 21_000_000, 101_101_101, 999_999_999}) {
            names.addAll(speech.number(n));
        }
        LocalDate today = LocalDate.of(2026, 11, 22);
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
            names.addAll(speech.date(d, today));
        }
        for (int minute = 0; minute < 24 * 60; minute++) {
            LocalTime t = LocalTime.of(minute / 60, minute % 60);
            names.addAll(speech.time(t));
            names.addAll(speech.at(t));
        }
        names.addAll(speech.digits("0123456789*#ABCD"));
        names.addAll(speech.count(1, "new_message", "new_messages"));
        assertThat(names).hasSizeGreaterThan(40);
        assertThat(names).allSatisfy(name ->
            assertThat(library.hasBuiltIn(language, name)).as(language + "/" + name + ".wav").isTrue());
        assertThat(names).as("every weekday is said").contains(
            java.util.Arrays.stream(DayOfWeek.values()).map(PromptNames::weekday).toArray(String[]::new));
    }
}
