package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
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
            assertThat(calls.body()).isEqualTo("{\"items\":[]}");
            assertThat(pbx.pbx.calls().activeCalls()).isZero();
            assertThat(pbx.api("GET", "/api/v1/openapi.json", null).body()).contains("/api/v1/cdr");
        }
    }
}
