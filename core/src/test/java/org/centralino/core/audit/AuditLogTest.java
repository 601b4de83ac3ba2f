package org.centralino.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.centralino.core.MutableClock;
import org.centralino.core.secret.SecretGenerator;
import org.junit.jupiter.api.Test;

class AuditLogTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00.123456Z"));
    final List<AuditEntry> stored = new ArrayList<>();
    final AuditLog log = new AuditLog(new AuditStore() {
        @Override
        public void append(AuditEntry entry) {
            stored.add(entry);
        }

        @Override
        public List<AuditEntry> query(AuditQuery q) {
            return stored.stream().sorted(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id)
                .reversed()).limit(q.limit()).toList();
        }
    }, new SecretGenerator(new SecureRandom()), clock);

    @Test
    void entriesOfOneMillisecondSortInTheOrderTheyWereRecorded() {
        for (int i = 0; i < 50; i++) {
            log.record("admin", "user.update", "user", "u" + i, "{}", "{}");
        }
        assertThat(stored).extracting(AuditEntry::at).containsOnly(Instant.parse("2026-03-01T09:00:00.123Z"));
        assertThat(log.query(new AuditQuery(null, null, null, null, 3))).extracting(AuditEntry::entityId)
            .containsExactly("u49", "u48", "u47");
        assertThat(stored).extracting(AuditEntry::id).allMatch(id -> id.length() <= 32).doesNotHaveDuplicates();
    }

    @Test
    void anEntryKeepsWhoWhatAndTheEntityBeforeAndAfter() {
        AuditEntry e = log.record("anna", "extension.update", "extension", "1001", "{\"name\":\"A\"}", null);
        assertThat(stored).containsExactly(e);
        assertThat(e.actor()).isEqualTo("anna");
        assertThat(e.action()).isEqualTo("extension.update");
        assertThat(e.entityType()).isEqualTo("extension");
        assertThat(e.entityId()).isEqualTo("1001");
        assertThat(e.before()).isEqualTo("{\"name\":\"A\"}");
        assertThat(e.after()).isNull();
    }
}
