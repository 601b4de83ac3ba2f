package org.centralino.core.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.centralino.core.MutableClock;
import org.centralino.core.directory.Change;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.directory.InMemoryExtensionStore;
import org.centralino.core.directory.NewExtension;
import org.centralino.core.directory.UnknownExtensionException;
import org.centralino.core.event.EventBus;
import org.centralino.core.presence.DndChanged;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.core.validation.ValidationException;
import org.centralino.core.version.ExpectedVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForwardingServiceTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00.123456Z"));
    final EventBus events = new EventBus();
    final ExtensionService extensions = new ExtensionService(new InMemoryExtensionStore(), "pbx.test", clock,
        new SecretGenerator(new SecureRandom()), events);
    final InMemoryForwardingStore store = new InMemoryForwardingStore();
    final ForwardingService service = new ForwardingService(store, extensions, clock, events);
    final List<Object> published = new ArrayList<>();

    @BeforeEach
    void directory() {
        extensions.create(new NewExtension("1001", "Anna", null, "+39 333 1234567", null, null, null, null));
        extensions.create(new NewExtension("1002", "Bruno", null, null, null, null, null, null));
        events.subscribe(ForwardingChanged.class, published::add);
        events.subscribe(DndChanged.class, published::add);
    }

    static ForwardingPatch busyTo(String type, String number) {
        return new ForwardingPatch(Change.keep(), RulePatch.KEEP, new RulePatch(Change.to(true),
            Change.to(new TargetInput(type, number))), RulePatch.KEEP, Change.keep(), RulePatch.KEEP);
    }

    @Test
    void theDefaultsNeedNoRowAndAnUnknownExtensionIsRefused() {
        assertThat(service.settings("1001")).isEqualTo(ForwardingSettings.defaults("1001"));
        assertThat(store.map).isEmpty();
        assertThatThrownBy(() -> service.settings("1999")).isInstanceOf(UnknownExtensionException.class);
        assertThatThrownBy(() -> service.patch("1999", ForwardingPatch.dnd(true), ExpectedVersion.any()))
            .isInstanceOf(UnknownExtensionException.class);
    }

    @Test
    void aChangeIsStoredWithTheTimeAndPublishedAfterwards() {
        ForwardingSettings saved = service.patch("1001", busyTo("extension", "1002"), ExpectedVersion.of(0));
        assertThat(saved.busy()).isEqualTo(new ForwardRule(true, ForwardTarget.extension("1002")));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.updatedAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00.123Z"));
        assertThat(published).containsExactly(new ForwardingChanged(saved));
        assertThat(service.settings("1001")).isEqualTo(saved);
    }

    @Test
    void dndFlipsPublishDndChangedOnceEach() {
        service.patch("1001", ForwardingPatch.dnd(true), ExpectedVersion.any());
        service.patch("1001", ForwardingPatch.dnd(true), ExpectedVersion.any());
        service.patch("1001", ForwardingPatch.dnd(false), ExpectedVersion.any());
        assertThat(published).filteredOn(DndChanged.class::isInstance)
            .containsExactly(new DndChanged("1001", true), new DndChanged("1001", false));
        assertThat(store.saves).as("the repeated DND is not written").isEqualTo(2);
    }

    @Test
    void withoutAnExpectedVersionAChangeIsReappliedWhenAnotherNodeWasFirst() {
        service.patch("1001", ForwardingPatch.dnd(true), ExpectedVersion.any());
        // another node turns the busy rule on between our read and our write, once
        store.beforeSave = () -> {
            store.beforeSave = () -> { };
            ForwardingSettings cur = store.map.get("1001");
            store.save(new ForwardingSettings("1001", cur.dnd(), cur.unconditional(),
                new ForwardRule(true, ForwardTarget.voicemail()), cur.noAnswer(), cur.noAnswerSeconds(),
                cur.unreachable(), cur.updatedAt(), cur.version()));
        };
        ForwardingSettings saved = service.patch("1001", ForwardingPatch.dnd(false), ExpectedVersion.any());
        assertThat(saved.dnd()).isFalse();
        assertThat(saved.busy().enabled()).as("the other node's change survives").isTrue();
        assertThat(saved.version()).isEqualTo(3);
    }

    @Test
    void withAnExpectedVersionAnotherWriterMakesItStale() {
        service.patch("1001", ForwardingPatch.dnd(true), ExpectedVersion.any());
        assertThatThrownBy(() -> service.patch("1001", ForwardingPatch.dnd(false), ExpectedVersion.of(0)))
            .isInstanceOf(StaleForwardingException.class).hasMessageContaining("version 1")
            .satisfies(e -> assertThat(((StaleForwardingException) e).current()).isEqualTo(1));
        assertThat(service.settings("1001").dnd()).isTrue();
    }

    @Test
    void aNodeThatKeepsLosingGivesUpWithStale() {
        store.beforeSave = () -> store.map.compute("1001", (k, cur) -> (cur == null
            ? ForwardingSettings.defaults("1001") : cur).withVersion(cur == null ? 1 : cur.version() + 1, null));
        assertThatThrownBy(() -> service.patch("1001", ForwardingPatch.dnd(true), ExpectedVersion.any()))
            .isInstanceOf(StaleForwardingException.class);
        assertThat(store.saves).isEqualTo(ForwardingService.MAX_ATTEMPTS);
        assertThat(published).isEmpty();
    }

    @Test
    void validationNamesTheFieldAndStoresNothing() {
        assertThatThrownBy(() -> service.patch("1002", busyTo("mobile", null), ExpectedVersion.any()))
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).fields()).containsOnlyKeys("busy.target"));
        assertThat(service.patch("1001", busyTo("mobile", null), ExpectedVersion.any()).busy().target())
            .as("1001 has a mobile number").isEqualTo(ForwardTarget.mobile());
        assertThat(store.map).doesNotContainKey("1002");
    }
}
