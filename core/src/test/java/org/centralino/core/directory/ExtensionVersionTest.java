package org.centralino.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Set;
import org.centralino.core.MutableClock;
import org.centralino.core.event.EventBus;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.core.validation.ValidationException;
import org.centralino.core.version.ExpectedVersion;
import org.centralino.core.version.VersionMismatchException;
import org.junit.jupiter.api.Test;

/** Versions, expected versions, and the checks a dry-run import uses. */
class ExtensionVersionTest {
    final InMemoryExtensionStore store = new InMemoryExtensionStore();
    final ExtensionService service = new ExtensionService(store, "pbx.test",
        new MutableClock(Instant.parse("2026-11-22T10:00:00Z")), new SecretGenerator(new SecureRandom()),
        new EventBus());

    static NewExtension ada() {
        return new NewExtension("1201", "Ada", null, null, "password-1201", null, null, null);
    }

    @Test
    void aChangeAddsOneToTheVersionAndANoOpDoesNot() {
        assertThat(service.create(ada()).extension().version()).isEqualTo(1);
        assertThat(service.patch("1201", ExtensionPatch.none().withName("Ada L.")).version()).isEqualTo(2);
        assertThat(service.patch("1201", ExtensionPatch.none().withName("Ada L.")).version()).isEqualTo(2);
    }

    @Test
    void aStaleExpectedVersionChangesNothing() {
        service.create(ada());
        service.patch("1201", ExtensionPatch.none().withName("B"), ExpectedVersion.of(1));
        assertThatThrownBy(() -> service.patch("1201", ExtensionPatch.none().withName("C"), ExpectedVersion.of(1)))
            .isInstanceOf(VersionMismatchException.class).hasMessageContaining("version 2");
        assertThatThrownBy(() -> service.delete("1201", new ExpectedVersion.OneOf(Set.of())))
            .isInstanceOf(VersionMismatchException.class);
        assertThat(service.get("1201").name()).isEqualTo("B");
        service.patch("1201", ExtensionPatch.none().withName("D"), new ExpectedVersion.OneOf(Set.of(7L, 2L)));
        service.delete("1201", ExpectedVersion.of(3));
        assertThat(service.find("1201")).isEmpty();
    }

    @Test
    void checksRunTheRulesWithoutWriting() {
        assertThatThrownBy(() -> service.checkCreate(new NewExtension("1", "", null, null, null, null, 2, null)))
            .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(((ValidationException) e).fields())
                .containsOnlyKeys("number", "name", "ringTimeoutSeconds"));
        service.checkCreate(ada());
        assertThat(store.list()).isEmpty();
        service.create(ada(), false);
        assertThat(service.get("1201").enabled()).isFalse();
        assertThatThrownBy(() -> service.checkPatch("1201", ExtensionPatch.none().withName(null)))
            .isInstanceOf(ValidationException.class);
        service.checkPatch("1201", ExtensionPatch.none().withName("Changed"));
        assertThat(service.get("1201").name()).isEqualTo("Ada");
        assertThatThrownBy(() -> service.checkPatch("9999", ExtensionPatch.none()))
            .isInstanceOf(UnknownExtensionException.class);
    }
}
