package org.centralino.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 3550 A.1 (sequence tracking), A.3 (loss) and A.8 (jitter), fed packet by packet. */
class ReceptionStatisticsTest {
    private static final int SAMPLES_PER_PACKET = 160;
    private final ReceptionStatistics stats = new ReceptionStatistics(8000);

    /** Packet {@code seq} of a 20 ms G.711 stream, arriving on time plus {@code delayMillis}. */
    private boolean packet(int seq, int index, long delayMillis) {
        return stats.onPacket(seq, (long) index * SAMPLES_PER_PACKET, 1_000_000L + index * 20L + delayMillis);
    }

    @Test
    void aNewSourceCountsFromItsSecondPacketInSequence() {
        assertThat(packet(1000, 0, 0)).as("probation").isFalse();
        assertThat(stats.isValid()).isFalse();
        assertThat(stats.expected()).isZero();

        assertThat(packet(1001, 1, 0)).isTrue();
        assertThat(stats.received()).isEqualTo(1);
        assertThat(stats.expected()).isEqualTo(1);
    }

    @Test
    void aPacketOutOfSequenceDuringProbationRestartsIt() {
        packet(1000, 0, 0);
        assertThat(packet(1005, 5, 0)).isFalse();
        assertThat(packet(1006, 6, 0)).isTrue();
        assertThat(stats.expected()).isEqualTo(1);
    }

    @Test
    void countsGapsAsLostAndGivesTheIntervalFractionInTwoHundredFiftySixths() {
        for (int i = 0; i <= 100; i++) {
            if (i % 20 != 10) { // 10, 30, 50, 70, 90 lost
                packet(5000 + i, i, 0);
            }
        }
        assertThat(stats.expected()).isEqualTo(100); // 5001..5100: the first packet was probation
        assertThat(stats.received()).isEqualTo(95);
        assertThat(stats.cumulativeLost()).isEqualTo(5);
        assertThat(stats.lossPercent()).isEqualTo(5.0);
        assertThat(stats.fractionLostSinceLastReport()).isEqualTo((5 << 8) / 100);

        for (int i = 101; i <= 150; i++) {
            packet(5000 + i, i, 0);
        }
        assertThat(stats.fractionLostSinceLastReport()).as("no loss in the new interval").isZero();
        assertThat(stats.cumulativeLost()).isEqualTo(5);
    }

    @Test
    void countsSequenceWrapsAsCycles() {
        for (int i = 0; i < 20; i++) {
            packet((65530 + i) & 0xFFFF, i, 0);
        }
        assertThat(stats.extendedHighestSequence()).isEqualTo(65536 + 13);
        assertThat(stats.expected()).isEqualTo(19);
        assertThat(stats.cumulativeLost()).isZero();
    }

    @Test
    void aLatePacketIsCountedAndDuplicatesMakeTheLossNegative() {
        packet(10, 0, 0);
        packet(11, 1, 0);
        packet(13, 3, 0);
        assertThat(stats.cumulativeLost()).isEqualTo(1);
        packet(12, 2, 0); // late, in range
        packet(13, 3, 0); // duplicate
        assertThat(stats.extendedHighestSequence()).isEqualTo(13);
        assertThat(stats.cumulativeLost()).isEqualTo(-1);
        assertThat(stats.lossPercent()).isZero();
    }

    @Test
    void aHugeJumpIsIgnoredOnceAndTakenAsARestartWhenTheNextPacketFollowsIt() {
        for (int i = 0; i < 10; i++) {
            packet(100 + i, i, 0);
        }
        assertThat(packet(40_000, 10, 0)).as("one stray packet").isFalse();
        assertThat(packet(110, 10, 0)).as("the stream goes on").isTrue();
        assertThat(stats.expected()).isEqualTo(10);

        assertThat(packet(30_000, 11, 0)).isFalse();
        assertThat(packet(30_001, 12, 0)).as("the sender restarted").isTrue();
        assertThat(stats.expected()).isEqualTo(1);
        assertThat(stats.received()).isEqualTo(1);
    }

    @Test
    void jitterIsZeroWhenPacketsArriveExactlyOnTheirTimestamps() {
        for (int i = 0; i < 200; i++) {
            packet(i, i, 35);
        }
        assertThat(stats.jitter()).isZero();
    }

    @Test
    void jitterFollowsTheRfc3550EstimatorForRandomDelays() {
        Random random = new Random(42);
        double reference = 0;
        long previousTransit = 0;
        for (int i = 0; i < 2000; i++) {
            int delay = random.nextInt(41); // 0-40 ms network delay
            packet(i, i, delay);
            long transit = (1_000_000L + i * 20L + delay) * 8 - (long) i * SAMPLES_PER_PACKET;
            if (i >= 2) { // A.8 starts with the packets that count (the first is probation)
                reference += (Math.abs(transit - previousTransit) - reference) / 16.0;
            }
            previousTransit = transit;
        }
        // E|D| for two independent uniform 0-40 ms delays is 40/3 ms: 106.7 timestamp units
        assertThat((double) stats.jitter()).isCloseTo(reference, within(2.0));
        assertThat(stats.jitterMillis()).isCloseTo(reference / 8, within(0.25)).isBetween(9.0, 18.0);
    }

    @Test
    void aReportBlockCarriesTheA3FiguresAndStartsANewInterval() {
        for (int i = 0; i < 60; i++) {
            if (i != 30) {
                packet(i, i, 0);
            }
        }
        ReportBlock block = stats.reportBlock(0xABCD, 0x1234_5678L, 6553);

        assertThat(block.cumulativeLost()).isEqualTo(1);
        assertThat(block.fractionLost()).isEqualTo(256 / 59);
        assertThat(block.extendedHighestSequence()).isEqualTo(59);
        assertThat(block.lastSenderReport()).isEqualTo(0x1234_5678L);
        assertThat(stats.reportBlock(0xABCD, 0, 0).fractionLost()).isZero();
    }
}
