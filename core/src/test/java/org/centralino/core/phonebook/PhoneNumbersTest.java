package org.centralino.core.phonebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {
    final PhoneNumbers italy = PhoneNumbers.italy();

    @Test
    void separatorsAreStrippedAnd00IsThePlus() {
        assertThat(PhoneNumbers.normalise("+39 (06) 1234-567")).contains("+39061234567");
        assertThat(PhoneNumbers.normalise("0039 06.1234/567")).contains("+39061234567");
        assertThat(PhoneNumbers.normalise(" 333 123 4567 ")).contains("3331234567");
        assertThat(PhoneNumbers.normalise("06-ABC")).isEmpty();
        assertThat(PhoneNumbers.normalise("+")).isEmpty();
        assertThat(PhoneNumbers.normalise("39+06")).isEmpty();
        assertThat(PhoneNumbers.normalise("++39")).isEmpty();
        assertThat(PhoneNumbers.normalise(null)).isEmpty();
    }

    @Test
    void significantDigitsDropTheHomeCountryCodeOnly() {
        assertThat(italy.significant("+39 06 1234567")).contains("061234567");
        assertThat(italy.significant("0039 333 1234567")).contains("3331234567");
        assertThat(italy.significant("06 1234567")).contains("061234567");
        assertThat(italy.significant("+44 20 7946 0018")).contains("442079460018");
        assertThat(new PhoneNumbers("44").significant("+44 20 7946 0018")).contains("2079460018");
    }

    @Test
    void theSameLineInAnyFormButShortNumbersOnlyExactly() {
        assertThat(PhoneNumbers.sameLine("061234567", "061234567")).isTrue();
        assertThat(PhoneNumbers.sameLine("39061234567", "061234567")).as("a trunk that keeps 39 without +").isTrue();
        assertThat(PhoneNumbers.sameLine("1234567", "061234567")).as("a caller ID without the area code").isTrue();
        assertThat(PhoneNumbers.sameLine("061234567", "021234567")).isFalse();
        assertThat(PhoneNumbers.sameLine("1001", "0611001")).as("4 digits: exact only").isFalse();
        assertThat(PhoneNumbers.sameLine("234567", "061234567")).as("6 digits is enough").isTrue();
        assertThat(PhoneNumbers.tailKey("061234567")).isEqualTo("234567");
        assertThat(PhoneNumbers.tailKey("1001")).isEqualTo("1001");
    }

    @Test
    void onlyDigitsAreKeptForSearch() {
        assertThat(PhoneNumbers.digits("+39 (06) 12")).isEqualTo("390612");
        assertThat(PhoneNumbers.digits(null)).isEmpty();
    }
}
