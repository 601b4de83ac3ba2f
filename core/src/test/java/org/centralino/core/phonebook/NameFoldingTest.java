package org.centralino.core.phonebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFoldingTest {
    @Test
    void accentsAndCaseAreFolded() {
        assertThat(NameFolding.fold("Nicolò PERUZZÌ Élise Çağlar Straße Øster")).isEqualTo(
            "nicolo peruzzi elise caglar strasse oster");
    }

    @Test
    void wordsSplitOnPunctuationWithoutDuplicates() {
        assertThat(NameFolding.words("D'Amico", "Rossi-Bianchi S.p.A.", null, "rossi"))
            .containsExactly("d", "amico", "rossi", "bianchi", "s", "p", "a");
        assertThat(NameFolding.words("  ")).isEmpty();
    }

    @Test
    void aQueryThatLooksLikeANumberIsDigitsAnywhere() {
        SearchTerms number = SearchTerms.parse("+39 06-12");
        assertThat(number.numberDigits()).isEqualTo("390612");
        assertThat(number.matches(new String[] {"rossi"}, new String[] {"0039061234"})).isTrue();
        SearchTerms words = SearchTerms.parse("Rossi 06");
        assertThat(words.words()).containsExactly("rossi", "06");
        assertThat(words.matches(new String[] {"mario", "rossi"}, new String[] {"3906123"})).isTrue();
        assertThat(words.matches(new String[] {"mario", "rossi"}, new String[] {"333"})).isFalse();
        assertThat(SearchTerms.parse(" - ").isEmpty()).isTrue();
    }
}
