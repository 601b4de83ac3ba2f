package org.centralino.server;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.centralino.core.account.AdminBootstrap;
import org.centralino.core.account.Argon2Params;
import org.centralino.core.account.ApiTokenService;
import org.centralino.core.account.AuthService;
import org.centralino.core.account.LoginGuard;
import org.centralino.core.account.UserService;
import org.centralino.core.audit.AuditLog;
import org.centralino.core.account.BootstrapResult;
import org.centralino.core.account.PasswordHasher;
import org.centralino.core.b2bua.B2bua;
import org.centralino.core.b2bua.B2buaParts;
import org.centralino.core.b2bua.SipLink;
import org.centralino.core.call.CallRecorder;
import org.centralino.core.call.CallRegistry;
import org.centralino.core.cdr.CallRecordWriter;
import org.centralino.core.cdr.CdrService;
import org.centralino.core.directory.Extension;
import org.centralino.core.registrar.ExtensionDigest;
import org.centralino.media.rtp.RtpEngine;
import org.centralino.media.rtp.RtpEngineConfig;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.app.AppServices;
import org.centralino.core.app.Applications;
import org.centralino.core.event.EventBus;
import org.centralino.core.forwarding.ForwardingService;
import org.centralino.core.history.CallHistoryService;
import org.centralino.core.rights.AdminScopeService;
import org.centralino.core.rights.GroupService;
import org.centralino.core.rights.GroupVisibility;
import org.centralino.core.rights.Visibility;
import org.centralino.feature.demo.DemoApplications;
import org.centralino.media.codec.CodecRegistry;
import org.centralino.core.idempotency.IdempotencyService;
import org.centralino.core.idempotency.RequestFingerprints;
import org.centralino.media.clock.MediaClock;
import org.centralino.media.mix.Conferences;
import org.centralino.media.moh.MohLibrary;
import org.centralino.media.prompt.PromptLibrary;
import org.centralino.media.tone.TonePlan;
import org.centralino.core.phonebook.ContactDeletionPruning;
import org.centralino.core.phonebook.PhoneNumbers;
import org.centralino.core.phonebook.PhonebookCallerNames;
import org.centralino.core.phonebook.Phonebooks;
import org.centralino.core.presence.CallParties;
import org.centralino.core.presence.CallStream;
import org.centralino.core.presence.PresenceService;
import org.centralino.core.registrar.LocationService;
import org.centralino.core.registrar.Registrar;
import org.centralino.core.registrar.RegistrarLimits;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.core.settings.RealmPin;
import org.centralino.core.sip.PbxRequestRouter;
import org.centralino.sip.auth.DigestAuthenticator;
import org.centralino.sip.stack.SipStack;
import org.centralino.sip.stack.SipStackConfig;
import org.centralino.sip.transaction.SipTimers;
import org.centralino.store.Database;
import org.centralino.store.DatabaseConfig;
import org.centralino.store.JdbiAccountStore;
import org.centralino.store.JdbiCdrStore;
import org.centralino.store.Ha1KeyFile;
import org.centralino.store.Ha1Sealer;
import org.centralino.store.JdbiAdminScopeStore;
import org.centralino.store.JdbiApiTokenStore;
import org.centralino.store.JdbiAuditStore;
import org.centralino.store.JdbiContactStore;
import org.centralino.store.JdbiExtensionStore;
import org.centralino.store.JdbiGroupStore;
import org.centralino.store.JdbiLoginFailureStore;
import org.centralino.store.JdbiForwardingStore;
import org.centralino.store.JdbiIdempotencyStore;
import org.centralino.store.JdbiSessionStore;
import org.centralino.store.JdbiSettingsStore;
import org.centralino.web.LiveEvents;
import org.centralino.web.WebConfig;
import org.centralino.web.AccountServices;
import org.centralino.web.PortalServices;
import org.centralino.web.WebServer;
import org.centralino.web.WebServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole PBX in one process: database, directory, registrar, SIP stack and web API, started in that order
 * and stopped in reverse. This is the only place that wires components together (DESIGN.md §2 `server`).
 */
public final class Centralino implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Centralino.class);
    /** How often lapsed registrations are swept (reads skip them anyway). */
    static final Duration PURGE_INTERVAL = Duration.ofSeconds(10);
    /** How often deleted contact ids older than {@link ContactDeletionPruning#RETENTION} are forgotten. */
    static final Duration PHONEBOOK_PRUNE_INTERVAL = Duration.ofHours(1);
    static final String SERVER_HEADER = "Centralino/0.1";

    private final ServerConfig config;
    private final Clock clock = Clock.systemUTC();
    private EventBus events;
    private Conferences conferences;
    private Database database;
    private JdbiExtensionStore extensionStore;
    private ExtensionService extensions;
    private LocationService locations;
    private PresenceService presence;
    private CdrService cdr;
    private SipStack sip;
    private CallRegistry calls;
    private RtpEngine rtp;
    private B2bua b2bua;
    private CallRecordWriter recordWriter;
    private WebServer web;
    private MohLibrary music;
    private ScheduledExecutorService housekeeping;

    public Centralino(ServerConfig config) {
        this.config = config;
    }

    /** Starts everything; when any part fails, what was already started is stopped again before it throws. */
    public synchronized Centralino start() throws IOException {
        try {
            startAll();
            return this;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll() throws IOException {
        Files.createDirectories(config.dataDir());
        SecretGenerator secrets = new SecretGenerator(new SecureRandom());
        database = new Database(config.databaseUrl() != null ? DatabaseConfig.of(config.databaseUrl())
            : DatabaseConfig.sqlite(config.dataDir()));
        database.start();
        RealmPin.check(new JdbiSettingsStore(database), config.realm());
        // the one secret kept outside the database (shared by the nodes of a cluster); other keys derive from it
        byte[] serverSecret = Ha1KeyFile.load(config.dataDir(), System.getenv("CENTRALINO_HA1_KEY"));
        extensionStore = new JdbiExtensionStore(database, new Ha1Sealer(serverSecret));
        extensionStore.start();
        events = new EventBus();
        extensions = new ExtensionService(extensionStore, config.realm(), clock, secrets, events);
        if (config.configFile() != null) {
            new Declarations(extensions).apply(config.configFile());
        }
        AccountServices accountServices = startAccounts(secrets);

        locations = new LocationService(clock, events);
        locations.followDirectory(events);
        startCalls(events);
        startPresence(events);
        ForwardingService forwarding = new ForwardingService(new JdbiForwardingStore(database), extensions, clock,
            events);
        forwarding.announceDnd();
        AppServices apps = appServices(events);
        music = apps.music();
        startSip(apps);
        JdbiContactStore contacts = new JdbiContactStore(database, clock);
        web = new WebServer(new WebConfig(config.bind().getHostAddress(), config.httpPort()),
            webServices(accountServices, forwarding, contacts, apps, serverSecret));
        web.start();
        housekeeping = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("housekeeping")
            .daemon().factory());
        housekeeping.scheduleWithFixedDelay(locations::purgeExpired, PURGE_INTERVAL.toMillis(),
            PURGE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        schedulePhonebookPruning(new ContactDeletionPruning(contacts, clock));
        LOG.info("Centralino ready: SIP udp+tcp {}:{}, HTTP {}:{}, data {}, RTP {}", config.bind().getHostAddress(),
            sip.port(), config.bind().getHostAddress(), web.port(), config.dataDir().toAbsolutePath(),
            config.rtpPorts());
    }

    /** Web users, their sessions and tokens, groups, rights, delegated scopes and the audit log. */
    private AccountServices startAccounts(SecretGenerator secrets) {
        PasswordHasher hasher = new PasswordHasher(Argon2Params.OWASP, secrets);
        JdbiAccountStore accounts = new JdbiAccountStore(database);
        announce(new AdminBootstrap(accounts, hasher, secrets, clock).run(config.adminPassword()));
        JdbiSessionStore sessions = new JdbiSessionStore(database);
        JdbiApiTokenStore apiTokens = new JdbiApiTokenStore(database);
        LoginGuard guard = new LoginGuard(new JdbiLoginFailureStore(database), clock);
        AuthService auth = new AuthService(accounts, sessions, apiTokens, guard, hasher, secrets, clock,
            AuthService.DEFAULT_TOKEN_LIFETIME, events);
        JdbiAdminScopeStore scopeStore = new JdbiAdminScopeStore(database);
        JdbiGroupStore groupStore = new JdbiGroupStore(database);
        GroupVisibility visibility = new GroupVisibility(groupStore, scopeStore, clock, events);
        UserService users = new UserService(accounts, sessions, extensionStore, hasher, guard, clock, events);
        users.followDirectory(events);
        return new AccountServices(auth, users, new AdminScopeService(scopeStore, accounts, events),
            new GroupService(groupStore, extensionStore, secrets, clock, events),
            new ApiTokenService(apiTokens, secrets, clock),
            new AuditLog(new JdbiAuditStore(database), secrets, clock), visibility, clock);
    }

    /** What the HTTP API serves, all under the accounts' rights ({@code GroupVisibility}). */
    private WebServices webServices(AccountServices accounts, ForwardingService forwarding, JdbiContactStore contacts,
                                    AppServices apps, byte[] serverSecret) {
        Visibility visibility = accounts.visibility();
        Phonebooks phonebooks = Phonebooks.create(contacts, extensions, visibility,
            number -> presence.of(number).wireName(), events, clock, PhoneNumbers.italy());
        return WebServices.of(extensions, locations, accounts).withCdr(cdr).withCalls(calls)
            .withMusic(apps.music()) // the library calls play, so an uploaded file is heard on the next hold
            .withPortal(new PortalServices(forwarding, new CallHistoryService(cdr,
                new PhonebookCallerNames(phonebooks, PhoneNumbers.italy())), extensions, visibility))
            .withIdempotency(new IdempotencyService(new JdbiIdempotencyStore(database), clock,
                RequestFingerprints.derivedFrom(serverSecret)))
            .withLive(LiveEvents.of(events, presence).withVisibility(visibility))
            .withPhonebooks(phonebooks);
    }

    /**
     * Hourly on the housekeeping thread; a failure is logged and the next run tries again (an exception escaping a
     * fixed-delay task would cancel it for good).
     */
    private void schedulePhonebookPruning(ContactDeletionPruning pruning) {
        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                int pruned = pruning.prune();
                LOG.debug("forgot {} phonebook deletions older than {}", pruned, ContactDeletionPruning.RETENTION);
            } catch (RuntimeException e) {
                LOG.warn("cannot prune the phonebook deletions; retrying in {}", PHONEBOOK_PRUNE_INTERVAL, e);
            }
        }, PHONEBOOK_PRUNE_INTERVAL.toMillis(), PHONEBOOK_PRUNE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Presence from registrations, calls and DND, and the calls as the browsers see them; before SIP starts, so the
     * first REGISTER already counts. (The forwarding feature publishes a DndChanged per extension with DND on.)
     */
    private void startPresence(EventBus events) {
        CallParties parties = new CallParties(calls, locations);
        presence = new PresenceService(parties);
        presence.subscribe(events);
        new CallStream(parties, number -> extensions.find(number).map(Extension::name).orElse(null))
            .subscribe(events);
    }

    /** What calls need before SIP takes the first one: records, the registry, the RTP relay. */
    private void startCalls(EventBus events) throws IOException {
        cdr = new CdrService(new JdbiCdrStore(database), events);
        calls = new CallRegistry(clock, events);
        recordWriter = new CallRecordWriter(cdr);
        // the B2BUA publishes every call's media quality right after its Ended: records wait for it
        CallRecorder.withQuality(number -> extensions.find(number).map(Extension::name).orElse(null),
            recordWriter::submit).subscribe(events);
        rtp = new RtpEngine(RtpEngineConfig.defaults(config.bind()).withPorts(config.rtpPorts())
            .withRtpTimeout(config.rtpTimeout()).withOneWayAudioAfter(config.oneWayAudioAfter()), clock);
        rtp.start();
    }

    private void startSip(AppServices apps) throws IOException {
        sip = new SipStack(new SipStackConfig(config.bind(), config.sipPort(), SipStackConfig.defaultLanes(),
            SipTimers.RFC3261, SERVER_HEADER));
        Registrar.ResponseFactory responses = (request, status, reason) ->
            sip.transactions().response(request, status, reason);
        ExtensionDigest digest = new ExtensionDigest(extensionStore, DigestAuthenticator.create(config.realm(), clock),
            clock);
        Registrar registrar = new Registrar(digest, locations, RegistrarLimits.DEFAULT, responses, clock);
        B2bua b2bua = new B2bua(new B2buaParts(new SipLink(sip, config.bind()), extensionStore, locations, digest,
            calls, rtp, CodecRegistry.detect(), DemoApplications.register(new Applications()), apps,
            config.realm()));
        sip.start(new PbxRequestRouter(registrar, b2bua, responses));
        this.b2bua = b2bua;
    }

    /** What applications use: prompts and music on hold with the administrator's files under the data directory. */
    private AppServices appServices(EventBus events) throws IOException {
        Path data = config.dataDir();
        conferences = new Conferences(MediaClock.system("conferences"));
        return new AppServices(new PromptLibrary(data.resolve("prompts")), new MohLibrary(data.resolve("moh")),
            conferences,
            TonePlan.of(config.tonePlan()), events, clock.withZone(java.time.ZoneId.systemDefault()), config.language(), data.resolve("recordings"));
    }

    private static void announce(BootstrapResult result) {
        switch (result) {
            case BootstrapResult.AlreadyInitialised a -> {
            }
            case BootstrapResult.CreatedWithGivenPassword c ->
                LOG.info("created administrator '{}' with the password from CENTRALINO_ADMIN_PASSWORD", c.username());
            case BootstrapResult.CreatedWithGeneratedPassword g -> LOG.warn(
                "created administrator '{}' with the generated password {} — it is shown only this once",
                g.username(), g.password());
        }
    }

    /** The conference rooms (tests look at who is in them). */
    public Conferences conferences() {
        return conferences;
    }

    /** The in-process event bus (tests subscribe to what the PBX publishes). */
    public EventBus events() {
        return events;
    }

    /** The music-on-hold classes calls play and the HTTP API manages (tests check that they are one). */
    public MohLibrary music() {
        return music;
    }

    public int sipPort() {
        return sip.port();
    }

    public int httpPort() {
        return web.port();
    }

    /** The presence of every extension (what {@code GET /api/v1/presence} and the event stream show). */
    public PresenceService presence() {
        return presence;
    }

    public LocationService locations() {
        return locations;
    }

    public ExtensionService extensions() {
        return extensions;
    }

    /** The active calls (what {@code GET /api/v1/calls} lists). */
    public CallRegistry calls() {
        return calls;
    }

    public RtpEngine rtp() {
        return rtp;
    }

    public B2bua b2bua() {
        return b2bua;
    }

    public SipStack sip() {
        return sip;
    }

    @Override
    public synchronized void close() {
        if (housekeeping != null) {
            housekeeping.shutdownNow();
        }
        if (web != null) {
            web.stop();
        }
        if (sip != null) {
            sip.close();
        }
        if (rtp != null) {
            rtp.stop();
        }
        if (conferences != null) {
            conferences.close();
        }
        if (recordWriter != null) {
            recordWriter.close(); // stores the records of the calls that just ended
        }
        if (extensionStore != null) {
            extensionStore.stop();
        }
        if (database != null) {
            database.stop();
        }
    }
}
