package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.centralino.media.moh.MohClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The started PBX serves every API the web module offers, wired to real stores (none answers 503). */
class ApiWiringTest {
    @TempDir
    Path tmp;

    @Test
    void callRecordsRegistrationsAndTheOpenApiDocumentAreServed() throws Exception {
        try (PbxFixture pbx = PbxFixture.start(tmp.resolve("data"))) {
            HttpResponse<String> cdr = pbx.api("GET", "/api/v1/cdr", null);
            assertThat(cdr.statusCode()).as(cdr.body()).isEqualTo(200);
            assertThat(cdr.body()).contains("\"items\":[]");
            assertThat(pbx.api("GET", "/api/v1/registrations", null).statusCode()).isEqualTo(200);
            HttpResponse<String> calls = pbx.api("GET", "/api/v1/calls", null);
            assertThat(calls.statusCode()).as(calls.body()).isEqualTo(200);
            assertThat(calls.body()).isEqualTo("{\"items\":[],\"nextCursor\":null}");
            assertThat(pbx.pbx.calls().activeCalls()).isZero();
            assertThat(pbx.api("GET", "/api/v1/openapi.json", null).body()).contains("/api/v1/cdr");
        }
    }

    /** A RIFF/WAVE file: mono 16-bit PCM at 16 kHz, a 1 kHz sine of {@code samples} samples. */
    static byte[] sineWav(int samples) {
        return sineWav(samples, 1000);
    }

    /** A RIFF/WAVE file: mono 16-bit PCM at 16 kHz, a sine at {@code hz} of {@code samples} samples. */
    static byte[] sineWav(int samples, int hz) {
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * samples).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + 2 * samples)
            .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
            .putInt(16000).putInt(32000).putShort((short) 2).putShort((short) 16)
            .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(2 * samples);
        for (int i = 0; i < samples; i++) {
            b.putShort((short) Math.round(8000 * Math.sin(2 * Math.PI * hz * i / 16000.0)));
        }
        return b.array();
    }

    @Test
    void musicOnHoldUploadedThroughTheApiIsWhatCallsPlay() throws Exception {
        try (PbxFixture pbx = PbxFixture.start(tmp.resolve("data"))) {
            HttpResponse<String> list = pbx.api("GET", "/api/v1/moh", null);
            assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
            assertThat(list.body()).contains("\"name\":\"default\"");
            byte[] wav = sineWav(8000);
            HttpResponse<String> put = pbx.upload("PUT", "/api/v1/moh/jazz/files/one.wav", wav, "audio/wav");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
            assertThat(Files.readAllBytes(pbx.dataDir.resolve("moh/jazz/one.wav"))).isEqualTo(wav);
            MohClass jazz = pbx.pbx.music().classFor("jazz"); // the library in the calls' AppServices
            assertThat(jazz.name()).isEqualTo("jazz");
            assertThat(jazz.clips()).hasSize(1);
            assertThat(jazz.clips().get(0).samples()[4]).isEqualTo((short) Math.round(8000 * Math.sin(Math.PI / 2)));
            HttpResponse<String> delete = pbx.api("DELETE", "/api/v1/moh/jazz/files/one.wav", null);
            assertThat(delete.statusCode()).as(delete.body()).isEqualTo(204);
            assertThat(pbx.pbx.music().classFor("jazz").name()).isEqualTo("default");
        }
    }
}
