package org.centralino.media.dtmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packets of one key press, as bytes, and the receiver reading them back. */
class TelephoneEventSenderTest {

    record Sent(boolean marker, long timestamp, byte[] payload) {
    }

    private static List<Sent> send(int rate, char key, long ts, int millis) {
        List<Sent> sent = new ArrayList<>();
        TelephoneEventSender sender = new TelephoneEventSender(rate,
            (marker, timestamp, payload, length) ->
                sent.add(new Sent(marker, timestamp, Arrays.copyOf(payload, length))));
        sender.start(key, ts, millis, TelephoneEventSender.DEFAULT_VOLUME);
        while (sender.tick()) {
            assertThat(sent.size()).isLessThan(10_000);
        }
        return sent;
    }

    @Test
    void aDefaultKeyIsAMarkedFirstPacketGrowingUpdatesAndThreeIdenticalEndPackets() {
        List<Sent> sent = send(8000, '5', 1234, TelephoneEventSender.DEFAULT_DURATION_MILLIS);
        assertThat(sent).extracting(Sent::marker).containsExactly(true, false, false, false, false, false, false);
        assertThat(sent).extracting(Sent::timestamp).containsOnly(1234L);
        assertThat(sent).extracting(s -> TelephoneEvent.duration(s.payload(), 0))
            .containsExactly(160, 320, 480, 640, 800, 800, 800);
        assertThat(sent).extracting(s -> TelephoneEvent.end(s.payload(), 0))
            .containsExactly(false, false, false, false, true, true, true);
        assertThat(sent.get(4).payload()).containsExactly(5, 0x8A, 0x03, 0x20);
        assertThat(sent.get(6).payload()).isEqualTo(sent.get(4).payload());
    }

    @Test
    void whatTheSenderSendsTheReceiverReadsBackAsTheSameKeyAndDuration() {
        String keys = "0123456789*#ABCD!";
        int[][] cases = {{8000, 100}, {8000, 40}, {8000, 250}, {48_000, 100}, {48_000, 3000}, {8000, 9000}};
        for (int[] c : cases) {
            for (char key : keys.toCharArray()) {
                List<DtmfEvent> got = new ArrayList<>();
                TelephoneEventReceiver receiver = new TelephoneEventReceiver(c[0], got::add);
                long now = 0;
                int seq = 0;
                for (Sent s : send(c[0], key, 0xFFFF_0000L, c[1])) {
                    receiver.receive(s.marker(), s.timestamp(), seq++, s.payload(), 0, s.payload().length, now += 20);
                }
                receiver.tick(now + 1000);
                assertThat(got).as("%s at %d Hz for %d ms", key, c[0], c[1])
                    .containsExactly(new DtmfEvent(key, c[1], DtmfSource.RFC4733));
            }
        }
    }

    @Test
    void aKeyLongerThanTheDurationFieldIsSentInSegments() {
        List<Sent> sent = send(48_000, '1', 0, 3000); // 144 000 units: 65 535 + 65 535 + 12 930
        assertThat(sent).extracting(Sent::timestamp).containsOnly(0L, 65_535L, 131_070L);
        assertThat(sent).filteredOn(Sent::marker).hasSize(1);
        assertThat(sent).filteredOn(s -> TelephoneEvent.duration(s.payload(), 0) == TelephoneEvent.MAX_DURATION)
            .extracting(s -> TelephoneEvent.end(s.payload(), 0)).containsOnly(false).hasSize(2);
        Sent last = sent.getLast();
        assertThat(TelephoneEvent.end(last.payload(), 0)).isTrue();
        assertThat(TelephoneEvent.duration(last.payload(), 0)).isEqualTo(144_000 - 2 * 65_535);
    }

    @Test
    void aNewKeyCutsTheCurrentOneShortWithAnEndPacket() {
        List<Sent> sent = new ArrayList<>();
        TelephoneEventSender sender = new TelephoneEventSender(8000,
            (marker, timestamp, payload, length) ->
                sent.add(new Sent(marker, timestamp, Arrays.copyOf(payload, length))));
        sender.start('1', 100);
        sender.tick();
        sender.tick();
        sender.start('2', 900);
        assertThat(sent.getLast().payload()).containsExactly(1, 0x8A, 0x01, 0x40);
        sender.tick();
        assertThat(sent.getLast().marker()).isTrue();
        assertThat(sent.getLast().timestamp()).isEqualTo(900);
    }
}
