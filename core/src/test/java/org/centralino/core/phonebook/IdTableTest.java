package org.centralino.core.phonebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdTableTest {
    static IndexedContact entry(int n, String name) {
        return IndexedContact.of(new Contact(String.format("00000000-0000-4000-8000-%012d", n), "anna",
            ContactVisibility.PRIVATE, new ContactFields(name, null, null, null, null, null, null, null, null, null), 1,
            Instant.EPOCH, Instant.EPOCH), PhoneNumbers.italy());
    }

    @Test
    void agreesWithAMapThroughOverlaysAndCompactions() {
        Random random = new Random(5);
        Map<String, IndexedContact> truth = new HashMap<>();
        IdTable table = IdTable.EMPTY;
        for (int round = 0; round < 400; round++) {
            List<IndexedContact> written = new java.util.ArrayList<>();
            List<String> deleted = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = random.nextInt(3000);
                if (random.nextInt(3) == 0) {
                    deleted.add(entry(n, "x").contact().id());
                } else {
                    written.add(entry(n, "v" + round));
                }
            }
            deleted.removeIf(id -> written.stream().anyMatch(e -> e.contact().id().equals(id)));
            deleted.forEach(truth::remove);
            written.forEach(e -> truth.put(e.contact().id(), e));
            table = table.with(written, deleted);
            assertThat(table.size()).isEqualTo(truth.size());
        }
        for (int n = 0; n < 3000; n++) {
            String id = entry(n, "x").contact().id();
            assertThat(table.get(id)).isEqualTo(truth.get(id));
        }
    }
}
