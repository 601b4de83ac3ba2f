package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.centralino.core.directory.ExtensionPatch;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.event.EventBus;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.store.Database;
import org.centralino.store.DatabaseConfig;
import org.centralino.store.Ha1Sealer;
import org.centralino.store.JdbiExtensionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML file of declared extensions, applied to the real extension service on SQLite (no SIP, no HTTP). */
class DeclarationsTest {
    @TempDir
    Path dir;
    Database db;
    JdbiExtensionStore store;
    ExtensionService extensions;

    @BeforeEach
    void start() {
        db = new Database(DatabaseConfig.sqlite(dir.resolve("data")));
        db.start();
        store = new JdbiExtensionStore(db, new Ha1Sealer(new byte[32]));
        store.start();
        extensions = new ExtensionService(store, "centralino", Clock.systemUTC(),
            new SecretGenerator(new SecureRandom()), new EventBus());
    }

    @AfterEach
    void stop() {
        store.stop();
        db.stop();
    }

    private void apply(String yaml) throws Exception {
        Path file = dir.resolve("extensions.yaml");
        Files.writeString(file, yaml);
        new Declarations(extensions).apply(file);
    }

    @Test
    void ringTimeoutIsOptionalAndDefaultsTo30() throws Exception {
        apply("""
            extensions:
              - number: "1001"
                name: Alice Rossi
                sipPassword: change-me-1001
                ringTimeoutSeconds: 45
              - number: "1002"
                name: Bruno Verdi
                sipPassword: change-me-1002
            """);
        assertThat(extensions.get("1001").ringTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(extensions.get("1002").ringTimeoutSeconds()).isEqualTo(30);
    }

    @Test
    void aChangedFileUpdatesTheRingTimeoutAndLeavingItOutKeepsTheCurrentValue() throws Exception {
        apply("""
            extensions:
              - number: "1001"
                name: Alice Rossi
                ringTimeoutSeconds: 45
            """);
        apply("""
            extensions:
              - number: "1001"
                name: Alice Rossi
                ringTimeoutSeconds: 600
            """);
        assertThat(extensions.get("1001").ringTimeoutSeconds()).isEqualTo(600);
        extensions.patch("1001", ExtensionPatch.none().withRingTimeoutSeconds(20)); // e.g. through the API
        apply("""
            extensions:
              - number: "1001"
                name: Alice Rossi
            """);
        assertThat(extensions.get("1001").ringTimeoutSeconds()).isEqualTo(20);
    }

    @Test
    void aRingTimeoutOutOfRangeStopsTheStartNamingTheExtensionAndTheField() {
        assertThatThrownBy(() -> apply("""
            extensions:
              - number: "1001"
                name: Alice Rossi
                ringTimeoutSeconds: 4
            """)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("extension 1001")
            .hasMessageContaining("ringTimeoutSeconds must be from 5 to 600 seconds, not 4");
        assertThat(extensions.find("1001")).isEmpty();
        assertThatThrownBy(() -> apply("""
            extensions:
              - number: "1001"
                name: Alice Rossi
                ringTimeoutSeconds: thirty
            """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not valid");
    }

    @Test
    void mohClassIsOptionalAndLeavingItOutKeepsTheCurrentClass() throws Exception {
        apply("""
            extensions:
              - number: "1001"
                name: Alice Rossi
                mohClass: jazz
              - number: "1002"
                name: Bruno Verdi
            """);
        assertThat(extensions.get("1001").mohClass()).isEqualTo("jazz");
        assertThat(extensions.get("1002").mohClass()).isNull();
        assertThat(store.find("1001").orElseThrow().mohClass()).isEqualTo("jazz");
        apply("""
            extensions:
              - number: "1001"
                name: Alice Rossi
                mohClass: sales-2026
            """);
        assertThat(extensions.get("1001").mohClass()).isEqualTo("sales-2026");
        extensions.patch("1001", ExtensionPatch.none().withMohClass("rock")); // e.g. through the API
        apply("""
            extensions:
              - number: "1001"
                name: Alice Rossi
            """);
        assertThat(extensions.get("1001").mohClass()).isEqualTo("rock");
        apply("""
            extensions:
              - number: "1001"
                name: Alice Rossi
                mohClass: default
            """);
        assertThat(extensions.get("1001").mohClass()).isEqualTo("default");
    }

    @Test
    void aMohClassBreakingTheRuleStopsTheStartNamingTheExtensionAndTheField() {
        assertThatThrownBy(() -> apply("""
            extensions:
              - number: "1001"
                name: Alice Rossi
                mohClass: Jazz Classics
            """)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("extension 1001")
            .hasMessageContaining("mohClass must be 1 to 40 characters of a-z, 0-9, '_' or '-', starting with a letter "
                + "or digit, not 'Jazz Classics'");
        assertThat(extensions.find("1001")).isEmpty();
        assertThatThrownBy(() -> apply("""
            extensions:
              - number: "1001"
                name: Alice Rossi
                mohClass: [jazz]
            """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not valid");
    }
}
