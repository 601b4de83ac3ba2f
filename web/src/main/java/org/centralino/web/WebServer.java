package org.centralino.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson3;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.centralino.core.directory.ExtensionService;
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

    /** The API over {@code services}; routes whose part is absent answer 503 (see {@link WebServices}). */
    public WebServer(WebConfig config, WebServices services) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(services, "services");
        AccountServices accounts = services.accounts();
        ExtensionService extensions = services.extensions();
        JsonMapper mapper = Json.mapper();
        Authenticator authenticator = new Authenticator(accounts.auth(), accounts::scopeOf);
        Auditor audit = new Auditor(accounts.audit(), mapper);
        AuthRoutes authRoutes = new AuthRoutes(accounts, mapper);
        AccountRoutes accountRoutes = new AccountRoutes(accounts, mapper, audit);
        ExtensionRoutes extensionRoutes = new ExtensionRoutes(extensions, mapper, new ExtensionAccess(accounts), audit);
        RegistrationRoutes registrationRoutes = new RegistrationRoutes(services.registrations());
        CdrRoutes cdrRoutes = new CdrRoutes(services.cdr());
        CallRoutes callRoutes = new CallRoutes(services.calls());
        MohRoutes mohRoutes = new MohRoutes(services.music());
        ForwardingRoutes forwardingRoutes = new ForwardingRoutes(services.portal(), mapper, audit);
        HistoryRoutes historyRoutes = new HistoryRoutes(services.portal());
        PhonebookRoutes phonebookRoutes = new PhonebookRoutes(services.phonebooks(), mapper, audit);
        OpenApiRoute openApi = new OpenApiRoute();
        Idempotency idempotent = new Idempotency(services.idempotency());
        this.live = services.live() == null ? null : new LiveApi(services.live(), accounts.auth(), extensions, mapper);
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
