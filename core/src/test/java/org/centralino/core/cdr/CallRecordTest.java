package org.centralino.core.cdr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centralino.core.cdr.CallRecords.T0;

import org.junit.jupiter.api.Test;

class CallRecordTest {
    @Test
    void durationCountsFromStartAndBillableFromAnswer() {
        CallRecord r = new CallRecord("c1", "1001", "Alice", "1002", "1002", T0, T0.plusMillis(4_900),
            T0.plusMillis(65_800), Disposition.ANSWERED, HangupCause.normalClearing(), HangupSide.CALLER);
        assertThat(r.durationSeconds()).isEqualTo(65);
        assertThat(r.billableSeconds()).isEqualTo(60);
    }

    @Test
    void unansweredCallHasNoBillableSeconds() {
        CallRecord r = CallRecords.busy("c1", "1001", "1002", T0);
        assertThat(r.billableSeconds()).isZero();
        assertThat(r.durationSeconds()).isEqualTo(2);
    }

    @Test
    void instantsAreCutToMilliseconds() {
        CallRecord r = CallRecords.busy("c1", "1001", "1002", T0.plusNanos(1_234_567));
        assertThat(r.startedAt()).isEqualTo(T0.plusMillis(1));
    }

    @Test
    void answerTimeGoesWithTheAnsweredDispositionOnly() {
        assertThatThrownBy(() -> new CallRecord("c1", "1001", null, "1002", null, T0, null, T0,
            Disposition.ANSWERED, HangupCause.normalClearing(), HangupSide.CALLER))
            .hasMessageContaining("ANSWERED but has no answer time");
        assertThatThrownBy(() -> new CallRecord("c1", "1001", null, "1002", null, T0, T0, T0,
            Disposition.BUSY, HangupCause.busy(), HangupSide.CALLEE))
            .hasMessageContaining("BUSY but has an answer time");
        assertThatThrownBy(() -> new CallRecord("c1", "1001", null, "1002", "1002", T0, null, T0,
            Disposition.NO_ANSWER, HangupCause.noAnswer(), HangupSide.SYSTEM))
            .hasMessageContaining("names 1002");
    }

    @Test
    void timesMustBeInOrder() {
        assertThatThrownBy(() -> new CallRecord("c1", "1001", null, "1002", null, T0, null, T0.minusSeconds(1),
            Disposition.BUSY, HangupCause.busy(), HangupSide.CALLEE))
            .hasMessageContaining("before it starts");
        assertThatThrownBy(() -> new CallRecord("c1", "1001", null, "1002", "1002", T0, T0.plusSeconds(9),
            T0.plusSeconds(5), Disposition.ANSWERED, HangupCause.normalClearing(), HangupSide.CALLER))
            .hasMessageContaining("outside its start");
    }

    @Test
    void networkTextIsCleanedAndCutNotRefused() {
        CallRecord r = new CallRecord("c1", "1001\r\n", "A\u0000lice" + "x".repeat(500), "9".repeat(100), null,
            T0, null, T0, Disposition.FAILED, new HangupCause(404, "Not\nFound", null), HangupSide.SYSTEM);
        assertThat(r.callerNumber()).isEqualTo("1001\uFFFD\uFFFD");
        assertThat(r.callerName()).startsWith("A\uFFFDlice").hasSize(CallRecord.NAME_MAX);
        assertThat(r.calledNumber()).hasSize(CallRecord.NUMBER_MAX);
        assertThat(r.hangupCause().reason()).isEqualTo("Not\uFFFDFound");
    }

    @Test
    void callIdMustBeUsable() {
        for (String bad : new String[] {"", " ", "a\nb", "x".repeat(256)}) {
            assertThatThrownBy(() -> CallRecords.busy(bad, "1001", "1002", T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("call id");
        }
    }

    @Test
    void sipStatusMustBeAStatusCode() {
        assertThatThrownBy(() -> new HangupCause(99, "x", null)).hasMessageContaining("100 to 699");
        assertThatThrownBy(() -> new HangupCause(700, "x", null)).hasMessageContaining("700");
        assertThat(new HangupCause(486, null, null).reason()).isEmpty();
    }
}
