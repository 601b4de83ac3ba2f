package org.centralino.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.centralino.core.MutableClock;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.core.validation.ValidationException;
import org.centralino.sip.auth.DigestAlgorithm;
import org.junit.jupiter.api.Test;

class ExtensionServiceTest {
    static final String REALM = "pbx.example.com";
    final InMemoryExtensionStore store = new InMemoryExtensionStore();
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00.123456Z"));
    final org.centralino.core.event.EventBus events = new org.centralino.core.event.EventBus();
    final ExtensionService service = new ExtensionService(store, REALM, clock, new SecretGenerator(new SecureRandom()),
        events);

    static NewExtension alice() {
        return new NewExtension("1001", "Alice Rossi", "alice@example.com", "+39 333 1234567", "s3cret-pass",
            List.of("MD5", "SHA-256"), null, null);
    }

    @Test
    void everyCommittedChangeIsPublishedOnTheBusAndNoOpPatchesAreNot() {
        List<DirectoryEvent> seen = new java.util.ArrayList<>();
        events.subscribe(DirectoryEvent.class, seen::add);
        service.create(new NewExtension("1201", "Ada", null, null, "password-1201", null, null, null));
        service.patch("1201", ExtensionPatch.none().withName("Ada"));
        service.patch("1201", ExtensionPatch.none().withEnabled(false));
        service.delete("1201");
        assertThat(seen).hasSize(3);
        assertThat(seen.get(0)).isInstanceOfSatisfying(DirectoryEvent.ExtensionSaved.class,
            e -> assertThat(e.extension().enabled()).isTrue());
        assertThat(seen.get(1)).isInstanceOfSatisfying(DirectoryEvent.ExtensionSaved.class,
            e -> assertThat(e.extension().enabled()).isFalse());
        assertThat(seen.get(2)).isEqualTo(new DirectoryEvent.ExtensionDeleted("1201"));
    }

    @Test
    void createStoresHa1ForEveryAlgorithmAndNoPassword() {
        CreatedExtension c = service.create(alice());
        Extension e = c.extension();
        assertThat(c.generatedSipPassword()).isEmpty();
        assertThat(e.digestAlgorithms()).containsExactly(DigestAlgorithm.MD5, DigestAlgorithm.SHA_256);
        assertThat(e.ha1()).containsEntry(DigestAlgorithm.MD5, DigestAlgorithm.MD5.ha1("1001", REALM, "s3cret-pass"))
            .containsEntry(DigestAlgorithm.SHA_256, DigestAlgorithm.SHA_256.ha1("1001", REALM, "s3cret-pass"));
        assertThat(e.toString()).doesNotContain("s3cret-pass").doesNotContain(e.ha1().get(DigestAlgorithm.MD5));
        assertThat(e.enabled()).isTrue();
        assertThat(e.createdAt()).isEqualTo(Instant.parse("2026-03-01T09:00:00.123Z")).isEqualTo(e.updatedAt());
        assertThat(store.find("1001")).contains(e);
    }

    @Test
    void createGeneratesPasswordAndDefaultsToMd5() {
        CreatedExtension c = service.create(new NewExtension("1002", "Bob", null, null, null, null, null, null));
        String pw = c.generatedSipPassword().orElseThrow();
        assertThat(pw).hasSize(16).matches("[A-Za-z0-9]+");
        assertThat(c.extension().digestAlgorithms()).containsExactly(DigestAlgorithm.MD5);
        assertThat(c.extension().ha1().get(DigestAlgorithm.MD5)).isEqualTo(DigestAlgorithm.MD5.ha1("1002", REALM, pw));
        assertThat(c.extension().email()).isNull();
    }

    @Test
    void createReportsEveryBadField() {
        var req = new NewExtension("1", " ", "not-an-email", "abc", "short", List.of("MD5", "MD5"), null, null);
        assertThatThrownBy(() -> service.create(req))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields())
                .containsOnlyKeys("number", "name", "email", "mobile", "sipPassword", "digestAlgorithms"));
        assertThat(store.map).isEmpty();
    }

    @Test
    void createRejectsMissingRequiredFields() {
        assertThatThrownBy(() -> service.create(new NewExtension(null, null, null, null, null, null, null, null)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields())
                .containsEntry("number", "is required").containsEntry("name", "is required"));
    }

    @Test
    void numberRules() {
        for (String bad : List.of("1", "12345678901", "10a1", "１２３", "", " 100", "-100")) {
            assertThatThrownBy(() -> service.create(new NewExtension(bad, "X", null, null, null, null, null, null)))
                .as(bad).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.fields()).containsOnlyKeys("number"));
        }
        service.create(new NewExtension("10", "X", null, null, null, null, null, null));
        service.create(new NewExtension("1234567890", "X", null, null, null, null, null, null));
    }

    @Test
    void nameRules() {
        char[] long101 = new char[101];
        Arrays.fill(long101, 'a');
        String emoji100 = "😀".repeat(100);
        assertThat(service.create(new NewExtension("20", emoji100, null, null, null, null, null, null)).extension()
            .name())
            .isEqualTo(emoji100);
        for (String bad : List.of(new String(long101), "Eve\r\nVia: evil", "nul\0", "\uD800x")) {
            assertThatThrownBy(() -> service.create(new NewExtension("21", bad, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsOnlyKeys("name"));
        }
        assertThat(service.create(new NewExtension("22", "  Zoë  ", null, null, null, null, null, null)).extension()
            .name())
            .isEqualTo("Zoë");
    }

    @Test
    void emailMobileAndAlgorithmsRules() {
        var ok = service.create(new NewExtension("30", "X", "a.b+c@mail.example.it", "333 12", null,
            List.of("SHA-256"), null, null));
        assertThat(ok.extension().mobile()).isEqualTo("333 12");
        assertThat(ok.extension().digestAlgorithms()).containsExactly(DigestAlgorithm.SHA_256);
        assertThat(service.create(new NewExtension("31", "X", "", " ", null, null, null, null)).extension().email())
            .isNull();
        assertInvalid(new NewExtension("32", "X", "a@b", null, null, null, null, null), "email");
        assertInvalid(new NewExtension("32", "X", null, "+12345678901234567890123", null, null, null, null), "mobile");
        assertInvalid(new NewExtension("32", "X", null, "++123", null, null, null, null), "mobile");
        assertInvalid(new NewExtension("32", "X", null, null, null, List.of(), null, null), "digestAlgorithms");
        assertInvalid(new NewExtension("32", "X", null, null, null, List.of("SHA-512"), null, null),
            "digestAlgorithms");
        assertInvalid(new NewExtension("32", "X", null, null, null, List.of("md5"), null, null), "digestAlgorithms");
        assertInvalid(new NewExtension("32", "X", null, null, null, Arrays.asList("MD5", null), null, null),
            "digestAlgorithms");
    }

    @Test
    void ringTimeoutDefaultsTo30AndMustBeFrom5To600Seconds() {
        Extension byDefault =
            service.create(new NewExtension("40", "X", null, null, null, null, null, null)).extension();
        assertThat(byDefault.ringTimeoutSeconds()).isEqualTo(30);
        assertThat(byDefault.ringTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(service.create(new NewExtension("41", "X", null, null, null, null, 5, null)).extension()
            .ringTimeout())
            .isEqualTo(Duration.ofSeconds(5));
        assertThat(service.create(new NewExtension("42", "X", null, null, null, null, 600, null)).extension()
            .ringTimeoutSeconds()).isEqualTo(600);
        for (int bad : new int[] {4, 601, 0, -1, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> service.create(new NewExtension("43", "X", null, null, null, null, bad, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields())
                    .containsOnly(Map.entry("ringTimeoutSeconds", "must be from 5 to 600 seconds, not " + bad)))
                .hasMessageContaining("ringTimeoutSeconds must be from 5 to 600 seconds");
        }
        assertThat(store.find("43")).isEmpty();
    }

    @Test
    void patchChangesTheRingTimeoutWithinTheRangeOnly() {
        service.create(alice());
        clock.advance(Duration.ofMinutes(1));
        Extension changed = service.patch("1001", ExtensionPatch.none().withRingTimeoutSeconds(45));
        assertThat(changed.ringTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(changed.updatedAt()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(service.patch("1001", ExtensionPatch.none().withRingTimeoutSeconds(45))).isEqualTo(changed);
        assertThat(service.patch("1001", ExtensionPatch.none().withRingTimeoutSeconds(5)).ringTimeoutSeconds())
            .isEqualTo(5);
        assertThat(service.patch("1001", ExtensionPatch.none().withRingTimeoutSeconds(600)).ringTimeoutSeconds())
            .isEqualTo(600);
        for (Integer bad : Arrays.asList(4, 601, null)) {
            assertThatThrownBy(() -> service.patch("1001", ExtensionPatch.none().withRingTimeoutSeconds(bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields())
                    .containsOnly(Map.entry("ringTimeoutSeconds", "must be from 5 to 600 seconds, not " + bad)));
        }
        assertThat(store.find("1001").orElseThrow().ringTimeoutSeconds()).isEqualTo(600);
    }

    private static NewExtension withMoh(String number, String mohClass) {
        return new NewExtension(number, "X", null, null, null, null, null, mohClass);
    }

    @Test
    void mohClassIsUnsetByDefaultAndAcceptsLowerCaseNamesUpTo40Characters() {
        assertThat(service.create(withMoh("60", null)).extension().mohClass()).isNull();
        String forty = "a" + "b-_9".repeat(9) + "xyz";
        assertThat(forty).hasSize(40);
        for (String ok : List.of("jazz", "default", "0", "sales_2026", "no-music", forty)) {
            assertThat(service.create(withMoh("61", ok)).extension().mohClass()).as(ok).isEqualTo(ok);
            assertThat(store.find("61").orElseThrow().mohClass()).isEqualTo(ok);
            service.delete("61");
        }
    }

    @Test
    void mohClassNamesBreakingTheRuleAreRefusedNamingTheField() {
        String rule = "must be 1 to 40 characters of a-z, 0-9, '_' or '-', starting with a letter or digit";
        for (String bad : List.of("", "Jazz", "a".repeat(41), "-jazz", "_x", "jazz rock", "../etc", "jazz/rock",
            "caff\u00e8", " jazz", "jazz\n")) {
            assertThatThrownBy(() -> service.create(withMoh("62", bad)))
                .as(bad).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields())
                    .containsOnlyKeys("mohClass").extractingByKey("mohClass").asString().startsWith(rule + ", not '"))
                .hasMessageContaining("mohClass must be 1 to 40 characters");
        }
        assertThat(store.find("62")).isEmpty();
    }

    @Test
    void patchSetsChangesAndClearsTheMohClass() {
        service.create(alice());
        clock.advance(Duration.ofMinutes(1));
        Extension jazz = service.patch("1001", ExtensionPatch.none().withMohClass("jazz"));
        assertThat(jazz.mohClass()).isEqualTo("jazz");
        assertThat(jazz.updatedAt()).isAfter(jazz.createdAt());
        assertThat(service.patch("1001", ExtensionPatch.none().withMohClass("jazz"))).isSameAs(jazz);
        assertThat(service.patch("1001", ExtensionPatch.none().withName("Alice R.")).mohClass()).isEqualTo("jazz");
        assertThatThrownBy(() -> service.patch("1001", ExtensionPatch.none().withMohClass("Rock")))
            .isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fields()).containsOnlyKeys("mohClass"));
        assertThat(store.find("1001").orElseThrow().mohClass()).isEqualTo("jazz");
        assertThat(service.patch("1001", ExtensionPatch.none().withMohClass(null)).mohClass()).isNull();
        assertThat(store.find("1001").orElseThrow().mohClass()).isNull();
    }

    @Test
    void theRecordRefusesANonPositiveRingTimeout() {
        assertThatThrownBy(() -> new Extension("50", "X", null, null, List.of(DigestAlgorithm.MD5), Map.of(), true, 0,
            null, Instant.EPOCH, Instant.EPOCH, 1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("ringTimeoutSeconds");
    }

    private void assertInvalid(NewExtension req, String field) {
        assertThatThrownBy(() -> service.create(req))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsOnlyKeys(field));
    }

    @Test
    void duplicateNumberIsRefusedByTheStore() {
        service.create(alice());
        assertThatThrownBy(() -> service.create(alice())).isInstanceOf(DuplicateExtensionException.class);
    }

    @Test
    void patchChangesOnlyGivenFieldsAndRecomputesHa1ForNewPassword() {
        Extension before = service.create(alice()).extension();
        clock.advance(Duration.ofMinutes(5));
        Extension after = service.patch("1001", ExtensionPatch.none().withName("Alice R.").withEmail(null)
            .withSipPassword("another-pass").withEnabled(false));
        assertThat(after.name()).isEqualTo("Alice R.");
        assertThat(after.email()).isNull();
        assertThat(after.mobile()).isEqualTo(before.mobile());
        assertThat(after.enabled()).isFalse();
        assertThat(after.ha1().get(DigestAlgorithm.SHA_256))
            .isEqualTo(DigestAlgorithm.SHA_256.ha1("1001", REALM, "another-pass"));
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        assertThat(after.updatedAt()).isEqualTo(before.updatedAt().plus(Duration.ofMinutes(5)));
        assertThat(store.find("1001")).contains(after);
    }

    @Test
    void patchWithoutChangesKeepsUpdatedAt() {
        Extension before = service.create(alice()).extension();
        clock.advance(Duration.ofMinutes(5));
        assertThat(service.patch("1001", ExtensionPatch.none().withName("Alice Rossi"))).isEqualTo(before);
    }

    @Test
    void patchValidatesEveryField() {
        service.create(alice());
        var patch = ExtensionPatch.none().withName(null).withSipPassword("x").withDigestAlgorithms(null)
            .withEnabled(null).withMobile("x");
        assertThatThrownBy(() -> service.patch("1001", patch))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields())
                .containsOnlyKeys("name", "sipPassword", "digestAlgorithms", "enabled", "mobile"));
    }

    @Test
    void unknownExtension() {
        assertThatThrownBy(() -> service.patch("999", ExtensionPatch.none())).isInstanceOf(UnknownExtensionException.class);
        assertThatThrownBy(() -> service.delete("999")).isInstanceOf(UnknownExtensionException.class);
        assertThatThrownBy(() -> service.get("999")).isInstanceOf(UnknownExtensionException.class);
    }

    @Test
    void deleteAndList() {
        service.create(alice());
        service.create(new NewExtension("1000", "Zed", null, null, null, null, null, null));
        assertThat(service.list()).extracting(Extension::number).containsExactly("1000", "1001");
        service.delete("1000");
        assertThat(service.list()).extracting(Extension::number).containsExactly("1001");
    }
}
