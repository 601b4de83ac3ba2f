package org.centralino.core.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.centralino.core.event.EventBus;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.core.validation.ValidationException;
import org.centralino.core.validation.Violations;
import org.centralino.core.version.ExpectedVersion;
import org.centralino.core.version.VersionMismatchException;
import org.centralino.sip.auth.DigestAlgorithm;

/**
 * The use cases on extensions: create, change, delete, read. The clear SIP password lives only for the
 * duration of a call: HA1 = H(number:realm:password) is computed for every algorithm we support (not
 * just the offered ones), so that offering SHA-256 later does not need the password again.
 */
public final class ExtensionService {
    /** Length of a generated SIP password: 16 of 56 symbols is about 93 bits. */
    public static final int GENERATED_PASSWORD_LENGTH = 16;

    private final ExtensionStore store;
    private final String realm;
    private final Clock clock;
    private final SecretGenerator secrets;
    /** Serialises read-modify-write of a patch, so two patches of different fields cannot lose one. */
    private final ReentrantLock patchLock = new ReentrantLock();
    private final EventBus events;

    /**
     * @param realm the SIP digest realm the registrar challenges with; HA1 values depend on it, so
     *              changing it later invalidates every stored credential
     */
    public ExtensionService(ExtensionStore store, String realm, Clock clock, SecretGenerator secrets, EventBus events) {
        this.events = Objects.requireNonNull(events, "events");
        this.store = Objects.requireNonNull(store, "store");
        this.realm = Objects.requireNonNull(realm, "realm");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /**
     * Validates and stores a new extension.
     *
     * @throws ValidationException         naming every bad field
     * @throws DuplicateExtensionException when the number is taken
     */
    public CreatedExtension create(NewExtension req) {
        return create(req, true);
    }

    /**
     * Validates and stores a new extension that starts enabled or not (a bulk import may create disabled ones) in
     * one write.
     *
     * @throws ValidationException         naming every bad field
     * @throws DuplicateExtensionException when the number is taken
     */
    public CreatedExtension create(NewExtension req, boolean enabled) {
        Draft d = validate(req);
        String password = d.password();
        Optional<String> generated = Optional.empty();
        if (password == null) {
            password = secrets.password(GENERATED_PASSWORD_LENGTH);
            generated = Optional.of(password);
        }
        Instant now = now();
        Extension created = store.create(new Extension(d.number(), d.name(), d.email(), d.mobile(), d.algorithms(),
            ha1(d.number(), password), enabled, d.ringTimeout(), d.mohClass(), now, now, 1));
        events.publish(new DirectoryEvent.ExtensionSaved(created));
        return new CreatedExtension(created, generated);
    }

    /** A create request that passed the rules, normalised; {@code password} null when one is to be generated. */
    private record Draft(String number, String name, String email, String mobile, String password,
                         List<DigestAlgorithm> algorithms, int ringTimeout, String mohClass) {
    }

    private Draft validate(NewExtension req) {
        Objects.requireNonNull(req, "req");
        Violations bad = new Violations();
        String number = ExtensionRules.number(req.number(), bad);
        String name = ExtensionRules.name(req.name(), bad);
        String email = ExtensionRules.email(req.email(), bad);
        String mobile = ExtensionRules.mobile(req.mobile(), bad);
        String password = req.sipPassword() == null ? null : ExtensionRules.sipPassword(req.sipPassword(), bad);
        List<DigestAlgorithm> algorithms = req.digestAlgorithms() == null
            ? ExtensionRules.DEFAULT_ALGORITHMS
            : ExtensionRules.digestAlgorithms(req.digestAlgorithms(), bad);
        Integer ringTimeout = req.ringTimeoutSeconds() == null
            ? Integer.valueOf(Extension.DEFAULT_RING_TIMEOUT_SECONDS)
            : ExtensionRules.ringTimeoutSeconds(req.ringTimeoutSeconds(), bad);
        String mohClass = ExtensionRules.mohClass(req.mohClass(), bad);
        bad.throwIfAny();
        return new Draft(number, name, email, mobile, password, algorithms, ringTimeout, mohClass);
    }

    /**
     * Runs the rules of {@link #create} without writing (a dry run of an import).
     *
     * @throws ValidationException naming every bad field
     */
    public void checkCreate(NewExtension req) {
        validate(req);
    }

    /**
     * Runs the rules of {@link #patch} against the current extension without writing (a dry run of an import).
     *
     * @throws UnknownExtensionException when there is no such extension
     * @throws ValidationException       naming every bad field
     */
    public void checkPatch(String number, ExtensionPatch patch) {
        apply(get(number), Objects.requireNonNull(patch, "patch"));
    }

    /**
     * Applies a partial update; a new password recomputes every HA1.
     *
     * @throws UnknownExtensionException when there is no such extension
     * @throws ValidationException       naming every bad field
     */
    public Extension patch(String number, ExtensionPatch patch) {
        return patch(number, patch, ExpectedVersion.any());
    }

    /**
     * Applies a partial update made against {@code expected} (the client's If-Match). The store writes only while
     * the stored version is still the one read here, so of two patches made against the same version one wins.
     *
     * @throws UnknownExtensionException when there is no such extension
     * @throws VersionMismatchException  when the extension is no longer at an expected version
     * @throws ValidationException       naming every bad field
     */
    public Extension patch(String number, ExtensionPatch patch, ExpectedVersion expected) {
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(expected, "expected");
        patchLock.lock();
        try {
            Extension current = get(number);
            expected.check("extension " + number, current.version());
            Extension next = apply(current, patch);
            if (next.equals(current)) {
                return current;
            }
            Extension saved = store.update(next);
            events.publish(new DirectoryEvent.ExtensionSaved(saved));
            return saved;
        } finally {
            patchLock.unlock();
        }
    }

    private Extension apply(Extension cur, ExtensionPatch p) {
        Violations bad = new Violations();
        String name = p.name().isChanged() ? ExtensionRules.name(p.name().orElse(null), bad) : cur.name();
        String email = p.email().isChanged() ? ExtensionRules.email(p.email().orElse(null), bad) : cur.email();
        String mobile = p.mobile().isChanged() ? ExtensionRules.mobile(p.mobile().orElse(null), bad) : cur.mobile();
        String password = p.sipPassword().isChanged()
            ? ExtensionRules.sipPassword(p.sipPassword().orElse(null), bad) : null;
        List<DigestAlgorithm> algorithms = p.digestAlgorithms().isChanged()
            ? ExtensionRules.digestAlgorithms(p.digestAlgorithms().orElse(null), bad) : cur.digestAlgorithms();
        Boolean enabled = p.enabled().orElse(cur.enabled());
        if (enabled == null) {
            bad.add("enabled", "must be true or false, not null");
        }
        Integer ringTimeout = p.ringTimeoutSeconds().isChanged()
            ? ExtensionRules.ringTimeoutSeconds(p.ringTimeoutSeconds().orElse(null), bad)
            : Integer.valueOf(cur.ringTimeoutSeconds()); // boxed: an int here would unbox the rule's null
        String mohClass = p.mohClass().isChanged() ? ExtensionRules.mohClass(p.mohClass().orElse(null), bad)
            : cur.mohClass();
        bad.throwIfAny();

        Map<DigestAlgorithm, String> ha1 = password == null ? cur.ha1() : ha1(cur.number(), password);
        Extension same = new Extension(cur.number(), name, email, mobile, algorithms, ha1, enabled, ringTimeout,
            mohClass, cur.createdAt(), cur.updatedAt(), cur.version());
        if (same.equals(cur)) {
            return cur; // nothing changed: no write, updatedAt stays
        }
        return new Extension(cur.number(), name, email, mobile, algorithms, ha1, enabled, ringTimeout, mohClass,
            cur.createdAt(), now(), cur.version());
    }

    /** @throws UnknownExtensionException when there is no such extension */
    public void delete(String number) {
        delete(number, ExpectedVersion.any());
    }

    /**
     * Deletes the extension if it is still at an expected version (the client's If-Match).
     *
     * @throws UnknownExtensionException when there is no such extension
     * @throws VersionMismatchException  when the extension is no longer at an expected version
     */
    public void delete(String number, ExpectedVersion expected) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(expected, "expected");
        boolean deleted;
        if (expected instanceof ExpectedVersion.Any) {
            deleted = store.delete(number);
        } else {
            Extension current = get(number);
            expected.check("extension " + number, current.version());
            deleted = store.delete(number, current.version());
        }
        if (!deleted) {
            throw new UnknownExtensionException(number);
        }
        events.publish(new DirectoryEvent.ExtensionDeleted(number));
    }

    /** @throws UnknownExtensionException when there is no such extension */
    public Extension get(String number) {
        return find(number).orElseThrow(() -> new UnknownExtensionException(number));
    }

    public Optional<Extension> find(String number) {
        return store.find(Objects.requireNonNull(number, "number"));
    }

    /** Every extension, ordered by number. */
    public List<Extension> list() {
        return store.list();
    }

    /** The realm HA1 values are computed with. */
    public String realm() {
        return realm;
    }

    private Map<DigestAlgorithm, String> ha1(String number, String password) {
        Map<DigestAlgorithm, String> out = new EnumMap<>(DigestAlgorithm.class);
        for (DigestAlgorithm a : DigestAlgorithm.values()) {
            out.put(a, a.ha1(number, realm, password));
        }
        return out;
    }

    /** Millisecond precision: what the database keeps, so a value reads back equal after a restart. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
