package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderValuesTest {

    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        HeaderValues.splitCommas(value, out);
        return out;
    }

    @Test
    void splitsAtCommasAndTrims() {
        assertThat(split(" INVITE ,ACK,\tBYE ")).containsExactly("INVITE", "ACK", "BYE");
    }

    @Test
    void commasInQuotesOrAngleBracketsDoNotSeparate() {
        assertThat(split("\"Rossi, Mario\" <sip:a@b>;x=\"1,2\", <sip:c,d@e>;q=1, sip:f@g"))
            .containsExactly("\"Rossi, Mario\" <sip:a@b>;x=\"1,2\"", "<sip:c,d@e>;q=1", "sip:f@g");
    }

    @Test
    void escapedQuoteInsideQuotesDoesNotEndTheQuote() {
        assertThat(split("\"a\\\",b\" <sip:x@y>, <sip:z@w>")).containsExactly("\"a\\\",b\" <sip:x@y>", "<sip:z@w>");
    }

    @Test
    void emptyElementsAreSkipped() {
        assertThat(split(",, a ,,b,")).containsExactly("a", "b");
        assertThat(split("")).isEmpty();
    }

    @Test
    void unterminatedQuoteRunsToTheEnd() {
        assertThat(split("\"open, still <sip:a@b>, x")).containsExactly("\"open, still <sip:a@b>, x");
    }

    @Test
    void firstElementIsTheFirstNonEmptyOne() {
        assertThat(HeaderValues.firstElement("SIP/2.0/UDP a;branch=1 , SIP/2.0/UDP b"))
            .isEqualTo("SIP/2.0/UDP a;branch=1");
        assertThat(HeaderValues.firstElement(" , x")).isEqualTo("x");
        assertThat(HeaderValues.firstElement(" ")).isEmpty();
    }

    @Test
    void firstElementOfASingleValueIsTheSameString() {
        String single = "SIP/2.0/UDP a;branch=1";

        assertThat(HeaderValues.firstElement(single)).isSameAs(single);
    }
}
