package org.centralino.core.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.centralino.core.MutableClock;
import org.centralino.core.directory.DirectoryEvent;
import org.centralino.core.directory.Extension;
import org.centralino.core.event.EventBus;
import org.centralino.sip.auth.DigestAlgorithm;
import org.junit.jupiter.api.Test;

class LocationServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final LocationService locations = new LocationService(clock);

    private Binding binding(String ext, String contact, long seconds) {
        return new Binding(ext, contact, "udp:127.0.0.1:5062", clock.instant().plusSeconds(seconds), "cid", 1,
            "phone", 1000, clock.instant());
    }

    @Test
    void aBindingIsLiveUntilItExpiresAndIsThenNeitherListedNorKept() {
        locations.update("1001", m -> m.put("sip:a@h", binding("1001", "sip:a@h", 60)));
        locations.update("1001", m -> m.put("sip:b@h", binding("1001", "sip:b@h", 300)));
        assertThat(locations.of("1001")).hasSize(2);

        clock.advance(Duration.ofSeconds(61));
        assertThat(locations.of("1001")).extracting(Binding::contact).containsExactly("sip:b@h");
        assertThat(locations.list()).hasSize(1);
        assertThat(locations.purgeExpired()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(300));
        assertThat(locations.purgeExpired()).isEqualTo(1);
        assertThat(locations.list()).isEmpty();
        assertThat(locations.size()).isZero();
    }

    @Test
    void updatesSeeOnlyLiveBindings() {
        locations.update("1001", m -> m.put("sip:a@h", binding("1001", "sip:a@h", 60)));
        clock.advance(Duration.ofSeconds(120));
        int[] seen = {-1};
        locations.update("1001", m -> seen[0] = m.size());
        assertThat(seen[0]).isZero();
    }

    @Test
    void aDeletedOrDisabledExtensionLosesItsRegistrationsAtOnce() {
        EventBus events = new EventBus();
        locations.followDirectory(events);
        locations.update("1001", m -> m.put("sip:a@h", binding("1001", "sip:a@h", 600)));
        locations.update("1002", m -> m.put("sip:b@h", binding("1002", "sip:b@h", 600)));
        locations.update("1003", m -> m.put("sip:c@h", binding("1003", "sip:c@h", 600)));

        events.publish(new DirectoryEvent.ExtensionDeleted("1001"));
        events.publish(new DirectoryEvent.ExtensionSaved(extension("1002", false)));
        events.publish(new DirectoryEvent.ExtensionSaved(extension("1003", true)));

        assertThat(locations.list()).extracting(Binding::extension).containsExactly("1003");
    }

    private Extension extension(String number, boolean enabled) {
        return new Extension(number, "N", null, null, List.of(DigestAlgorithm.MD5), Map.of(), enabled,
            Extension.DEFAULT_RING_TIMEOUT_SECONDS, null, clock.instant(), clock.instant(), 1);
    }

    @Test
    void listIsOrderedByExtensionThenContact() {
        locations.update("1002", m -> m.put("sip:z@h", binding("1002", "sip:z@h", 60)));
        locations.update("1001", m -> m.put("sip:y@h", binding("1001", "sip:y@h", 60)));
        locations.update("1001", m -> m.put("sip:x@h", binding("1001", "sip:x@h", 60)));
        assertThat(locations.list()).extracting(Binding::contact).containsExactly("sip:x@h", "sip:y@h", "sip:z@h");
    }
}
