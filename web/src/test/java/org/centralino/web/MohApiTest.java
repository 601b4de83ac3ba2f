package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.centralino.media.audio.Pcm;
import org.centralino.media.moh.MohClass;
import org.centralino.media.moh.MohLibrary;
import org.centralino.media.moh.MohPlayer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/moh} on the real stack with a music-on-hold library under the test's data directory. */
class MohApiTest extends WebTestBase {
    static final String WAV = "audio/wav";
    MohLibrary library;

    @Override
    MohLibrary music() {
        try {
            library = new MohLibrary(dir.resolve("moh"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return library;
    }

    @BeforeEach
    void login() {
        api.login();
    }

    Api.Resp put(String path, byte[] body) {
        return api.send("PUT", path, body, WAV, api.token);
    }

    /** Every file left under the class directory, temporary ones included. */
    List<String> filesIn(String className) throws IOException {
        Path d = dir.resolve("moh").resolve(className);
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static short[] play(MohPlayer player, int frames) {
        short[] out = new short[frames * Pcm.FRAME];
        short[] frame = new short[Pcm.FRAME];
        for (int f = 0; f < frames; f++) {
            assertThat(player.read(frame)).isTrue();
            System.arraycopy(frame, 0, out, f * Pcm.FRAME, Pcm.FRAME);
        }
        return out;
    }

    @Test
    void theListShowsTheBuiltInDefaultUntilFilesAreUploaded() {
        Api.Resp r = api.get("/api/v1/moh");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode items = r.json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("name").stringValue()).isEqualTo("default");
        assertThat(items.get(0).get("builtIn").booleanValue()).isTrue();
        assertThat(items.get(0).get("files")).isEmpty();
    }

    @Test
    void theClassListIsPagedByName() throws IOException {
        byte[] wav = TestWav.pcm16(TestWav.sine(1000, 16000, 0.5), 16000);
        for (String c : new String[] {"zeta", "alpha", "mid"}) {
            assertThat(put("/api/v1/moh/" + c + "/files/a.wav", wav).status()).isEqualTo(201);
        }
        List<String> names = new java.util.ArrayList<>();
        String url = "/api/v1/moh?limit=1";
        while (url != null) {
            tools.jackson.databind.JsonNode page = api.get(url).json();
            page.get("items").forEach(m -> names.add(m.get("name").stringValue()));
            url = page.get("nextCursor").isNull() ? null
                : "/api/v1/moh?limit=1&cursor=" + page.get("nextCursor").stringValue();
        }
        assertThat(names).isSorted().contains("alpha", "mid", "zeta");
        assertThat(api.get("/api/v1/moh?limit=0").json().get("field").stringValue()).isEqualTo("limit");
    }

    @Test
    void anUploadedFileIsListedAndIsWhatTheClassPlays() throws IOException {
        short[] tone = TestWav.sine(1000, 16000, 2.0);
        byte[] wav = TestWav.pcm16(tone, 16000);
        Api.Resp r = put("/api/v1/moh/jazz/files/one.wav", wav);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Location")).isEqualTo("/api/v1/moh/jazz/files/one.wav");
        assertThat(r.header("ETag")).matches("\"[0-9a-f]{24}\"");
        assertThat(r.json().get("name").stringValue()).isEqualTo("one.wav");
        assertThat(r.json().get("sizeBytes").longValue()).isEqualTo(wav.length);
        assertThat(r.json().get("durationMillis").longValue()).isEqualTo(2000);

        MohClass jazz = library.classFor("jazz");
        assertThat(jazz.name()).isEqualTo("jazz");
        assertThat(jazz.clips()).hasSize(1);
        assertThat(jazz.clips().get(0).samples()).isEqualTo(tone); // 16 kHz PCM is the internal format: bit-exact
        assertThat(Files.readAllBytes(dir.resolve("moh/jazz/one.wav"))).isEqualTo(wav);
        short[] heard = play(library.listener("jazz"), 50);
        assertThat(TestWav.toneShare(heard, Pcm.RATE, 1000)).isGreaterThan(0.99);

        JsonNode items = api.get("/api/v1/moh").json().get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("name").stringValue()).isEqualTo("default");
        JsonNode listed = items.get(1);
        assertThat(listed.get("name").stringValue()).isEqualTo("jazz");
        assertThat(listed.get("builtIn").booleanValue()).isFalse();
        assertThat(listed.get("files")).hasSize(1);
        assertThat(listed.get("files").get(0).get("name").stringValue()).isEqualTo("one.wav");
        assertThat(listed.get("files").get(0).get("sizeBytes").longValue()).isEqualTo(wav.length);
        assertThat(listed.get("files").get(0).get("durationMillis").longValue()).isEqualTo(2000);
    }

    @Test
    void aSecondUploadOfTheSameNameReplacesItAndFilesPlayInNameOrder() {
        assertThat(put("/api/v1/moh/jazz/files/b.wav", TestWav.pcm16(TestWav.sine(1000, 16000, 1), 16000)).status())
            .isEqualTo(201);
        Api.Resp replaced = put("/api/v1/moh/jazz/files/b.wav", TestWav.pcm16(TestWav.sine(600, 16000, 1), 16000));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        Api.Resp first = put("/api/v1/moh/jazz/files/a.wav", TestWav.pcm16(TestWav.sine(400, 8000, 0.5), 8000));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("durationMillis").longValue()).isEqualTo(500);

        MohPlayer player = library.listener("jazz");
        short[] a = play(player, 25); // 0.5 s of a.wav, resampled from 8 kHz
        short[] b = play(player, 50); // then 1 s of the replaced b.wav
        assertThat(TestWav.toneShare(java.util.Arrays.copyOfRange(a, 800, 7200), Pcm.RATE, 400)).isGreaterThan(0.95);
        assertThat(TestWav.toneShare(b, Pcm.RATE, 600)).isGreaterThan(0.99);
        assertThat(TestWav.toneShare(b, Pcm.RATE, 1000)).isLessThan(0.01);
        JsonNode files = api.get("/api/v1/moh").json().get("items").get(1).get("files");
        assertThat(files).extracting(f -> f.get("name").stringValue()).containsExactly("a.wav", "b.wav");
    }

    @Test
    void g711WavIsAcceptedAndAnUploadToDefaultReplacesTheBuiltInPiece() {
        Api.Resp r = put("/api/v1/moh/default/files/hold.wav",
            TestWav.wav(TestWav.ULAW, 1, 8000, 8, TestWav.ulawBytes(8000)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("durationMillis").longValue()).isEqualTo(1000);
        Api.Resp alaw = put("/api/v1/moh/sales/files/hold.WAV",
            TestWav.wav(TestWav.ALAW, 1, 8000, 8, TestWav.ulawBytes(4000)));
        assertThat(alaw.status()).as(alaw.toString()).isEqualTo(201);
        assertThat(library.classFor("default").clips()).hasSize(1);
        assertThat(library.classFor("default").clips().get(0).length()).isEqualTo(16000);
        JsonNode def = api.get("/api/v1/moh").json().get("items").get(0);
        assertThat(def.get("name").stringValue()).isEqualTo("default");
        assertThat(def.get("builtIn").booleanValue()).isFalse();
        assertThat(def.get("files").get(0).get("name").stringValue()).isEqualTo("hold.wav");
        assertThat(library.classFor("sales").clips().get(0).millis()).isEqualTo(500);
    }

    @Test
    void badClassAndFileNamesAre400SayingTheRule() throws IOException {
        byte[] wav = TestWav.pcm16(TestWav.sine(1000, 16000, 0.1), 16000);
        for (String c : new String[] {"Jazz", "-x", "_x", "a".repeat(41), "%2e%2e", "j%20z", "caff%C3%A8"}) {
            Api.Resp r = api.raw("PUT /api/v1/moh/" + c + "/files/a.wav HTTP/1.1\r\nContent-Type: audio/wav", wav);
            assertThat(r.status()).as(c + ": " + r).isEqualTo(400);
            assertThat(r.json().get("code").stringValue()).as(c + ": " + r).isEqualTo("invalid_class_name");
            assertThat(r.json().get("message").stringValue()).contains("must be 1 to 40 characters of a-z, 0-9");
        }
        for (String f : new String[] {"a.mp3", "a.ulaw", "a.sln", ".hidden.wav", "a%20b.wav", ".wav", "%2e%2e.wav",
            "x".repeat(61) + ".wav", "a.wav.tmp"}) {
            Api.Resp r = api.raw("PUT /api/v1/moh/jazz/files/" + f + " HTTP/1.1\r\nContent-Type: audio/wav", wav);
            assertThat(r.status()).as(f + ": " + r).isEqualTo(400);
            assertThat(r.json().get("code").stringValue()).as(f + ": " + r).isEqualTo("invalid_file_name");
            assertThat(r.json().get("message").stringValue()).contains("ending in .wav");
        }
        Api.Resp nul = api.raw("PUT /api/v1/moh/jazz/files/%00.wav HTTP/1.1\r\nContent-Type: audio/wav", wav);
        assertThat(nul.status()).as(nul.toString()).isEqualTo(400); // refused by Jetty itself, still as JSON
        assertThat(nul.json().get("code").stringValue()).isEqualTo("bad_request");
        Api.Resp longest = put("/api/v1/moh/" + "a".repeat(40) + "/files/" + "x".repeat(60) + ".wav", wav);
        assertThat(longest.status()).as(longest.toString()).isEqualTo(201);
        assertThat(filesIn("jazz")).isEmpty();
    }

    @Test
    void aBodyThatIsNotAWavIs415AndAnEmptyOneIs400() throws IOException {
        String[][] notWav = {{"text", "hello, this is not audio"}, {"mp3", "ID3\u0004\u0000\u0000\u0000\u0000\u0000"},
            {"riff avi", "RIFF\u0010\u0000\u0000\u0000AVI LIST"}, {"short", "RIFF"}, {"json", "{\"a\":1}"}};
        for (String[] bad : notWav) {
            Api.Resp r = put("/api/v1/moh/jazz/files/a.wav", bad[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(r.status()).as(bad[0] + ": " + r).isEqualTo(415);
            assertThat(r.json().get("code").stringValue()).isEqualTo("not_wav");
            assertThat(r.json().get("message").stringValue()).contains("not a WAV file").contains("mono PCM 16-bit");
        }
        Api.Resp empty = put("/api/v1/moh/jazz/files/a.wav", new byte[0]);
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.json().get("message").stringValue()).contains("empty");
        assertThat(filesIn("jazz")).isEmpty();
        assertThat(library.names()).containsExactly("default");
    }

    @Test
    void aWavInAFormatThatCannotBePlayedIs422SayingWhy() throws IOException {
        byte[] pcm = new byte[3200];
        byte[] full = TestWav.pcm16(TestWav.sine(1000, 16000, 0.1), 16000);
        Object[][] cases = {
            {TestWav.wav(TestWav.PCM, 2, 16000, 16, pcm), "2 channels"},
            {TestWav.wav(TestWav.PCM, 1, 44100, 16, pcm), "44100 Hz"},
            {TestWav.wav(TestWav.PCM, 1, 16000, 8, pcm), "8-bit PCM"},
            {TestWav.wav(TestWav.ULAW, 1, 16000, 8, pcm), "G.711 at 16000 Hz"},
            {TestWav.wav(3, 1, 16000, 32, pcm), "format tag 3"},
            {java.util.Arrays.copyOf(full, full.length / 2), "truncated"},
            {TestWav.wav(TestWav.PCM, 1, 16000, 16, new byte[0]), "no audio"},
        };
        for (Object[] c : cases) {
            Api.Resp r = put("/api/v1/moh/jazz/files/a.wav", (byte[]) c[0]);
            assertThat(r.status()).as(c[1] + ": " + r).isEqualTo(422);
            assertThat(r.json().get("code").stringValue()).isEqualTo("unplayable_wav");
            assertThat(r.json().get("message").stringValue()).contains((String) c[1]).contains("accepted: mono");
        }
        assertThat(filesIn("jazz")).isEmpty(); // nothing kept, no temporary file left
        assertThat(library.classFor("jazz").name()).isEqualTo("default");
    }

    @Test
    void aBodyOverTheLimitIs413StatingTheLimit() throws IOException {
        Api.Resp declared = api.raw("PUT /api/v1/moh/jazz/files/a.wav HTTP/1.1\r\nContent-Type: audio/wav"
            + "\r\nContent-Length: " + (64L * 1024 * 1024 + 1), new byte[0]);
        assertThat(declared.status()).as(declared.toString()).isEqualTo(413);
        assertThat(declared.json().get("code").stringValue()).isEqualTo("file_too_large");
        assertThat(declared.json().get("message").stringValue())
            .isEqualTo("the file is larger than the limit of 67108864 bytes (64 MiB)");
        assertThat(filesIn("jazz")).isEmpty();
    }

    /** A file has no version: its ETag is that of its JSON (name, size, duration), and If-Match compares it. */
    @Test
    void aReplacementOrDeletionAgainstAStaleETagIs412AndChangesNothing() throws IOException {
        String path = "/api/v1/moh/jazz/files/a.wav";
        Api.Resp first = put(path, TestWav.pcm16(TestWav.sine(1000, 16000, 1), 16000));
        String e1 = first.header("ETag");
        Api.Resp second = api.send("PUT", path, TestWav.pcm16(TestWav.sine(600, 16000, 2), 16000), WAV, api.token,
            Map.of("If-Match", e1));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        String e2 = second.header("ETag");
        assertThat(e2).isNotEqualTo(e1);
        Api.Resp stalePut = api.send("PUT", path, TestWav.pcm16(TestWav.sine(400, 16000, 3), 16000), WAV,
            api.token, Map.of("If-Match", e1));
        assertThat(stalePut.status()).as(stalePut.toString()).isEqualTo(412);
        assertThat(stalePut.json().get("code").stringValue()).isEqualTo("precondition_failed");
        Api.Resp staleDelete = api.send("DELETE", path, null, null, api.token, Map.of("If-Match", e1));
        assertThat(staleDelete.status()).as(staleDelete.toString()).isEqualTo(412);
        JsonNode file = api.get("/api/v1/moh").json().get("items").get(1).get("files").get(0);
        assertThat(file.get("durationMillis").longValue()).as("nothing changed").isEqualTo(2000);
        assertThat(filesIn("jazz")).containsExactly("a.wav");
        Api.Resp noneYet = api.send("PUT", "/api/v1/moh/jazz/files/b.wav",
            TestWav.pcm16(TestWav.sine(400, 16000, 1), 16000), WAV, api.token, Map.of("If-Match", "*"));
        assertThat(noneYet.status()).as("* needs a current file").isEqualTo(412);
        assertThat(filesIn("jazz")).containsExactly("a.wav");
        Api.Resp delete = api.send("DELETE", path, null, null, api.token, Map.of("If-Match", e2));
        assertThat(delete.status()).as(delete.toString()).isEqualTo(204);
        assertThat(filesIn("jazz")).isEmpty();
    }

    @Test
    void deleteRemovesAFileAndAnEmptiedClassPlaysTheDefault() throws IOException {
        put("/api/v1/moh/jazz/files/a.wav", TestWav.pcm16(TestWav.sine(1000, 16000, 0.5), 16000));
        put("/api/v1/moh/jazz/files/b.wav", TestWav.pcm16(TestWav.sine(600, 16000, 0.5), 16000));
        Api.Resp d = api.send("DELETE", "/api/v1/moh/jazz/files/a.wav", null);
        assertThat(d.status()).as(d.toString()).isEqualTo(204);
        assertThat(filesIn("jazz")).containsExactly("b.wav");
        assertThat(library.classFor("jazz").clips()).hasSize(1);
        assertThat(TestWav.toneShare(play(library.listener("jazz"), 25), Pcm.RATE, 600)).isGreaterThan(0.99);

        Api.Resp again = api.send("DELETE", "/api/v1/moh/jazz/files/a.wav", null);
        assertThat(again.status()).as(again.toString()).isEqualTo(404);
        assertThat(again.json().get("code").stringValue()).isEqualTo("moh_file_not_found");
        assertThat(again.json().get("message").stringValue())
            .isEqualTo("music-on-hold class 'jazz' has no file 'a.wav'");
        assertThat(api.send("DELETE", "/api/v1/moh/rock/files/a.wav", null).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/v1/moh/Rock/files/a.wav", null).status()).isEqualTo(400);
        assertThat(api.send("DELETE", "/api/v1/moh/jazz/files/a.mp3", null).status()).isEqualTo(400);

        assertThat(api.send("DELETE", "/api/v1/moh/jazz/files/b.wav", null).status()).isEqualTo(204);
        assertThat(library.names()).containsExactly("default");
        assertThat(library.classFor("jazz").name()).isEqualTo("default");
        assertThat(api.get("/api/v1/moh").json().get("items")).hasSize(1);
    }

    @Test
    void everyRouteNeedsALogin() {
        List<Api.Resp> answers = new ArrayList<>();
        answers.add(api.send("GET", "/api/v1/moh", null, null, null));
        answers.add(api.send("PUT", "/api/v1/moh/jazz/files/a.wav",
            TestWav.pcm16(TestWav.sine(1000, 16000, 0.1), 16000), WAV, null));
        answers.add(api.send("DELETE", "/api/v1/moh/jazz/files/a.wav", null, null, null));
        for (Api.Resp r : answers) {
            assertThat(r.status()).as(r.toString()).isEqualTo(401);
            assertThat(r.json().get("code").stringValue()).isEqualTo("unauthorized");
        }
        assertThat(library.names()).containsExactly("default");
    }

    @Test
    void aServerWithoutALibraryAnswers503() throws IOException {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        try (TestServer bare = new TestServer(other)) {
            Api a = bare.api().login();
            for (Api.Resp r : List.of(a.get("/api/v1/moh"), a.send("DELETE", "/api/v1/moh/jazz/files/a.wav", null),
                a.send("PUT", "/api/v1/moh/jazz/files/a.wav", new byte[] {1}, WAV, a.token))) {
                assertThat(r.status()).as(r.toString()).isEqualTo(503);
                assertThat(r.json().get("message").stringValue()).contains("music on hold is not enabled");
            }
        }
    }
}
