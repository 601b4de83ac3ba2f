package org.centralino.web;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.centralino.core.account.AdminBootstrap;
import org.centralino.core.account.ApiTokenService;
import org.centralino.core.account.LoginGuard;
import org.centralino.core.account.UserService;
import org.centralino.core.audit.AuditLog;
import org.centralino.core.rights.AdminScopeService;
import org.centralino.core.rights.GroupService;
import org.centralino.core.rights.GroupVisibility;
import org.centralino.core.account.Argon2Params;
import org.centralino.core.account.AuthService;
import org.centralino.core.account.PasswordHasher;
import org.centralino.core.call.CallRegistry;
import org.centralino.core.cdr.CdrService;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.event.EventBus;
import org.centralino.core.phonebook.PhoneNumbers;
import org.centralino.core.phonebook.PhonebookCallerNames;
import org.centralino.core.phonebook.Phonebooks;
import org.centralino.core.presence.CallParties;
import org.centralino.core.presence.CallStream;
import org.centralino.core.presence.PresenceService;
import org.centralino.core.registrar.LocationService;
import org.centralino.core.forwarding.ForwardingService;
import org.centralino.core.history.CallHistoryService;
import org.centralino.core.idempotency.IdempotencyService;
import org.centralino.core.idempotency.RequestFingerprints;
import org.centralino.core.rights.Visibility;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.media.moh.MohLibrary;
import org.centralino.store.Database;
import org.centralino.store.DatabaseConfig;
import org.centralino.store.JdbiAccountStore;
import org.centralino.store.JdbiAdminScopeStore;
import org.centralino.store.JdbiApiTokenStore;
import org.centralino.store.JdbiAuditStore;
import org.centralino.store.JdbiGroupStore;
import org.centralino.store.JdbiLoginFailureStore;
import org.centralino.store.JdbiCdrStore;
import org.centralino.store.JdbiContactStore;
import org.centralino.store.JdbiExtensionStore;
import org.centralino.store.JdbiForwardingStore;
import org.centralino.store.JdbiIdempotencyStore;
import org.centralino.store.JdbiSessionStore;

/**
 * The real stack on a SQLite file in {@code dir}: database, stores, services and the web server on a free
 * port, wired as the server module will. Argon2 is cheapened so the tests stay fast.
 */
final class TestServer implements AutoCloseable {
    static final String REALM = "pbx.test";
    static final String ADMIN_PASSWORD = "admin-password-for-tests";

    final Database db;
    final JdbiExtensionStore extensions;
    final FakeRegistrations registrations = new FakeRegistrations();
    final EventBus events = new EventBus();
    final CdrService cdr;
    final CallRegistry calls = new CallRegistry(Clock.systemUTC(), events);
    final AuthService auth;
    /** The clock of login, lock-out, tokens, users and the audit log: tests move it to expire locks and tokens. */
    final TestClock clock = new TestClock();
    /** The rights from the groups and scopes (slice A), whether or not a test stands in for them. */
    final GroupVisibility groups;
    /** The rights the API asks: {@link #groups}, or the stand-in a test gave. */
    final Visibility visibility;
    final ExtensionService extensionService;
    /** Real registrations for presence and the event stream (the /registrations API reads the fake ones). */
    final LocationService locations = new LocationService(Clock.systemUTC(), events);
    final PresenceService presence = new PresenceService(new CallParties(calls, locations));
    final JdbiAccountStore accounts;
    final PasswordHasher hasher;
    final ForwardingService forwarding;
    final Phonebooks phonebooks;
    /** Extension states the Internal phonebook shows instead of the presence service's (a test sets them). */
    final java.util.Map<String, String> presenceOverride = new java.util.concurrent.ConcurrentHashMap<>();
    /** The Idempotency-Key fingerprints, under a fixed key (the server derives its own from the HA1 key file). */
    final RequestFingerprints fingerprints = RequestFingerprints.derivedFrom(new byte[32]);
    final WebServer web;

    TestServer(Path dir) {
        this(dir, null);
    }

    /** @param music the music-on-hold library /api/v1/moh manages; null leaves it answering 503 */
    TestServer(Path dir, MohLibrary music) {
        this(dir, music, null);
    }

    /** @param visibility the rights the API asks; null: the groups and scopes (a test may stand in for them) */
    TestServer(Path dir, MohLibrary music, Visibility visibility) {
        this(dir, music, visibility, StreamLimits.DEFAULT);
    }

    /** @param limits the event stream's limits (tests of slow clients and retention make them small) */
    TestServer(Path dir, MohLibrary music, Visibility visibility, StreamLimits limits) {
        db = new Database(DatabaseConfig.sqlite(dir));
        db.start();
        extensions = new JdbiExtensionStore(db, new org.centralino.store.Ha1Sealer(new byte[32]));
        extensions.start();
        SecretGenerator secrets = new SecretGenerator(new SecureRandom());
        hasher = new PasswordHasher(new Argon2Params(1024, 1, 1), secrets);
        accounts = new JdbiAccountStore(db);
        new AdminBootstrap(accounts, hasher, secrets, Clock.systemUTC()).run(ADMIN_PASSWORD);
        JdbiSessionStore sessions = new JdbiSessionStore(db);
        JdbiApiTokenStore tokens = new JdbiApiTokenStore(db);
        LoginGuard guard = new LoginGuard(new JdbiLoginFailureStore(db), clock);
        auth = new AuthService(accounts, sessions, tokens,
            guard, hasher, secrets, clock,
            AuthService.DEFAULT_TOKEN_LIFETIME, events);
        extensionService = new ExtensionService(extensions, REALM, Clock.systemUTC(), secrets, events);
        cdr = new CdrService(new JdbiCdrStore(db), events);
        JdbiAdminScopeStore scopeStore = new JdbiAdminScopeStore(db);
        JdbiGroupStore groupStore = new JdbiGroupStore(db);
        groups = new GroupVisibility(groupStore, scopeStore, clock, events);
        this.visibility = visibility != null ? visibility : groups;
        UserService users = new UserService(accounts, sessions, extensions, hasher, guard, clock, events);
        users.followDirectory(events);
        AccountServices accountServices = new AccountServices(auth, users,
            new AdminScopeService(scopeStore, accounts, events),
            new GroupService(groupStore, extensions, secrets, clock, events),
            new ApiTokenService(tokens, secrets, clock),
            new AuditLog(new JdbiAuditStore(db), secrets, clock), this.visibility, clock);
        forwarding = new ForwardingService(new JdbiForwardingStore(db), extensionService, Clock.systemUTC(), events);
        presence.subscribe(events);
        new CallStream(new CallParties(calls, locations),
            n -> extensionService.find(n).map(org.centralino.core.directory.Extension::name).orElse(null))
            .subscribe(events);
        phonebooks = Phonebooks.create(new JdbiContactStore(db), extensionService, this.visibility,
            n -> presenceOverride.getOrDefault(n, presence.of(n).wireName()), events, Clock.systemUTC(),
            PhoneNumbers.italy());
        // The history names callers as the server does: seed 004 lookup order over the phonebooks, per viewer.
        PortalServices portal = new PortalServices(forwarding, new CallHistoryService(cdr,
            new PhonebookCallerNames(phonebooks, PhoneNumbers.italy())), extensionService, this.visibility);
        web = new WebServer(new WebConfig("127.0.0.1", 0), WebServices.of(extensionService, registrations,
                accountServices).withCdr(cdr).withCalls(calls).withMusic(music).withPortal(portal)
            .withIdempotency(new IdempotencyService(new JdbiIdempotencyStore(db), Clock.systemUTC(),
                fingerprints))
            .withLive(LiveEvents.of(events, presence).withVisibility(this.visibility).withLimits(limits))
            .withPhonebooks(phonebooks));
        web.start();
    }

    Api api() {
        return new Api(web.port());
    }

    @Override
    public void close() {
        web.stop();
        extensions.stop();
        db.stop();
    }
}
