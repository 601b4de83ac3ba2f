package org.centralino.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.centralino.core.account.AdminBootstrap;
import org.centralino.core.account.Argon2Params;
import org.centralino.core.account.AuthService;
import org.centralino.core.account.PasswordHasher;
import org.centralino.core.call.CallRegistry;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.event.EventBus;
import org.centralino.core.presence.CallParties;
import org.centralino.core.presence.DndChanged;
import org.centralino.core.presence.PresenceService;
import org.centralino.core.registrar.Binding;
import org.centralino.core.registrar.LocationService;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.store.Database;
import org.centralino.store.DatabaseConfig;
import org.centralino.store.Ha1Sealer;
import org.centralino.store.JdbiAccountStore;
import org.centralino.store.JdbiExtensionStore;
import org.centralino.store.JdbiSessionStore;
import org.centralino.web.AccountServices;
import org.centralino.web.LiveEvents;
import org.centralino.web.WebConfig;
import org.centralino.web.WebServer;
import org.centralino.web.WebServices;

/**
 * Event fan-out (issue 5 "Benchmark"): the real web server with {@code C} WebSocket clients on
 * {@code /api/v1/events}; a state change is a DND toggle published on the bus, which presence turns into a
 * {@code presence.changed} that every client may see. Measures, per change, the time from the publish to the
 * first and to the last client receiving it (one change at a time: no queueing), then a burst of changes sent
 * back to back. Clients are JDK WebSockets in the same JVM (one clock), so their cost is on the same cores.
 * Every loop is bounded in count and time.
 *
 * <p>usage: {@code java -cp benchmarks.jar org.centralino.benchmarks.EventFanOutBenchmark [clients] [changes]
 * [warmup] [burst]} (defaults 200, 1000, 300, 2000)
 */
public final class EventFanOutBenchmark {
    private static final String PASSWORD = "bench-admin-password";
    private static final long CHANGE_TIMEOUT_SECONDS = 10;
    private static final Duration DEADLINE = Duration.ofMinutes(10);

    private final int clients;
    private final List<Client> connected = new ArrayList<>();
    private volatile CountDownLatch arrived = new CountDownLatch(0);
    private volatile long publishedAt;
    private final AtomicLong firstAt = new AtomicLong();

    private EventFanOutBenchmark(int clients) {
        this.clients = clients;
    }

    /** One WebSocket client: counts presence changes, notes the time of each arrival. */
    private final class Client implements WebSocket.Listener {
        long lastLatency;
        long received;
        final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket ws) {
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                if (partial.indexOf("\"presence.changed\"") >= 0) {
                    long now = System.nanoTime();
                    lastLatency = now - publishedAt;
                    received++;
                    firstAt.compareAndExchange(0, now);
                    arrived.countDown();
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    public static void main(String[] args) throws Exception {
        int clients = arg(args, 0, 200);
        int changes = arg(args, 1, 1_000);
        int warmup = arg(args, 2, 300);
        int burst = arg(args, 3, 2_000);
        new EventFanOutBenchmark(clients).run(changes, warmup, burst);
        System.exit(0);
    }

    private static int arg(String[] args, int i, int dflt) {
        return args.length > i ? Integer.parseInt(args[i]) : dflt;
    }

    private void run(int changes, int warmup, int burst) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        Path dir = Files.createTempDirectory("centralino-fanout");
        Database db = new Database(DatabaseConfig.sqlite(dir));
        db.start();
        JdbiExtensionStore extensions = new JdbiExtensionStore(db, new Ha1Sealer(new byte[32]));
        extensions.start();
        SecretGenerator secrets = new SecretGenerator(new SecureRandom());
        PasswordHasher hasher = new PasswordHasher(new Argon2Params(1024, 1, 1), secrets);
        JdbiAccountStore accounts = new JdbiAccountStore(db);
        Clock clock = Clock.systemUTC();
        new AdminBootstrap(accounts, hasher, secrets, clock).run(PASSWORD);
        AuthService auth = new AuthService(accounts, new JdbiSessionStore(db), hasher, secrets, clock,
            AuthService.DEFAULT_TOKEN_LIFETIME);
        EventBus bus = new EventBus();
        ExtensionService directory = new ExtensionService(extensions, "bench", clock, secrets, bus);
        CallRegistry calls = new CallRegistry(clock, bus);
        LocationService locations = new LocationService(clock, bus);
        PresenceService presence = new PresenceService(new CallParties(calls, locations));
        presence.subscribe(bus);
        WebServer web = new WebServer(new WebConfig("127.0.0.1", 0), WebServices.of(directory, locations,
            AccountServices.authOnly(auth)).withCalls(calls).withLive(LiveEvents.of(bus, presence)));
        web.start();
        locations.update("1001", m -> m.put("sip:1001@127.0.0.1", new Binding("1001", "sip:1001@127.0.0.1",
            "udp:127.0.0.1:5062", Instant.now().plusSeconds(3600), "cid", 1, "bench", 1000, Instant.now())));
        String token = auth.login("admin", PASSWORD).orElseThrow().token();

        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("ws://127.0.0.1:" + web.port() + "/api/v1/events?access_token=" + token);
        for (int i = 0; i < clients; i++) {
            Client c = new Client();
            http.newWebSocketBuilder().buildAsync(uri, c).get(10, TimeUnit.SECONDS);
            connected.add(c);
        }
        Thread.sleep(500); // every client has its hello and its writer waiting

        boolean[] dnd = {false};
        oneAtATime(bus, dnd, warmup, deadline);
        long[][] measured = oneAtATime(bus, dnd, changes, deadline);
        long burstNanos = burst(bus, dnd, burst, deadline);
        report(changes, warmup, measured[0], measured[1], burst, burstNanos);
        web.stop();
        extensions.stop();
        db.stop();
    }

    /** {@code n} changes, each after the previous one reached every client; per change: first, last latency. */
    private long[][] oneAtATime(EventBus bus, boolean[] dnd, int n, Instant deadline) throws InterruptedException {
        long[] first = new long[n];
        long[] last = new long[n];
        for (int i = 0; i < n && Instant.now().isBefore(deadline); i++) {
            CountDownLatch latch = new CountDownLatch(clients);
            arrived = latch;
            firstAt.set(0);
            dnd[0] = !dnd[0];
            publishedAt = System.nanoTime();
            bus.publish(new DndChanged("1001", dnd[0]));
            if (!latch.await(CHANGE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("change " + i + " reached only " + (clients - latch.getCount())
                    + " of " + clients + " clients in " + CHANGE_TIMEOUT_SECONDS + " s");
            }
            first[i] = firstAt.get() - publishedAt;
            last[i] = connected.stream().mapToLong(c -> c.lastLatency).max().orElseThrow();
        }
        return new long[][] {first, last};
    }

    /** {@code n} changes back to back; the time until every client has all of them. */
    private long burst(EventBus bus, boolean[] dnd, int n, Instant deadline) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(clients * n);
        arrived = latch;
        long start = System.nanoTime();
        publishedAt = start;
        for (int i = 0; i < n; i++) {
            dnd[0] = !dnd[0];
            bus.publish(new DndChanged("1001", dnd[0]));
        }
        long wait = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
        if (!latch.await(Math.min(wait, 60_000), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the burst reached " + (clients * (long) n - latch.getCount())
                + " of " + clients * (long) n + " deliveries in time");
        }
        return System.nanoTime() - start;
    }

    private void report(int changes, int warmup, long[] first, long[] last, int burst, long burstNanos) {
        System.out.printf("clients: %d; changes measured: %d one at a time after %d unrecorded%n", clients,
            changes, warmup);
        System.out.println();
        System.out.println("| from the publish to | p50 | p90 | p99 | max |");
        System.out.println("|---|---:|---:|---:|---:|");
        row("the first client", first);
        row("the last client (fan-out)", last);
        System.out.println();
        double seconds = burstNanos / 1e9;
        System.out.printf("burst: %d changes back to back reached all %d clients in %.3f s: %.0f changes/s, "
            + "%.0f messages/s delivered%n", burst, clients, seconds, burst / seconds, burst * (double) clients
            / seconds);
    }

    private static void row(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("| %s | %s | %s | %s | %s |%n", what, ms(pct(s, 50)), ms(pct(s, 90)), ms(pct(s, 99)),
            ms(s[s.length - 1]));
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String ms(long nanos) {
        return String.format("%.3f ms", nanos / 1e6);
    }
}
