package org.centralino.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralino.core.directory.UnknownExtensionException;
import org.centralino.core.forwarding.ForwardRule;
import org.centralino.core.forwarding.ForwardTarget;
import org.centralino.core.forwarding.ForwardingSettings;
import org.junit.jupiter.api.Test;

/** The behaviour of {@link JdbiForwardingStore}, run on each dialect. */
abstract class ForwardingStoreContract extends StoreContract {
    static final Instant T1 = Instant.parse("2026-11-22T10:00:00.123Z");

    /** Every target type once, a disabled rule that keeps its target, a non-default ring time. */
    static ForwardingSettings everyKind(String ext) {
        return new ForwardingSettings(ext, true, new ForwardRule(true, ForwardTarget.number("+393331234567")),
            new ForwardRule(false, ForwardTarget.extension("1002")), new ForwardRule(true, ForwardTarget.voicemail()),
            45, new ForwardRule(true, ForwardTarget.mobile()), T1, 0);
    }

    record Stores(JdbiExtensionStore extensions, JdbiForwardingStore forwarding) {
    }

    Stores stores() {
        Database db = open();
        JdbiExtensionStore extensions = new JdbiExtensionStore(db, ExtensionStoreContract.SEALER);
        extensions.start();
        extensions.create(ExtensionStoreContract.ext("1001", "Anna"));
        extensions.create(ExtensionStoreContract.ext("1002", "Bruno"));
        return new Stores(extensions, new JdbiForwardingStore(db));
    }

    @Test
    void anExtensionNeverConfiguredHasNoRowAndTheFirstSaveInsertsVersionOne() {
        JdbiForwardingStore store = stores().forwarding();
        assertThat(store.find("1001")).isEmpty();
        ForwardingSettings saved = store.save(everyKind("1001")).orElseThrow();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(store.find("1001")).contains(saved);
        assertThat(store.find("1002")).isEmpty();
    }

    @Test
    void everyFieldReadsBackAndADisabledRuleKeepsItsTarget() {
        JdbiForwardingStore store = stores().forwarding();
        ForwardingSettings saved = store.save(everyKind("1001")).orElseThrow();
        ForwardingSettings next = new ForwardingSettings("1001", false, ForwardRule.OFF,
            new ForwardRule(false, ForwardTarget.mobile()), new ForwardRule(false, ForwardTarget.extension("1002")), 5,
            new ForwardRule(false, ForwardTarget.number("0612345678")), T1.plusSeconds(60), saved.version());
        ForwardingSettings again = store.save(next).orElseThrow();
        assertThat(again.version()).isEqualTo(2);
        assertThat(store.find("1001")).contains(next.withVersion(2, T1.plusSeconds(60)));
    }

    @Test
    void theExtensionsWithDndAreListedForPresenceAtStart() {
        JdbiForwardingStore store = stores().forwarding();
        assertThat(store.withDnd()).isEmpty();
        ForwardingSettings on = store.save(everyKind("1002")).orElseThrow();
        store.save(new ForwardingSettings("1001", false, ForwardRule.OFF, ForwardRule.OFF, ForwardRule.OFF, 20,
            ForwardRule.OFF, T1, 0)).orElseThrow();
        assertThat(store.withDnd()).containsExactly("1002");
        store.save(new ForwardingSettings("1002", false, ForwardRule.OFF, ForwardRule.OFF, ForwardRule.OFF, 20,
            ForwardRule.OFF, T1, on.version())).orElseThrow();
        assertThat(store.withDnd()).isEmpty();
    }

    @Test
    void saveIsCompareAndSetOnTheVersion() {
        JdbiForwardingStore store = stores().forwarding();
        assertThat(store.save(everyKind("1001"))).isPresent();
        assertThat(store.save(everyKind("1001"))).as("a second first insert lost the race").isEmpty();
        ForwardingSettings v1 = store.find("1001").orElseThrow();
        assertThat(store.save(v1.withVersion(1, T1))).isPresent();
        assertThat(store.save(v1.withVersion(1, T1))).as("stale version 1").isEmpty();
        assertThat(store.save(v1.withVersion(7, T1))).as("a version from the future").isEmpty();
        assertThat(store.find("1001").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void savingForAnExtensionThatDoesNotExistSaysSo() {
        JdbiForwardingStore store = stores().forwarding();
        assertThatThrownBy(() -> store.save(everyKind("1999"))).isInstanceOf(UnknownExtensionException.class)
            .hasMessageContaining("1999");
    }

    @Test
    void deletingTheExtensionDeletesItsSettings() {
        Stores s = stores();
        s.forwarding().save(everyKind("1001")).orElseThrow();
        s.forwarding().save(everyKind("1002")).orElseThrow();
        assertThat(s.extensions().delete("1001")).isTrue();
        assertThat(s.forwarding().find("1001")).isEmpty();
        assertThat(s.forwarding().find("1002")).isPresent();
        s.extensions().create(ExtensionStoreContract.ext("1001", "Anna again"));
        assertThat(s.forwarding().find("1001")).as("a new extension with the number starts clean").isEmpty();
    }

    @Test
    void concurrentWritersEachWinOnlyAgainstTheVersionTheyRead() throws Exception {
        JdbiForwardingStore store = stores().forwarding();
        AtomicInteger wins = new AtomicInteger();
        concurrently(4, 25, (thread, i) -> {
            ForwardingSettings cur = store.find("1001").orElse(everyKind("1001"));
            if (store.save(cur.withVersion(cur.version(), T1.plusMillis(i))).isPresent()) {
                wins.incrementAndGet();
            }
        });
        assertThat(wins.get()).isPositive();
        assertThat(store.find("1001").orElseThrow().version()).isEqualTo(wins.get());
    }
}
