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
import org.centralino.store.JdbiExtensionStore;
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
    final JdbiAccountStore accounts;
    final GroupVisibility visibility;
    final ExtensionService extensionService;
    final WebServer web;

    TestServer(Path dir) {
        this(dir, null);
    }

    /** @param music the music-on-hold library /api/v1/moh manages; null leaves it answering 503 */
    TestServer(Path dir, MohLibrary music) {
        db = new Database(DatabaseConfig.sqlite(dir));
        db.start();
        extensions = new JdbiExtensionStore(db, new org.centralino.store.Ha1Sealer(new byte[32]));
        extensions.start();
        SecretGenerator secrets = new SecretGenerator(new SecureRandom());
        PasswordHasher hasher = new PasswordHasher(new Argon2Params(1024, 1, 1), secrets);
        accounts = new JdbiAccountStore(db);
        new AdminBootstrap(accounts, hasher, secrets, Clock.systemUTC()).run(ADMIN_PASSWORD);
        JdbiSessionStore sessions = new JdbiSessionStore(db);
        JdbiApiTokenStore tokens = new JdbiApiTokenStore(db);
        auth = new AuthService(accounts, sessions, tokens,
            new LoginGuard(new JdbiLoginFailureStore(db), clock), hasher, secrets, clock,
            AuthService.DEFAULT_TOKEN_LIFETIME);
        extensionService = new ExtensionService(extensions, REALM, Clock.systemUTC(), secrets, events);
        cdr = new CdrService(new JdbiCdrStore(db), events);
        JdbiAdminScopeStore scopeStore = new JdbiAdminScopeStore(db);
        JdbiGroupStore groupStore = new JdbiGroupStore(db);
        visibility = new GroupVisibility(groupStore, scopeStore, clock, events);
        AccountServices accountServices = new AccountServices(auth,
            new UserService(accounts, sessions, extensions, hasher, clock, events),
            new AdminScopeService(scopeStore, accounts, events),
            new GroupService(groupStore, extensions, secrets, clock, events),
            new ApiTokenService(tokens, secrets, clock),
            new AuditLog(new JdbiAuditStore(db), secrets, clock), visibility, clock);
        web = new WebServer(new WebConfig("127.0.0.1", 0), extensionService, registrations, cdr, calls, music,
            accountServices);
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
