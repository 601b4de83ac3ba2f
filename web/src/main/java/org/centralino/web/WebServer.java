package org.centralino.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson3;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.centralino.core.account.AuthService;
import org.centralino.core.call.CallRegistry;
import org.centralino.core.cdr.CdrService;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.phonebook.Phonebooks;
import org.centralino.core.idempotency.IdempotencyService;
import org.centralino.core.registrar.Registrations;
import org.centralino.media.moh.MohLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP API (DESIGN §2 Interfaces): Javalin 7 on Jetty 12, each request on a virtual thread.
 * Routes are declared up front; every error answer is JSON ({@link ApiError}).
 */
public final class WebServer {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    /**
     * Largest request body read whole (bytes); JSON commands are small. Uploads are streamed under their own limit
     * ({@link MohRoutes#MAX_UPLOAD_BYTES}): Javalin applies this one to bodies it buffers, not to a body stream.
     */
    static final long MAX_REQUEST_BYTES = 1024 * 1024;

    private final WebConfig config;
    private final Javalin app;
    private final LiveApi live;

    /**
     * A server without call records and active calls: {@code /api/v1/cdr} and {@code /api/v1/calls} answer 503.
     * Kept so that callers written before those existed compile; prefer {@link #WebServer(WebConfig,
     * ExtensionService, Registrations, AuthService, CdrService, CallRegistry)}.
     */
    public WebServer(WebConfig config, ExtensionService extensions, Registrations registrations, AuthService auth) {
        this(config, extensions, registrations, auth, null, null);
    }

    /** A server without active calls: {@code /api/v1/calls} answers 503 (see the six-argument constructor). */
    public WebServer(WebConfig config, ExtensionService extensions, Registrations registrations, AuthService auth,
                     CdrService cdr) {
        this(config, extensions, registrations, auth, cdr, null);
    }

    /** A server without music on hold: {@code /api/v1/moh} answers 503 (see the seven-argument constructor). */
    public WebServer(WebConfig config, ExtensionService extensions, Registrations registrations, AuthService auth,
                     CdrService cdr, CallRegistry calls) {
        this(config, extensions, registrations, auth, cdr, calls, null);
    }

    /** A server without the user portal: forwarding and call history answer 503 (see the eight-argument one). */
    public WebServer(WebConfig config, ExtensionService extensions, Registrations registrations, AuthService auth,
                     CdrService cdr, CallRegistry calls, MohLibrary music) {
        this(config, extensions, registrations, auth, cdr, calls, music, null);
    }

    /** A server that ignores Idempotency-Key (see the nine-argument constructor). */
    public WebServer(WebConfig config, ExtensionService extensions, Registrations registrations, AuthService auth,
                     CdrService cdr, CallRegistry calls, MohLibrary music, PortalServices portal) {
        this(config, extensions, registrations, auth, cdr, calls, music, portal, null);
    }

    /**
     * @param cdr         the call records service; null leaves {@code /api/v1/cdr} answering 503
     * @param calls       the active calls; null leaves {@code /api/v1/calls} answering 503
     * @param music       the music-on-hold classes calls play (the server's, so an upload is what callers hear
     *                    next); null leaves {@code /api/v1/moh} answering 503
     * @param portal      DND, forwarding and call history with the rights that guard them; null leaves
     *                    {@code /api/v1/me/forwarding}, {@code /api/v1/extensions/{number}/forwarding} and
     *                    {@code /api/v1/me/calls} answering 503
     * @param idempotency where the answers to POSTs with an Idempotency-Key are kept; null ignores the header
     */
    public WebServer(WebConfig config, ExtensionService extensions, Registrations registrations, AuthService auth,
                     CdrService cdr, CallRegistry calls, MohLibrary music, PortalServices portal,
                     IdempotencyService idempotency) {
        this(config, extensions, registrations, auth, cdr, calls, music, portal, idempotency, null);
    }

    /**
     * As the nine-argument constructor, with the live part of the API.
     *
     * @param live the event stream and presence; null leaves {@code GET /api/v1/presence} answering 503 and
     *             {@code /api/v1/events} closing each connection with 1011
     */
    public WebServer(WebConfig config, ExtensionService extensions, Registrations registrations, AuthService auth,
                     CdrService cdr, CallRegistry calls, MohLibrary music, PortalServices portal,
                     IdempotencyService idempotency, LiveEvents live) {
        this(config, extensions, registrations, cdr, calls, music, portal, idempotency, live,
            AccountServices.authOnly(Objects.requireNonNull(auth, "auth")));
    }

    /**
     * The whole API. Without {@code accounts}' user, group, scope, token and audit services (see
     * {@link AccountServices#authOnly}) those routes answer 503 and rights come from the role alone.
     *
     * @param cdr         the call records service; null leaves {@code /api/v1/cdr} answering 503
     * @param calls       the active calls; null leaves {@code /api/v1/calls} answering 503
     * @param music       the music-on-hold classes calls play; null leaves {@code /api/v1/moh} answering 503
     * @param portal      DND, forwarding and call history; null leaves their routes answering 503
     * @param idempotency where the answers to POSTs with an Idempotency-Key are kept; null ignores the header
     * @param live        the event stream and presence; null leaves them unavailable
     * @param accounts    login, users, groups, scopes, API tokens, the audit log and the rights
     */
    public WebServer(WebConfig config, ExtensionService extensions, Registrations registrations, CdrService cdr,
                     CallRegistry calls, MohLibrary music, PortalServices portal, IdempotencyService idempotency,
                     LiveEvents live, AccountServices accounts) {
        this(config, extensions, registrations, cdr, calls, music, portal, idempotency, live, accounts, null);
    }

    /**
     * The whole API with the phonebooks (issue 5 slice D).
     *
     * @param phonebooks the shared and personal phonebooks, search and caller lookup; null leaves
     *                   {@code /api/v1/phonebook/...} and {@code /api/v1/contacts} answering 503
     */
    public WebServer(WebConfig config, ExtensionService extensions, Registrations registrations, CdrService cdr,
                     CallRegistry calls, MohLibrary music, PortalServices portal, IdempotencyService idempotency,
                     LiveEvents live, AccountServices accounts, Phonebooks phonebooks) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(accounts, "accounts");
        JsonMapper mapper = Json.mapper();
        Authenticator authenticator = new Authenticator(accounts.auth(), accounts::scopeOf);
        Auditor audit = new Auditor(accounts.audit(), mapper);
        AuthRoutes authRoutes = new AuthRoutes(accounts, mapper);
        AccountRoutes accountRoutes = new AccountRoutes(accounts, mapper, audit);
        ExtensionRoutes extensionRoutes = new ExtensionRoutes(Objects.requireNonNull(extensions, "extensions"), mapper,
            new ExtensionAccess(accounts), audit);
        RegistrationRoutes registrationRoutes = new RegistrationRoutes(
            Objects.requireNonNull(registrations, "registrations"));
        CdrRoutes cdrRoutes = new CdrRoutes(cdr);
        CallRoutes callRoutes = new CallRoutes(calls);
        MohRoutes mohRoutes = new MohRoutes(music);
        ForwardingRoutes forwardingRoutes = new ForwardingRoutes(portal, mapper);
        HistoryRoutes historyRoutes = new HistoryRoutes(portal);
        PhonebookRoutes phonebookRoutes = new PhonebookRoutes(phonebooks, mapper);
        OpenApiRoute openApi = new OpenApiRoute();
        Idempotency idempotent = new Idempotency(idempotency);
        this.live = live == null ? null : new LiveApi(live, accounts.auth(), extensions, mapper);
        this.app = Javalin.create(cfg -> {
            configure(cfg, mapper);
            cfg.routes.beforeMatched(authenticator::check);
            ErrorMapping.register(cfg.routes);
            idempotent.register(cfg.routes); // after the authentication: keys are kept per user
            authRoutes.register(cfg.routes);
            accountRoutes.register(cfg.routes);
            extensionRoutes.register(cfg.routes);
            registrationRoutes.register(cfg.routes);
            cdrRoutes.register(cfg.routes);
            callRoutes.register(cfg.routes);
            mohRoutes.register(cfg.routes);
            forwardingRoutes.register(cfg.routes);
            historyRoutes.register(cfg.routes);
            phonebookRoutes.register(cfg.routes);
            LiveApi.register(this.live, cfg.routes);
            openApi.register(cfg.routes);
        });
    }

    private static void configure(JavalinConfig cfg, JsonMapper mapper) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.concurrency.useVirtualThreads = true;
        cfg.http.prefer405over404 = true;
        cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
        cfg.jsonMapper(new JavalinJackson3(mapper, true));
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyJsonErrorHandler(mapper)));
        WebUi.register(cfg.staticFiles);
    }

    /** Binds the port and starts serving; throws when the port is taken. */
    public synchronized void start() {
        app.start(config.host(), config.port());
        log.info("HTTP API listening on {}:{}", config.host(), port());
    }

    /** Stops accepting, finishes requests in flight, closes the port. */
    public synchronized void stop() {
        app.stop();
    }

    /** The bound port: the configured one, or the one picked when configured as 0. */
    public int port() {
        return app.port();
    }

    /** The event journal and stream (tests look at their readers); null when built without live events. */
    LiveApi live() {
        return live;
    }

    /** Every HTTP route as "METHOD /path", for the OpenAPI coverage check. */
    Set<String> routes() {
        Set<String> out = new TreeSet<>();
        app.unsafe.internalRouter.allHttpHandlers().forEach(p -> {
            if (p.endpoint.method.isHttpMethod()) {
                out.add(p.endpoint.method.name() + " " + p.endpoint.path);
            }
        });
        return out;
    }
}
