package org.centralino.core.cdr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centralino.core.cdr.CallRecords.T0;

import org.junit.jupiter.api.Test;

/** What a leg's quality may hold, and how it goes with its call record. */
class LegMetricsTest {
    static final LegMetrics CLEAN = new LegMetrics("PCMU", 1000, 0, 0.0, 0.5, 1.25, 4.41, false);

    @Test
    void figuresOutsideTheirRangeAreRefusedWithTheValue() {
        assertThatThrownBy(() -> new LegMetrics("PCMU", 10, 0, 0.0, 0.0, null, 4.6, false))
            .hasMessageContaining("MOS").hasMessageContaining("4.6");
        assertThatThrownBy(() -> new LegMetrics("PCMU", 10, 0, 0.0, 0.0, null, 0.9, false))
            .hasMessageContaining("0.9");
        assertThatThrownBy(() -> new LegMetrics("PCMU", 10, 0, 100.5, 0.0, null, null, false))
            .hasMessageContaining("loss").hasMessageContaining("100.5");
        assertThatThrownBy(() -> new LegMetrics("PCMU", 10, 0, Double.NaN, 0.0, null, null, false))
            .hasMessageContaining("loss");
        assertThatThrownBy(() -> new LegMetrics("PCMU", 10, 0, 0.0, -1.0, null, null, false))
            .hasMessageContaining("jitter");
        assertThatThrownBy(() -> new LegMetrics("PCMU", 10, 0, 0.0, 0.0, -2.0, null, false))
            .hasMessageContaining("round-trip");
        assertThatThrownBy(() -> new LegMetrics("PCMU", -1, 0, 0.0, 0.0, null, null, false))
            .hasMessageContaining("-1");
        assertThatThrownBy(() -> new LegMetrics("", 0, 0, 0.0, 0.0, null, null, false))
            .hasMessageContaining("codec");
    }

    @Test
    void aCodecNameFromTheNetworkIsCleanedAndCut() {
        LegMetrics m = new LegMetrics("x\u0000" + "y".repeat(40), 0, 0, 0.0, 0.0, null, null, false);
        assertThat(m.codec()).startsWith("x\uFFFDy").hasSize(LegMetrics.CODEC_MAX);
    }

    @Test
    void aFlagOnceRaisedIsKept() {
        assertThat(CLEAN.flagged(true).oneWayAudio()).isTrue();
        assertThat(CLEAN.flagged(false)).isSameAs(CLEAN);
        assertThat(CLEAN.flagged(true).mos()).isEqualTo(4.41);
    }

    @Test
    void onlyAnAnsweredCallHasACalleeLegAndEveryRecordHasAQuality() {
        CallRecord busy = CallRecords.busy("c1", "1001", "1002", T0);
        assertThat(busy.quality()).isEqualTo(CallQuality.NONE);
        assertThat(busy.withQuality(new CallQuality(CLEAN, null, false)).quality().caller()).isEqualTo(CLEAN);
        assertThatThrownBy(() -> busy.withQuality(new CallQuality(CLEAN, CLEAN, false)))
            .hasMessageContaining("not answered").hasMessageContaining("c1");
        assertThatThrownBy(() -> busy.withQuality(null)).hasMessageContaining("quality");
        CallRecord answered = CallRecords.answered("c2", "1001", "1002", T0).withQuality(
            new CallQuality(CLEAN, CLEAN, true));
        assertThat(answered.quality().transcoded()).isTrue();
        assertThat(answered.billableSeconds()).isEqualTo(60);
    }
}
