package org.centralino.media.dtmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Crafted RFC 4733 packet sequences, clean and damaged, and the key presses reported from them. */
class TelephoneEventReceiverTest {
    private static final int RATE = 8000;
    private static final int STEP = 160; // 20 ms at 8 kHz

    private final List<DtmfEvent> keys = new ArrayList<>();
    private final TelephoneEventReceiver receiver = new TelephoneEventReceiver(RATE, keys::add);
    private int sequence;
    private long now;

    static byte[] block(int event, boolean end, int duration) {
        byte[] b = new byte[4];
        TelephoneEvent.write(b, 0, event, end, 10, duration);
        return b;
    }

    private void send(boolean marker, long ts, byte[] payload) {
        now += 20;
        receiver.receive(marker, ts, sequence++, payload, 0, payload.length, now);
    }

    private void send(boolean marker, long ts, int event, boolean end, int duration) {
        send(marker, ts, block(event, end, duration));
    }

    /** A whole key press as a phone sends it: marker, updates, three end packets. */
    private void press(int event, long ts, int units) {
        send(true, ts, event, false, STEP);
        for (int d = 2 * STEP; d < units; d += STEP) {
            send(false, ts, event, false, d);
        }
        for (int i = 0; i < 3; i++) {
            send(false, ts, event, true, units);
        }
    }

    @Test
    void aCleanKeyPressIsReportedOnceWithItsDurationDespiteThreeEndPackets() {
        press(5, 1000, 800);
        assertThat(keys).containsExactly(new DtmfEvent('5', 100, DtmfSource.RFC4733));
    }

    @Test
    void consecutiveKeysAreReportedInOrder() {
        press(1, 1000, 800);
        press(11, 5000, 960);
        press(16, 9000, 1600);
        assertThat(keys).extracting(DtmfEvent::key).containsExactly('1', '#', '!');
        assertThat(keys).extracting(DtmfEvent::durationMillis).containsExactly(100, 120, 200);
    }

    @Test
    void repeatedUpdatesDoNotRepeatTheKey() {
        send(true, 1000, 7, false, 160);
        send(false, 1000, 7, false, 160);
        send(false, 1000, 7, false, 320);
        send(false, 1000, 7, false, 320);
        send(false, 1000, 7, true, 480);
        assertThat(keys).containsExactly(new DtmfEvent('7', 60, DtmfSource.RFC4733));
    }

    @Test
    void aLostFirstPacketStillGivesTheKey() {
        send(false, 1000, 9, false, 320);
        send(false, 1000, 9, true, 640);
        send(false, 1000, 9, true, 640);
        assertThat(keys).containsExactly(new DtmfEvent('9', 80, DtmfSource.RFC4733));
    }

    @Test
    void lostEndPacketsEndTheEventAfterTheTimeoutWithTheLastDuration() {
        send(true, 1000, 3, false, 160);
        send(false, 1000, 3, false, 480);
        receiver.tick(now + TelephoneEventReceiver.DEFAULT_END_TIMEOUT_MILLIS - 1);
        assertThat(keys).isEmpty();
        receiver.tick(now + TelephoneEventReceiver.DEFAULT_END_TIMEOUT_MILLIS);
        assertThat(keys).containsExactly(new DtmfEvent('3', 60, DtmfSource.RFC4733));
        send(false, 1000, 3, true, 800); // the end arriving very late is not a second press
        assertThat(keys).hasSize(1);
    }

    @Test
    void aNewEventEndsThePreviousOneThatHadNoEnd() {
        send(true, 1000, 1, false, 160);
        send(false, 1000, 1, false, 320);
        send(true, 3000, 2, false, 160);
        assertThat(keys).containsExactly(new DtmfEvent('1', 40, DtmfSource.RFC4733));
        send(false, 3000, 2, true, 400);
        assertThat(keys).extracting(DtmfEvent::key).containsExactly('1', '2');
        assertThat(keys.get(1).durationMillis()).isEqualTo(50);
    }

    @Test
    void theSameKeyPressedTwiceIsTwoPresses() {
        press(0, 1000, 800);
        press(0, 3000, 800);
        assertThat(keys).extracting(DtmfEvent::key).containsExactly('0', '0');
    }

    @Test
    void aLongEventInSegmentsAddsUpItsDurations() {
        long start = 0xFFFF_F000L; // the second segment's timestamp wraps past 2^32 too
        send(true, start, 8, false, 160);
        send(false, start, 8, false, 65_000);
        send(false, start, 8, false, TelephoneEvent.MAX_DURATION);
        long second = (start + TelephoneEvent.MAX_DURATION) & 0xFFFF_FFFFL;
        send(false, second, 8, false, 160);
        send(false, second, 8, false, 4000);
        for (int i = 0; i < 3; i++) {
            send(false, second, 8, true, 8000);
        }
        assertThat(keys).containsExactly(new DtmfEvent('8', (65_535 + 8000) / 8, DtmfSource.RFC4733));
    }

    @Test
    void reorderedUpdatesKeepTheLongestDurationAndLateOnesAfterTheEndAreIgnored() {
        send(true, 1000, 4, false, 160);
        send(false, 1000, 4, false, 480);
        send(false, 1000, 4, false, 320);
        send(false, 1000, 4, true, 640);
        send(false, 1000, 4, false, 560);
        assertThat(keys).containsExactly(new DtmfEvent('4', 80, DtmfSource.RFC4733));
    }

    @Test
    void aPacketOfAnOlderEventArrivingAfterANewerOneIsIgnored() {
        send(true, 3000, 2, false, 160);
        send(false, 1000, 1, false, 320); // stale update of an event we never saw start or end
        send(false, 3000, 2, true, 640);
        assertThat(keys).containsExactly(new DtmfEvent('2', 80, DtmfSource.RFC4733));
    }

    @Test
    void severalEventsInOnePayloadAreEachReported() {
        byte[] two = new byte[8];
        TelephoneEvent.write(two, 0, 1, true, 10, 800);
        TelephoneEvent.write(two, 4, 2, false, 10, 320);
        send(true, 1000, two);
        send(false, 1800, 2, true, 800);
        send(false, 1800, 2, true, 800);
        assertThat(keys).containsExactly(new DtmfEvent('1', 100, DtmfSource.RFC4733),
            new DtmfEvent('2', 100, DtmfSource.RFC4733));
    }

    @Test
    void anEndedEventCarriedAgainBesideANewerOneIsRecoveredOnce() {
        send(true, 1800, 2, false, 160); // the packets of key 1 (ts 1000) were all lost
        byte[] both = new byte[8];
        TelephoneEvent.write(both, 0, 1, true, 10, 800);
        TelephoneEvent.write(both, 4, 2, true, 10, 480);
        send(false, 1000, both);
        send(false, 1000, both);
        assertThat(keys).extracting(DtmfEvent::key).containsExactly('1', '2');
        assertThat(keys).extracting(DtmfEvent::durationMillis).containsExactly(100, 60);
    }

    @Test
    void malformedPayloadsAndNonKeyEventsGiveNoKey() {
        send(true, 1000, new byte[] {5, 10, 0});
        send(true, 2000, 32, true, 800); // event 32: a modem answer tone, not a key (RFC 4734)
        assertThat(keys).isEmpty();
        assertThat(receiver.malformed()).isEqualTo(1);
    }

    @Test
    void durationsAreConvertedWithTheStreamsClockRate() {
        List<DtmfEvent> wide = new ArrayList<>();
        TelephoneEventReceiver opus = new TelephoneEventReceiver(48_000, wide::add);
        opus.receive(true, 5, 1, block(12, true, 9600), 0, 4, 0);
        assertThat(wide).containsExactly(new DtmfEvent('A', 200, DtmfSource.RFC4733));
    }
}
