package org.centralino.core.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.centralino.core.MutableClock;
import org.centralino.core.directory.DirectoryEvent;
import org.centralino.core.event.EventBus;
import org.junit.jupiter.api.Test;

class RegistrationChangedTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final EventBus events = new EventBus();
    private final LocationService locations = new LocationService(clock, events);
    private final List<RegistrationChanged> seen = new ArrayList<>();

    RegistrationChangedTest() {
        events.subscribe(RegistrationChanged.class, seen::add);
    }

    private Binding binding(String ext, String contact, long seconds) {
        return new Binding(ext, contact, "udp:127.0.0.1:5062", clock.instant().plusSeconds(seconds), "cid", 1,
            "phone", 1000, clock.instant());
    }

    private List<String> contactsOf(RegistrationChanged e) {
        return e.bindings().stream().map(Binding::contact).toList();
    }

    @Test
    void aNewContactAndAnUnregisterArePublishedButARefreshOfTheSameContactsIsNot() {
        locations.update("1001", m -> m.put("sip:a@h", binding("1001", "sip:a@h", 60)));
        locations.update("1001", m -> m.put("sip:a@h", binding("1001", "sip:a@h", 120)));
        locations.update("1001", m -> m.put("sip:b@h", binding("1001", "sip:b@h", 60)));
        locations.update("1001", m -> m.remove("sip:a@h"));
        locations.update("1001", m -> m.remove("sip:b@h"));

        assertThat(seen).extracting(RegistrationChanged::extension).containsOnly("1001");
        assertThat(seen).map(this::contactsOf).containsExactly(
            List.of("sip:a@h"), List.of("sip:a@h", "sip:b@h"), List.of("sip:b@h"), List.of());
        assertThat(seen.getLast().registered()).isFalse();
    }

    @Test
    void expiryIsPublishedWhenTheSweepRemovesTheBindingAndNotAgain() {
        locations.update("1001", m -> m.put("sip:a@h", binding("1001", "sip:a@h", 60)));
        locations.update("1002", m -> m.put("sip:b@h", binding("1002", "sip:b@h", 600)));
        seen.clear();

        clock.advance(Duration.ofSeconds(61));
        locations.purgeExpired();
        locations.purgeExpired();

        assertThat(seen).hasSize(1);
        assertThat(seen.getFirst().extension()).isEqualTo("1001");
        assertThat(seen.getFirst().registered()).isFalse();
    }

    @Test
    void aLapsedBindingDroppedByTheNextUpdateCountsAsAChange() {
        locations.update("1001", m -> m.put("sip:a@h", binding("1001", "sip:a@h", 60)));
        clock.advance(Duration.ofSeconds(61));
        seen.clear();

        locations.update("1001", m -> m.put("sip:b@h", binding("1001", "sip:b@h", 60)));

        assertThat(seen).map(this::contactsOf).containsExactly(List.of("sip:b@h"));
    }

    @Test
    void deletingAnExtensionPublishesThatItHasNoDevicesLeftOnlyIfItHadSome() {
        locations.followDirectory(events);
        locations.update("1001", m -> m.put("sip:a@h", binding("1001", "sip:a@h", 60)));
        seen.clear();

        events.publish(new DirectoryEvent.ExtensionDeleted("1001"));
        events.publish(new DirectoryEvent.ExtensionDeleted("1009"));

        assertThat(seen).hasSize(1);
        assertThat(seen.getFirst().extension()).isEqualTo("1001");
        assertThat(seen.getFirst().bindings()).isEmpty();
    }

    @Test
    void anUpdateThatChangesNothingPublishesNothing() {
        locations.update("1001", m -> { });
        assertThat(seen).isEmpty();
    }
}
