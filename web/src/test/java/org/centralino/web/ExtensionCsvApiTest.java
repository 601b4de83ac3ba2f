package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.centralino.core.csv.CsvReader;
import org.centralino.core.csv.CsvRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Extensions export and import as CSV, with a dry-run preview and per-row errors. */
class ExtensionCsvApiTest extends WebTestBase {
    static final String HEADER = "number,name,email,mobile,sipPassword,ringTimeoutSeconds,mohClass,enabled";

    @BeforeEach
    void loginAndCreate() {
        api.login();
        assertThat(api.send("POST", "/api/v1/extensions", "{\"number\":\"1001\",\"name\":\"Rossi, \\\"Mario\\\"\","
            + "\"email\":\"mario@example.com\",\"ringTimeoutSeconds\":20}").status()).isEqualTo(201);
    }

    Api.Resp importCsv(String csv, String query) {
        return api.send("POST", "/api/v1/extensions/import" + query, csv.getBytes(StandardCharsets.UTF_8),
            "text/csv; charset=utf-8", api.token);
    }

    @Test
    void exportIsRfc4180WithTheHeaderRow() {
        Api.Resp r = api.get("/api/v1/extensions/export.csv");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/csv");
        assertThat(r.header("Content-Disposition")).contains("extensions.csv");
        assertThat(r.text()).isEqualTo(HEADER + "\r\n1001,\"Rossi, \"\"Mario\"\"\",mario@example.com,,,20,,true\r\n");
        List<CsvRecord> back = CsvReader.read(r.text());
        assertThat(back.get(1).get(1)).isEqualTo("Rossi, \"Mario\"");
    }

    @Test
    void aDryRunPreviewsEveryRowAndWritesNothing() {
        String csv = HEADER + "\r\n"
            + "1001,Mario Rossi,,,,,,\r\n"                 // update: rename, clear the e-mail
            + "1002,Anna,anna@example.com,,secret-123,30,jazz,false\r\n"
            + "1,Bad Number,not-an-email,,pw-123456,,,\r\n"
            + "1003,,,,pw-123456,x,,maybe\r\n"
            + "1002,Twice,,,pw-123456,,,\r\n"
            + ",No number,,,,,,\r\n";
        JsonNode preview = importCsv(csv, "?dryRun=true").json();
        assertThat(preview.get("created").intValue()).isEqualTo(1);
        assertThat(preview.get("updated").intValue()).isEqualTo(1);
        assertThat(preview.get("failed").intValue()).isEqualTo(4);
        JsonNode rows = preview.get("rows");
        assertThat(rows).hasSize(6);
        assertRow(rows.get(0), 2, "1001", "update");
        assertRow(rows.get(1), 3, "1002", "create");
        assertRow(rows.get(2), 4, "1", "create", "number", "email");
        assertRow(rows.get(3), 5, "1003", "create", "ringTimeoutSeconds", "enabled");
        assertRow(rows.get(4), 6, "1002", "create", "number");
        assertThat(rows.get(5).get("errors").get(0).get("field").stringValue()).isEqualTo("number");
        assertThat(server.extensions.list()).hasSize(1);
        assertThat(server.extensions.find("1001").orElseThrow().name()).isEqualTo("Rossi, \"Mario\"");
    }

    @Test
    void anImportAppliesTheValidRowsAndReportsTheOthers() {
        String csv = HEADER + "\n1001,Mario Rossi,,,,,,\n1002,Anna,anna@example.com,,secret-123,30,jazz,false\n"
            + "1003,,,,pw-123456,,,\n";
        JsonNode result = importCsv(csv, "?dryRun=false").json();
        assertThat(result.get("created").intValue()).isEqualTo(1);
        assertThat(result.get("updated").intValue()).isEqualTo(1);
        assertThat(result.get("failed").intValue()).isEqualTo(1);
        assertRow(result.get("rows").get(2), 4, "1003", "create", "name");
        var mario = server.extensions.find("1001").orElseThrow();
        assertThat(mario.name()).isEqualTo("Mario Rossi");
        assertThat(mario.email()).isNull();
        assertThat(mario.ringTimeoutSeconds()).as("an empty cell keeps it").isEqualTo(20);
        var anna = server.extensions.find("1002").orElseThrow();
        assertThat(anna.enabled()).isFalse();
        assertThat(anna.mohClass()).isEqualTo("jazz");
        assertThat(anna.ringTimeoutSeconds()).isEqualTo(30);
        assertThat(server.extensions.find("1003")).isEmpty();
    }

    @Test
    void semicolonsBomCrlfAndQuotedLineBreaksAreRead() {
        String csv = "\uFEFFnumber;name;email;sipPassword\r\n2001;\"Bianchi; Luca\";;pw-123456\r\n"
            + "2002;\"Two\r\nLines\";;pw-123456\r\n";
        JsonNode result = importCsv(csv, "?dryRun=false").json();
        assertThat(result.get("created").intValue()).as(result.toString()).isEqualTo(1);
        assertThat(result.get("failed").intValue()).isEqualTo(1); // a line break in a name breaks the name rule
        assertRow(result.get("rows").get(1), 3, "2002", "create", "name");
        assertThat(server.extensions.find("2001").orElseThrow().name()).isEqualTo("Bianchi; Luca");
    }

    @Test
    void anExportImportsBackAsNoChange() {
        api.send("POST", "/api/v1/extensions", "{\"number\":\"1002\",\"name\":\"Anna\",\"mohClass\":\"jazz\"}");
        var before = server.extensions.list();
        String exported = api.get("/api/v1/extensions/export.csv").text();
        JsonNode result = importCsv(exported, "").json();
        assertThat(result.get("updated").intValue()).isEqualTo(2);
        assertThat(result.get("failed").intValue()).isZero();
        assertThat(server.extensions.list()).isEqualTo(before); // same versions: nothing was written
    }

    /** The Idempotency-Key fingerprint reads the body before the route: the import must still get all of it. */
    @Test
    void anImportWithAnIdempotencyKeyReadsTheWholeBodyAndARetryCreatesNothingMore() {
        byte[] csv = (HEADER + "\n1002,Bianchi,,,pw-123456,,,true\n").getBytes(StandardCharsets.UTF_8);
        Map<String, String> key = Map.of("Idempotency-Key", "import-1");
        Api.Resp first = api.send("POST", "/api/v1/extensions/import", csv, "text/csv", api.token, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("created").intValue()).isEqualTo(1);
        Api.Resp retry = api.send("POST", "/api/v1/extensions/import", csv, "text/csv", api.token, key);
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(server.extensions.list()).hasSize(2);
    }

    /** A generated password could not be shown (the report holds no secrets): a new extension must bring one. */
    @Test
    void aNewExtensionNeedsASipPasswordAnUpdateMayLeaveItUnchanged() {
        var before = server.extensions.find("1001").orElseThrow().ha1();
        String csv = HEADER + "\n1001,Mario Rossi,,,,,,\n1002,Anna,,,,,,\n1003,Bruno,,,bruno-sip-1,,,\n";
        String noColumn = "number,name\n1004,Carla\n1001,Mario Bianchi\n";
        for (String query : List.of("?dryRun=true", "?dryRun=false")) {
            JsonNode report = importCsv(csv, query).json();
            assertRow(report.get("rows").get(0), 2, "1001", "update");
            assertRow(report.get("rows").get(1), 3, "1002", "create", "sipPassword");
            assertThat(report.get("rows").get(1).get("errors").get(0).get("message").stringValue())
                .isEqualTo("is required for a new extension: the phone needs it to register");
            assertRow(report.get("rows").get(2), 4, "1003", "create");
            assertThat(report.get("failed").intValue()).isEqualTo(1);
            JsonNode other = importCsv(noColumn, query).json();
            assertRow(other.get("rows").get(0), 2, "1004", "create", "sipPassword");
            assertRow(other.get("rows").get(1), 3, "1001", "update");
            assertThat(server.extensions.find("1002")).isEmpty();
            assertThat(server.extensions.find("1004")).isEmpty();
        }
        assertThat(server.extensions.find("1003")).isPresent();
        assertThat(server.extensions.find("1001").orElseThrow().ha1()).as("an empty cell keeps the password")
            .isEqualTo(before);
        assertThat(server.extensions.find("1001").orElseThrow().name()).isEqualTo("Mario Bianchi");
    }

    @Test
    void unusableFilesAreRefusedWhole() {
        assertError(importCsv("", ""), 400, "invalid_csv", null);
        assertError(importCsv("number,name,colour\n1,a,b\n", ""), 400, "invalid_csv", "colour");
        assertError(importCsv("number,name,name\n", ""), 400, "invalid_csv", "name");
        assertError(importCsv("name,email\nA,\n", ""), 400, "invalid_csv", "number");
        assertError(importCsv(HEADER + "\n\"1001,open\n", ""), 400, "invalid_csv", null);
        assertError(importCsv(HEADER + "\n", "?dryRun=maybe"), 400, "invalid_parameter", "dryRun");
        assertError(importCsv(HEADER + "\n", "?dry=true"), 400, "unknown_parameter", "dry");
        assertError(api.send("POST", "/api/v1/extensions/import", HEADER.getBytes(StandardCharsets.UTF_8),
            "application/json", api.token), 415, "unsupported_media_type", null);
        assertError(api.send("POST", "/api/v1/extensions/import", HEADER.getBytes(StandardCharsets.UTF_8),
            "text/csv; charset=iso-8859-1", api.token), 415, "unsupported_media_type", null);
        assertError(api.send("POST", "/api/v1/extensions/import", new byte[] {'n', (byte) 0xff},
            "text/csv", api.token), 400, "invalid_csv", null);
        byte[] huge = (HEADER + "\n" + "x".repeat((int) WebServer.MAX_REQUEST_BYTES)).getBytes(StandardCharsets.UTF_8);
        assertError(api.send("POST", "/api/v1/extensions/import", huge, "text/csv", api.token), 413, "body_too_large",
            null);
        assertThat(server.extensions.list()).hasSize(1);
    }

    @Test
    void onlyAdministratorsMayUseThem() {
        api.token = null;
        assertThat(api.get("/api/v1/extensions/export.csv").status()).isEqualTo(401);
        assertThat(importCsv(HEADER + "\n", "").status()).isEqualTo(401);
    }

    static void assertRow(JsonNode row, int line, String number, String action, String... errorFields) {
        assertThat(row.get("line").intValue()).as(row.toString()).isEqualTo(line);
        assertThat(row.get("number").stringValue()).as(row.toString()).isEqualTo(number);
        assertThat(row.get("action").stringValue()).as(row.toString()).isEqualTo(action);
        List<String> fields = new java.util.ArrayList<>();
        row.get("errors").forEach(e -> fields.add(e.get("field").stringValue()));
        assertThat(fields).as(row.toString()).containsExactlyInAnyOrder(errorFields);
    }

    static void assertError(Api.Resp r, int status, String code, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().get("code").stringValue()).as(r.toString()).isEqualTo(code);
        if (field != null) {
            assertThat(r.json().get("field").stringValue()).as(r.toString()).isEqualTo(field);
        }
    }
}
