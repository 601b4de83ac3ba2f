package org.centralino.core.cdr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centralino.core.cdr.CallRecords.T0;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.centralino.core.event.EventBus;
import org.junit.jupiter.api.Test;

class CdrServiceTest {
    final InMemoryCdrStore store = new InMemoryCdrStore();
    final EventBus bus = new EventBus();
    final CdrService service = new CdrService(store, bus);

    @Test
    void recordStoresThenPublishes() {
        List<CallRecorded> seen = new ArrayList<>();
        bus.subscribe(CallRecorded.class, e -> {
            assertThat(store.find(e.record().callId())).isPresent(); // committed before the event
            seen.add(e);
        });
        CallRecord r = CallRecords.answered("c1", "1001", "1002", T0);
        service.record(r);
        assertThat(seen).containsExactly(new CallRecorded(r));
        assertThat(service.find("c1")).contains(r);
        assertThat(service.find("c2")).isEmpty();
    }

    @Test
    void aDuplicateIsRefusedAndNotPublished() {
        List<CallRecorded> seen = new ArrayList<>();
        bus.subscribe(CallRecorded.class, seen::add);
        service.record(CallRecords.answered("c1", "1001", "1002", T0));
        assertThatThrownBy(() -> service.record(CallRecords.busy("c1", "1001", "1002", T0)))
            .isInstanceOf(DuplicateCallRecordException.class).hasMessageContaining("c1");
        assertThat(seen).hasSize(1);
    }

    @Test
    void queryPagesNewestFirst() {
        for (int i = 0; i < 5; i++) {
            service.record(CallRecords.answered("c" + i, "1001", "1002", T0.plusSeconds(i)));
        }
        CdrQuery q = new CdrQuery(null, null, "1002", null, 2, null);
        List<String> ids = new ArrayList<>();
        Optional<CdrCursor> next = Optional.empty();
        do {
            CdrPage page = service.query(next.map(q::after).orElse(q));
            page.items().forEach(r -> ids.add(r.callId()));
            next = page.next();
        } while (next.isPresent());
        assertThat(ids).containsExactly("c4", "c3", "c2", "c1", "c0");
    }

    @Test
    void recordAllStoresInOneGoAndPublishesEach() {
        List<CallRecorded> seen = new ArrayList<>();
        bus.subscribe(CallRecorded.class, seen::add);
        List<CallRecord> batch = List.of(CallRecords.answered("c1", "1001", "1002", T0),
            CallRecords.busy("c2", "1001", "1003", T0));
        assertThat(service.recordAll(batch)).isEqualTo(2);
        assertThat(seen).extracting(e -> e.record().callId()).containsExactly("c1", "c2");
    }

    @Test
    void aDuplicateInABatchIsSkippedAndTheOthersAreStored() {
        service.record(CallRecords.answered("c1", "1001", "1002", T0));
        List<CallRecorded> seen = new ArrayList<>();
        bus.subscribe(CallRecorded.class, seen::add);
        int stored = service.recordAll(List.of(CallRecords.busy("c0", "1001", "1002", T0),
            CallRecords.busy("c1", "1009", "1002", T0), CallRecords.busy("c2", "1001", "1002", T0)));
        assertThat(stored).isEqualTo(2);
        assertThat(seen).extracting(e -> e.record().callId()).containsExactly("c0", "c2");
        assertThat(service.find("c1").orElseThrow().callerNumber()).as("the first record stays").isEqualTo("1001");
    }

    @Test
    void theWriterStoresEverythingSubmittedAndWhatIsQueuedAtClose() {
        CallRecordWriter writer = new CallRecordWriter(service);
        for (int i = 0; i < 1_234; i++) {
            writer.submit(CallRecords.answered("w" + i, "1001", "1002", T0.plusMillis(i)));
        }
        writer.close();
        assertThat(writer.pending()).isZero();
        assertThat(service.query(new CdrQuery(null, null, null, null, 1, null)).items().getFirst().callId())
            .isEqualTo("w1233");
        for (int i = 0; i < 1_234; i++) {
            assertThat(service.find("w" + i)).as("record w" + i).isPresent();
        }
    }
}
