package org.centralino.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import org.centralino.core.account.Argon2Params;
import org.centralino.core.account.AuthService;
import org.centralino.core.account.PasswordHasher;
import org.centralino.core.account.Role;
import org.centralino.core.account.UserAccount;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.directory.NewExtension;
import org.centralino.core.event.EventBus;
import org.centralino.core.phonebook.Contact;
import org.centralino.core.phonebook.ContactFields;
import org.centralino.core.phonebook.ContactVisibility;
import org.centralino.core.phonebook.PhoneNumbers;
import org.centralino.core.phonebook.Phonebooks;
import org.centralino.core.rights.Visibility;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.store.Database;
import org.centralino.store.DatabaseConfig;
import org.centralino.store.Ha1Sealer;
import org.centralino.store.JdbiAccountStore;
import org.centralino.store.JdbiContactStore;
import org.centralino.store.JdbiExtensionStore;
import org.centralino.store.JdbiSessionStore;
import org.centralino.web.AccountServices;
import org.centralino.web.WebConfig;
import org.centralino.web.WebServer;
import org.centralino.web.WebServices;

/**
 * Directory search latency (issue 5 "Benchmark"): 1,000 extensions and 50,000 contacts (40,000 shared, 10,000
 * personal of 200 users, a third of them public) of realistic Italian data, on SQLite (default) or PostgreSQL
 * ({@code -Dpg=<jdbc url>}); then p50/p90/p99 of many queries of each kind, through the service and through HTTP
 * ({@code GET /api/v1/phonebook/search}, one keep-alive client), plus caller lookups, the cold index load and the
 * first search after a write (delta sync). Bounded: a few minutes on two cores. Prints markdown.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.centralino.benchmarks.PhonebookSearchBench}
 * (or {@code bench/phonebook.sh}); {@code -Dqueries=N} per kind (service), {@code -DhttpQueries=N} per kind (HTTP).
 */
public final class PhonebookSearchBench {
    static final int EXTENSIONS = Integer.getInteger("extensions", 1000);
    static final int CONTACTS = Integer.getInteger("contacts", 50_000);
    static final int USERS = 200;
    static final int QUERIES = Integer.getInteger("queries", 2000);
    static final int HTTP_QUERIES = Integer.getInteger("httpQueries", 500);
    static final int WARMUP = 300;

    private PhonebookSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        String pg = System.getProperty("pg");
        Path dir = Files.createTempDirectory("phonebook-bench");
        Database db = new Database(pg != null ? DatabaseConfig.of(pg) : DatabaseConfig.sqlite(dir));
        db.start();
        Clock clock = Clock.systemUTC();
        EventBus events = new EventBus();
        SecretGenerator secrets = new SecretGenerator(new SecureRandom());
        JdbiExtensionStore extensionStore = new JdbiExtensionStore(db, new Ha1Sealer(new byte[32]));
        extensionStore.start();
        ExtensionService extensions = new ExtensionService(extensionStore, "bench", clock, secrets, events);
        JdbiContactStore contacts = new JdbiContactStore(db);
        ItalianDirectory data = new ItalianDirectory(20261122L);
        StringBuilder out = new StringBuilder();
        long t0 = System.nanoTime();
        List<Contact> seeded = seed(extensions, contacts, data);
        long seedMs = (System.nanoTime() - t0) / 1_000_000;

        Map<String, String> presence = new ConcurrentHashMap<>();
        extensions.list().forEach(e -> presence.put(e.number(), "available"));
        Phonebooks phonebooks = Phonebooks.create(contacts, extensions, Visibility.roleBased(), presence::get, events,
            clock, PhoneNumbers.italy());
        long heapBefore = usedHeap();
        t0 = System.nanoTime();
        int indexed = phonebooks.index().size();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long indexHeap = usedHeap() - heapBefore;

        PasswordHasher hasher = new PasswordHasher(new Argon2Params(1024, 1, 1), secrets);
        JdbiAccountStore accounts = new JdbiAccountStore(db);
        UserAccount viewer = accounts.create(UserAccount.of("user7", Role.USER, hasher.hash("bench-password"),
            Instant.now()).withExtension("2007"));
        AuthService auth = new AuthService(accounts, new JdbiSessionStore(db), hasher, secrets, clock,
            AuthService.DEFAULT_TOKEN_LIFETIME);
        WebServer web = new WebServer(new WebConfig("127.0.0.1", 0), WebServices.of(extensions, new NoRegistrations(),
            AccountServices.authOnly(auth)).withPhonebooks(phonebooks));
        web.start();
        String token = auth.login("user7", "bench-password").orElseThrow().token();

        Map<String, List<String>> kinds = queries(seeded, data);
        out.append("# Phonebook search (issue 5)\n\n");
        out.append(String.format("Database: %s. %,d extensions, %,d contacts (%,d shared, %,d personal of %d users), "
            + "%,d indexed. Seeding took %,d ms; the index loaded in %,d ms (about %,d MiB of heap); JVM %s, %d "
            + "processors, max heap %,d MiB.%n%n", pg != null ? "PostgreSQL" : "SQLite (WAL)", EXTENSIONS, CONTACTS,
            CONTACTS * 4 / 5, CONTACTS / 5, USERS, indexed, seedMs, loadMs, indexHeap >> 20,
            Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        out.append("## Through the service (PhonebookSearch.search, limit 50; includes the generation check)\n\n")
            .append(Latencies.header()).append('\n');
        for (Map.Entry<String, List<String>> k : kinds.entrySet()) {
            out.append(measure(k.getValue(), QUERIES, q -> phonebooks.search().search(q, viewer, 50).size())
                .row(k.getKey())).append('\n');
        }
        List<String> lookups = lookupNumbers(seeded, data);
        out.append(measure(lookups, QUERIES, n -> phonebooks.lookup().byNumber(n, viewer).isPresent() ? 1 : 0)
            .row("caller lookup (PhonebookLookup.byNumber)")).append('\n');

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + web.port() + "/api/v1/phonebook/";
        out.append("\n## Through HTTP (GET /api/v1/phonebook/search?q=..., one keep-alive client, JSON parsed "
            + "by the client not counted)\n\n").append(Latencies.header()).append('\n');
        for (Map.Entry<String, List<String>> k : kinds.entrySet()) {
            out.append(measure(k.getValue(), HTTP_QUERIES, q -> get(http, base + "search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8), token)).row(k.getKey())).append('\n');
        }
        out.append(measure(lookups, HTTP_QUERIES, n -> get(http, base + "lookup?number="
            + URLEncoder.encode(n, StandardCharsets.UTF_8), token)).row("caller lookup (GET /phonebook/lookup)"))
            .append('\n');

        out.append("\n## For comparison: the same searches as SQL on the contact table, no in-memory index\n\n"
            + "What a design without the index would run on each search (and still without accent folding, which "
            + "SQLite cannot do in SQL and PostgreSQL only with the unaccent extension).\n\n")
            .append(Latencies.header()).append('\n');
        out.append(sqlComparison(db, kinds)).append('\n');
        out.append("\n## The first search after a write (another node's or this one's: delta sync and a new "
            + "snapshot)\n\n").append(Latencies.header()).append('\n');
        out.append(afterWrites(phonebooks, contacts, seeded, viewer)).append('\n');
        web.stop();
        extensionStore.stop();
        db.stop();
        System.out.print(out);
    }

    /** 1,000 extensions 2000-2999; contacts in batches of 5,000 (one transaction each, like an import). */
    static List<Contact> seed(ExtensionService extensions, JdbiContactStore contacts, ItalianDirectory data) {
        for (int i = 0; i < EXTENSIONS; i++) {
            extensions.create(new NewExtension(String.valueOf(2000 + i), data.pick(ItalianDirectory.FIRST) + " "
                + data.pick(ItalianDirectory.LAST), null, i % 2 == 0 ? data.mobile() : null, "sip-password-" + i,
                null, null, null));
        }
        List<Contact> all = new ArrayList<>(CONTACTS);
        Instant now = Instant.now();
        for (int i = 0; i < CONTACTS; i++) {
            boolean shared = i % 5 != 0;
            ContactVisibility vis = shared ? ContactVisibility.SHARED
                : List.of(ContactVisibility.PUBLIC, ContactVisibility.PRIVATE, ContactVisibility.PRIVATE,
                    ContactVisibility.SPEEDDIAL).get(data.nextInt(4));
            String owner = shared ? "rubrica" : "user" + data.nextInt(USERS);
            all.add(new Contact(java.util.UUID.nameUUIDFromBytes(("c" + i).getBytes()).toString(), owner, vis,
                data.contact(), 1, now, now));
        }
        for (int from = 0; from < all.size(); from += 5000) {
            contacts.saveAll(all.subList(from, Math.min(all.size(), from + 5000)), List.of());
        }
        return all;
    }

    /** The query kinds, each a list of queries drawn from the data (so "found" queries do find something). */
    static Map<String, List<String>> queries(List<Contact> seeded, ItalianDirectory data) {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("name prefix, common (3 letters: ros, fer, esp...)", List.of("ros", "rus", "fer", "esp", "bia",
            "rom", "col", "ric", "mar", "gre"));
        List<String> full = new ArrayList<>();
        List<String> number7 = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ContactFields f = seeded.get(data.nextInt(seeded.size())).fields();
            if (f.firstName() != null && f.lastName() != null) {
                full.add(f.firstName() + " " + f.lastName());
            }
            String n = f.workPhone() != null ? f.workPhone() : f.mobilePhone();
            String d = PhoneNumbers.digits(n);
            if (d.length() >= 9) {
                int at = data.nextInt(d.length() - 7);
                number7.add(d.substring(at, at + 7));
            }
        }
        kinds.put("full name (first + last, 2 words)", full);
        kinds.put("name prefix, rare (zanett, kowal, overg, scibor...)", List.of("zanett", "kowal", "overg", "scibor",
            "quagl", "yamam", "zanel", "mirò"));
        kinds.put("accents folded (nicolo, cantu, pirro, rosalia)", List.of("nicolo", "niccolo", "cantu", "pirro",
            "rosalia", "forli"));
        kinds.put("company word (trasporti, farmacia...)", List.of("trasporti", "farmacia", "immobiliare",
            "tipografia", "logistica", "serramenti"));
        kinds.put("number fragment, 3 digits (333, 347...)", List.of("333", "347", "328", "339", "055", "081"));
        kinds.put("number fragment, 7 digits of a real number", number7);
        kinds.put("no match (qwxz, 0000000000)", List.of("qwxz", "zzzyy", "0000000000", "xk"));
        return kinds;
    }

    /** Existing numbers written differently from how they were stored: +39, 0039, national, with separators. */
    static List<String> lookupNumbers(List<Contact> seeded, ItalianDirectory data) {
        List<String> out = new ArrayList<>();
        PhoneNumbers plan = PhoneNumbers.italy();
        for (int i = 0; i < 300; i++) {
            Contact c = seeded.get(data.nextInt(seeded.size()));
            String n = c.fields().workPhone() != null ? c.fields().workPhone() : c.fields().mobilePhone();
            String sig = plan.significant(n).orElseThrow();
            out.add(switch (i % 3) {
                case 0 -> "+39" + sig;
                case 1 -> "0039" + sig;
                default -> sig;
            });
        }
        out.add("0699999999");
        return out;
    }

    static Latencies measure(List<String> queries, int count, ToIntFunction<String> run) {
        for (int i = 0; i < WARMUP; i++) {
            run.applyAsInt(queries.get(i % queries.size()));
        }
        Latencies l = new Latencies(count);
        for (int i = 0; i < count; i++) {
            String q = queries.get(i % queries.size());
            long t = System.nanoTime();
            int hits = run.applyAsInt(q);
            l.add(System.nanoTime() - t, hits);
        }
        return l;
    }

    /**
     * Search time right after one contact was changed (by this node or another: the same path): the index fetches
     * the change and builds the next snapshot, rebuilding only the lists the change touched. The query "qwxz"
     * matches nothing, so the search walks every list.
     */
    static String afterWrites(Phonebooks phonebooks, JdbiContactStore contacts, List<Contact> seeded,
                              UserAccount viewer) {
        StringBuilder rows = new StringBuilder();
        for (ContactVisibility which : List.of(ContactVisibility.SHARED, ContactVisibility.PRIVATE)) {
            List<Contact> pool = seeded.stream().filter(c -> c.visibility() == which).limit(100).toList();
            Latencies l = new Latencies(pool.size());
            for (Contact seed : pool) {
                Contact c = contacts.find(seed.id()).orElseThrow();
                contacts.update(c.with(c.visibility(), c.fields(), Instant.now()));
                long t = System.nanoTime();
                int hits = phonebooks.search().search("qwxz", viewer, 50).size();
                l.add(System.nanoTime() - t, hits);
            }
            rows.append(l.row("no-match search after one update of a " + which.wire() + " contact")).append('\n');
        }
        return rows.toString().strip();
    }

    /**
     * Name words as case-insensitive prefixes of the name columns, digits anywhere in the normalised numbers: the
     * LIKE patterns a leading wildcard makes unindexable on both databases.
     */
    static String sqlComparison(Database db, Map<String, List<String>> kinds) {
        String numbers = "SELECT id FROM contact WHERE work_norm LIKE :p OR mobile_norm LIKE :p OR home_norm LIKE :p "
            + "ORDER BY sort_key LIMIT 50";
        String names = "SELECT id FROM contact WHERE LOWER(first_name) LIKE :p OR LOWER(last_name) LIKE :p "
            + "OR LOWER(company) LIKE :p OR LOWER(company) LIKE :q ORDER BY sort_key LIMIT 50";
        StringBuilder rows = new StringBuilder();
        for (String kind : List.of("name prefix, rare (zanett, kowal, overg, scibor...)",
            "number fragment, 7 digits of a real number", "no match (qwxz, 0000000000)")) {
            List<String> qs = kinds.get(kind);
            Latencies l = measure(qs, 200, q -> db.read(h -> {
                boolean digits = q.chars().allMatch(Character::isDigit);
                var query = digits ? h.createQuery(numbers).bind("p", "%" + q + "%")
                    : h.createQuery(names).bind("p", q + "%").bind("q", "% " + q + "%");
                return query.mapTo(String.class).list().size();
            }));
            rows.append(l.row("SQL: " + kind)).append('\n');
        }
        return rows.toString().strip();
    }

    static int get(HttpClient http, String url, String token) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 && r.statusCode() != 404) {
                throw new IllegalStateException(url + " answered " + r.statusCode() + " " + r.body());
            }
            return r.body().split("\"source\"", -1).length - 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The registrations route is not what this benchmark measures. */
    static final class NoRegistrations implements org.centralino.core.registrar.Registrations {
        @Override
        public List<org.centralino.core.registrar.Binding> list() {
            return List.of();
        }

        @Override
        public List<org.centralino.core.registrar.Binding> of(String extension) {
            return List.of();
        }
    }
}
