package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventJournalTest {
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private EventJournal journal(int events, Duration age, int maxLag) {
        return journal(events, age, maxLag, Duration.ZERO);
    }

    private EventJournal journal(int events, Duration age, int maxLag, Duration grace) {
        StreamLimits limits = new StreamLimits(events, age, maxLag, grace, Duration.ofSeconds(60),
            Duration.ofSeconds(5));
        return new EventJournal(limits, clock, "ep", (seq, at, epoch, e) -> epoch + ":" + seq);
    }

    private static List<Long> seqs(EventJournal.Read read) {
        return ((EventJournal.Read.Entries) read).entries().stream().map(EventJournal.Entry::seq).toList();
    }

    @Test
    void numbersFromOneAndReadsInBatchesAfterACursor() {
        EventJournal j = journal(100, Duration.ofMinutes(10), 100);
        assertThat(j.last()).isZero();
        for (int i = 0; i < 7; i++) {
            assertThat(j.append(new Numbered(i))).isEqualTo(i + 1);
        }
        assertThat(seqs(j.read(0, 3))).containsExactly(1L, 2L, 3L);
        assertThat(seqs(j.read(3, 100))).containsExactly(4L, 5L, 6L, 7L);
        assertThat(seqs(j.read(7, 100))).isEmpty();
        assertThat(((EventJournal.Read.Entries) j.read(6, 1)).entries().getFirst().wire()).isEqualTo("ep:7");
    }

    @Test
    void keepsOnlyTheNewestEventsAndSaysWhenACursorIsBeyondThem() {
        EventJournal j = journal(5, Duration.ofMinutes(10), 100);
        for (int i = 0; i < 12; i++) {
            j.append(new Numbered(i));
        }
        assertThat(j.firstRetained()).isEqualTo(8);
        assertThat(j.read(6, 10)).isEqualTo(new EventJournal.Read.Lost(8));
        assertThat(seqs(j.read(7, 10))).containsExactly(8L, 9L, 10L, 11L, 12L);
    }

    @Test
    void dropsEventsOlderThanTheRetentionTime() {
        EventJournal j = journal(100, Duration.ofMinutes(10), 100);
        j.append(new Numbered(1));
        now = now.plus(Duration.ofMinutes(6));
        j.append(new Numbered(2));
        now = now.plus(Duration.ofMinutes(5));
        assertThat(j.firstRetained()).isEqualTo(2);
        now = now.plus(Duration.ofMinutes(6));
        assertThat(j.firstRetained()).isEqualTo(3);
        assertThat(j.read(2, 10)).isEqualTo(new EventJournal.Read.Entries(List.of()));
        assertThat(j.read(1, 10)).isEqualTo(new EventJournal.Read.Lost(3));
    }

    /** A reader at {@code cursor[0]} that notes what the journal tells it. */
    private static EventJournal.Reader reader(long[] cursor, List<String> calls) {
        return new EventJournal.Reader() {
            @Override
            public long cursor() {
                return cursor[0];
            }

            @Override
            public void wake() {
                calls.add("wake");
            }

            @Override
            public void tooFarBehind(long lag) {
                calls.add("behind " + lag);
            }
        };
    }

    @Test
    void wakesReadersAndCutsOffOneTooFarBehind() {
        EventJournal j = journal(100, Duration.ofMinutes(10), 3);
        List<String> calls = new ArrayList<>();
        long[] cursor = {0};
        j.addReader(reader(cursor, calls));
        for (int i = 0; i < 4; i++) {
            j.append(new Numbered(i));
        }
        cursor[0] = 4;
        j.append(new Numbered(5));
        assertThat(calls).containsExactly("wake", "wake", "wake", "behind 4", "wake");
    }

    @Test
    void aReaderOverTheLagLimitIsCutOnlyWhenItStaysOverItForTheGrace() {
        EventJournal j = journal(100, Duration.ofMinutes(10), 2, Duration.ofSeconds(1));
        List<String> calls = new ArrayList<>();
        long[] cursor = {0};
        j.addReader(reader(cursor, calls));
        for (int i = 0; i < 3; i++) {
            j.append(new Numbered(i));
        }
        now = now.plusMillis(900);
        j.append(new Numbered(3));
        cursor[0] = 4; // it caught up: the grace starts again when it next falls behind
        now = now.plusMillis(200);
        for (int i = 4; i < 7; i++) {
            j.append(new Numbered(i));
        }
        now = now.plusMillis(999);
        j.append(new Numbered(7));
        now = now.plusMillis(1);
        j.append(new Numbered(8));
        assertThat(calls).containsExactly("wake", "wake", "wake", "wake", "wake", "wake", "wake", "wake",
            "behind 5");
    }

    @Test
    void parsesCursorsWithAndWithoutEpochAndRefusesOthers() {
        assertThat(StreamCursor.parse(null)).isEmpty();
        assertThat(StreamCursor.parse("k3f9:42")).contains(new StreamCursor("k3f9", 42));
        assertThat(StreamCursor.parse("42")).isEqualTo(Optional.of(new StreamCursor(null, 42)));
        for (String bad : new String[] {"x", ":4", "ep:-1", "ep:", "ep:4x"}) {
            assertThatThrownBy(() -> StreamCursor.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("since '");
        }
    }
}
