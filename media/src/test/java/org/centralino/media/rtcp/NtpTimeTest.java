package org.centralino.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NtpTimeTest {
    @Test
    void theUnixEpochIsSecond2208988800OfTheNtpEra() {
        assertThat(NtpTime.fromEpochMillis(0)).isEqualTo(2_208_988_800L << 32);
    }

    @Test
    void halfASecondIsHalfTheFractionAndTheMiddleBitsAreSixteenDotSixteenSeconds() {
        long ntp = NtpTime.fromEpochMillis(Instant.parse("2026-11-22T10:00:00.500Z").toEpochMilli());

        assertThat(ntp & 0xFFFF_FFFFL).isEqualTo(0x8000_0000L);
        assertThat(NtpTime.middle32(ntp) & 0xFFFF).isEqualTo(0x8000);
        assertThat(NtpTime.toEpochMillis(ntp)).isEqualTo(Instant.parse("2026-11-22T10:00:00.500Z").toEpochMilli());
    }

    @Test
    void middleBitsOfTwoTimesDifferByTheirDistanceIn65536thsOfASecond() {
        long t0 = NtpTime.fromEpochMillis(1_700_000_000_000L);
        long t1 = NtpTime.fromEpochMillis(1_700_000_000_250L);

        long units = NtpTime.middle32(t1) - NtpTime.middle32(t0);
        assertThat(NtpTime.shortUnitsToMillis(units)).isCloseTo(250.0, org.assertj.core.data.Offset.offset(0.02));
    }
}
