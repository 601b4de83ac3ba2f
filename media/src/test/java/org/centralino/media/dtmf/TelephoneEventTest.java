package org.centralino.media.dtmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The 4-byte RFC 4733 §2.3 block, the key mapping of §3.2, and in-band keys as the same event type. */
class TelephoneEventTest {

    @Test
    void writesAndParsesTheWireLayout() {
        byte[] out = new byte[6];
        assertThat(new TelephoneEvent(11, true, 10, 1600).write(out, 2)).isEqualTo(4);
        assertThat(out).containsExactly(0, 0, 11, 0x8A, 0x06, 0x40);
        assertThat(TelephoneEvent.parse(out, 2, 4)).isEqualTo(new TelephoneEvent(11, true, 10, 1600));
        byte[] rBitSet = {3, (byte) 0x7F, (byte) 0xFF, (byte) 0xFF};
        assertThat(TelephoneEvent.parse(rBitSet, 0, 4)).isEqualTo(new TelephoneEvent(3, false, 63, 65_535));
    }

    @Test
    void malformedPayloadsAreRefusedWithTheReason() {
        assertThat(TelephoneEvent.problem(new byte[3], 0, 3)).contains("shorter than one 4-byte event");
        assertThat(TelephoneEvent.problem(new byte[6], 0, 6)).contains("not a multiple of 4");
        assertThat(TelephoneEvent.problem(new byte[8], 0, 8)).isNull();
        assertThatThrownBy(() -> TelephoneEvent.parse(new byte[5], 0, 5)).hasMessageContaining("RFC 4733 §2.3");
        assertThatThrownBy(() -> new TelephoneEvent(1, false, 64, 0)).hasMessageContaining("volume 64");
    }

    @Test
    void inBandKeysArriveAsTheSameEventTypeAsTheOthers() {
        java.util.List<DtmfEvent> got = new java.util.ArrayList<>();
        DtmfDetector detector = InbandDtmf.detector(got::add);
        short[] tone = new short[8000 / 10]; // '#': 941 Hz + 1477 Hz for 100 ms
        for (int i = 0; i < tone.length; i++) {
            double t = i / 8000.0;
            tone[i] = (short) (6000 * (Math.sin(2 * Math.PI * 941 * t) + Math.sin(2 * Math.PI * 1477 * t)));
        }
        detector.process(tone, 0, tone.length);
        assertThat(got).containsExactly(new DtmfEvent('#', 0, DtmfSource.INBAND));
    }

    @Test
    void eventCodesMapToKeysAndBack() {
        String keys = "0123456789*#ABCD!";
        for (int e = 0; e <= 16; e++) {
            assertThat(DtmfKeys.keyOf(e)).isEqualTo(keys.charAt(e));
            assertThat(DtmfKeys.eventOf(keys.charAt(e))).isEqualTo(e);
        }
        assertThat(DtmfKeys.eventOf('b')).isEqualTo(13);
        assertThat(DtmfKeys.eventOf('x')).isEqualTo(-1);
        assertThatThrownBy(() -> DtmfKeys.keyOf(17)).hasMessageContaining("not a DTMF key");
    }
}
