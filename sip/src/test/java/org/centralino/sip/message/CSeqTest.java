package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CSeqTest {

    @Test
    void parsesNumberAndMethodWithLeadingZerosAndExtraWhitespace() {
        assertThat(CSeq.parse("  0009 \t INVITE ")).isEqualTo(new CSeq(9, "INVITE"));
    }

    @Test
    void largestSequenceNumberIsTwoToThe31MinusOne() {
        assertThat(CSeq.parse("2147483647 ACK").seq()).isEqualTo(CSeq.MAX_SEQ);
        assertThatThrownBy(() -> CSeq.parse("2147483648 ACK")).hasMessageContaining("not below 2**31");
    }

    @Test
    void knownMethodsAreSharedConstants() {
        assertThat(CSeq.parse("1 REGISTER").method()).isSameAs("REGISTER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "INVITE", "1", "1INVITE", "-1 INVITE", "1 INV ITE", "1 INV@TE",
        "99999999999999999999 BYE"})
    void malformedCSeqsAreRejected(String text) {
        assertThatThrownBy(() -> CSeq.parse(text)).isInstanceOf(SipParseException.class)
            .hasMessageStartingWith("CSeq: ");
    }

    @Test
    void toStringIsTheWireForm() {
        assertThat(new CSeq(42, "BYE")).hasToString("42 BYE");
    }
}
