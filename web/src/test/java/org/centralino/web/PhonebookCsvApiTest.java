package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.centralino.core.account.Role;
import org.centralino.core.event.Audience;
import org.centralino.core.phonebook.PhonebookChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** CSV import (preview and commit), CSV export round trip, vCard export, and the phonebook.changed events. */
class PhonebookCsvApiTest extends PhonebookTestBase {
    static final String HEADER = "firstName,lastName,company,workPhone,mobilePhone,email,notes\r\n";
    Api manager;
    Api anna;
    final List<PhonebookChanged> events = new ArrayList<>();

    @BeforeEach
    void users() {
        manager = user("rubrica", Role.PHONEBOOK_MANAGER, null);
        anna = user("anna", Role.USER, "1001");
        server.events.subscribe(PhonebookChanged.class, events::add);
    }

    Api.Resp importCsv(Api client, String book, String query, String csv) {
        return client.send("POST", "/api/v1/phonebook/" + book + "/import" + query,
            csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8", client.token);
    }

    static final String MIXED = HEADER
        + "Mario,Rossi,ACME,+39 06 1234567,,mario@acme.it,\"multi\r\nline, with \"\"quotes\"\"\"\r\n"
        + "Luigi,Bianchi,,06-ABC,,luigi@,\r\n"
        + "\r\n"
        + ",,,0612345,,,\r\n"
        + "Anna,Verdi,\"Verdi & Figli, S.n.c.\",,333 1234567,,\r\n";

    @Test
    void aPreviewReportsEveryRowByLineAndFieldAndWritesNothing() {
        Api.Resp r = importCsv(manager, "shared", "?dryRun=true", MIXED);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("dryRun").booleanValue()).isTrue();
        assertThat(report.get("created").intValue()).isEqualTo(2);
        assertThat(report.get("failed").intValue()).isEqualTo(2);
        JsonNode rows = report.get("rows");
        assertThat(rows).extracting(x -> x.get("line").intValue()).containsExactly(2, 4, 6, 7);
        assertThat(rows.get(0).get("errors")).isEmpty();
        assertThat(rows.get(0).get("action").stringValue()).isEqualTo("create");
        assertThat(rows.get(1).get("errors")).extracting(e -> e.get("field").stringValue())
            .containsExactly("workPhone", "email");
        assertThat(rows.get(2).get("errors").get(0).get("field").stringValue()).isEqualTo("lastName");
        assertThat(rows.get(2).get("errors").get(0).get("message").stringValue()).contains("a first name");
        assertThat(manager.get("/api/v1/phonebook/shared").json().get("items")).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void aCommitWritesTheValidRowsAndReportsTheOthers() {
        JsonNode report = importCsv(manager, "shared", "?dryRun=false", MIXED).json();
        assertThat(report.get("created").intValue()).isEqualTo(2);
        assertThat(report.get("failed").intValue()).isEqualTo(2);
        assertThat(report.get("rows").get(0).get("id").isString()).isTrue();
        JsonNode items = anna.get("/api/v1/phonebook/shared").json().get("items");
        assertThat(items).as("Bianchi's row failed").extracting(x -> x.get("lastName").stringValue())
            .containsExactly("Rossi", "Verdi");
        assertThat(events).hasSize(1);
    }

    @Test
    void anImportWithAnIdempotencyKeyReadsTheWholeBodyAndARetryDoesNotImportTwice() {
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; big.length() <= WebServer.MAX_REQUEST_BYTES; i++) { // streamed, past the JSON limit
            big.append("Nome").append(i).append(",Cognome").append(i).append(",Ditta,+39 06 ").append(1000000 + i)
                .append(",,,").append("x".repeat(200)).append("\r\n");
        }
        for (String csv : List.of(MIXED, big.toString())) {
            String key = "import-" + csv.length();
            java.util.Map<String, String> headers = java.util.Map.of("Idempotency-Key", key);
            Api.Resp first = manager.send("POST", "/api/v1/phonebook/shared/import?dryRun=false",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8", manager.token, headers);
            assertThat(first.status()).as(first.toString()).isEqualTo(200);
            Api.Resp retry = manager.send("POST", "/api/v1/phonebook/shared/import?dryRun=false",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8", manager.token, headers);
            assertThat(retry.status()).isEqualTo(200);
            assertThat(retry.text()).isEqualTo(first.text());
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        }
        assertThat(events).as("two imports, each once").hasSize(2);
        int rows = big.toString().split("\r\n").length - 1;
        assertThat(((PhonebookChanged.Imported) events.get(1).data()).count()).isEqualTo(rows);
    }

    /** A body of unknown length (chunked) past the JSON limit is read ahead too, under the import's own ceiling. */
    @Test
    void aChunkedImportPastTheJsonLimitWithAKeyIsReadWhole() {
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; big.length() <= 2 * WebServer.MAX_REQUEST_BYTES; i++) {
            big.append("Nome").append(i).append(",Cognome").append(i).append(",,,,,").append("x".repeat(200))
                .append("\r\n");
        }
        byte[] csv = big.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        for (int at = 0; at < csv.length; at += 65536) {
            int n = Math.min(65536, csv.length - at);
            chunked.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(csv, at, n);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String head = "POST /api/v1/phonebook/shared/import?dryRun=true HTTP/1.1\r\nContent-Type: text/csv\r\n"
            + "Idempotency-Key: chunked-1\r\nTransfer-Encoding: chunked";
        Api.Resp r = manager.raw(head, chunked.toByteArray());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("created").intValue()).isEqualTo(big.toString().split("\r\n").length - 1);
    }

    @Test
    void theExportIsCsvThatImportsBackAsUpdates() {
        importCsv(manager, "shared", "", MIXED);
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().data()).isEqualTo(new PhonebookChanged.Imported("shared", "imported", 2));
        assertThat(events.getFirst().audience()).isEqualTo(new Audience.Everyone());

        Api.Resp export = anna.get("/api/v1/phonebook/shared/export.csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).isEqualTo("attachment; filename=\"shared-phonebook.csv\"");
        String[] lines = export.text().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,firstName,lastName,company,department,title,workPhone,mobilePhone,"
            + "homePhone,email,notes");
        assertThat(export.text()).contains(",Mario,Rossi,ACME,,,+39 06 1234567,,,mario@acme.it,"
            + "\"multi\nline, with \"\"quotes\"\"\"\r\n");
        assertThat(export.text()).contains(",Anna,Verdi,\"Verdi & Figli, S.n.c.\",,,,333 1234567,,,\r\n");

        String edited = export.text().replace("ACME", "ACME Italia");
        JsonNode again = importCsv(manager, "shared", "", edited).json();
        assertThat(again.get("updated").intValue()).isEqualTo(2);
        assertThat(again.get("created").intValue()).isZero();
        assertThat(again.get("failed").intValue()).isZero();
        JsonNode items = anna.get("/api/v1/phonebook/shared").json().get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("company").stringValue()).isEqualTo("ACME Italia");
        assertThat(items.get(0).get("notes").stringValue()).isEqualTo("multi\nline, with \"quotes\"");
        assertThat(items.get(0).get("version").longValue()).isEqualTo(2);
        assertThat(anna.get("/api/v1/phonebook/shared/export.csv").text()).isEqualTo(edited);
    }

    @Test
    void personalImportsTakeAVisibilityAndSemicolonsAndExportOnlyTheOwnersContacts() {
        String csv = "\uFEFFVisibility;FirstName;LastName;MobilePhone\n"
            + "speeddial;Mamma;;+39 347 1111111\n"
            + "secret;Zio;Pino;\n"
            + ";Zia;Lina;\n";
        JsonNode report = importCsv(anna, "personal", "", csv).json();
        assertThat(report.get("created").intValue()).isEqualTo(2);
        assertThat(report.get("rows").get(1).get("errors").get(0).get("field").stringValue()).isEqualTo("visibility");
        JsonNode mine = anna.get("/api/v1/contacts").json().get("items");
        assertThat(mine).extracting(x -> x.get("visibility").stringValue() + ":" + x.get("firstName").stringValue())
            .containsExactly("private:Zia", "speeddial:Mamma");
        assertThat(events.getLast().audience()).isEqualTo(new Audience.User("anna"));

        Api bruno = user("bruno", Role.USER, null);
        created(bruno, "/api/v1/contacts", "{\"lastName\":\"Bruno's\"}");
        String annas = anna.get("/api/v1/phonebook/personal/export.csv").text();
        assertThat(annas).startsWith("id,visibility,firstName,").contains("Mamma").contains("Lina")
            .doesNotContain("Bruno's");
        JsonNode brunosIdInAnnasImport = importCsv(anna, "personal", "?dryRun=true", "id,lastName\r\n"
            + id(bruno.get("/api/v1/contacts").json().get("items").get(0)) + ",Stolen\r\n").json();
        assertThat(brunosIdInAnnasImport.get("rows").get(0).get("errors").get(0).get("message").stringValue())
            .contains("your personal contacts");
    }

    @Test
    void badImportsAreRefusedWithWhy() {
        Api.Resp forbidden = importCsv(anna, "shared", "?dryRun=true", MIXED);
        assertThat(forbidden.status()).isEqualTo(403);
        Api.Resp header = importCsv(manager, "shared", "", "name,phone\r\nx,1\r\n");
        assertThat(header.status()).isEqualTo(422);
        assertThat(header.json().get("fields").get("csv").stringValue()).contains("unknown column 'name'")
            .contains("unknown column 'phone'");
        Api.Resp quote = importCsv(manager, "shared", "", HEADER + "\"Mario,Rossi\r\n");
        assertThat(quote.status()).isEqualTo(422);
        assertThat(quote.json().get("fields").get("csv").stringValue()).contains("line 2").contains("not closed");
        assertThat(importCsv(manager, "shared", "", "").json().get("fields").get("csv").stringValue())
            .contains("empty");
        Api.Resp twice = importCsv(manager, "shared", "", "lastName,LASTNAME\r\n");
        assertThat(twice.json().get("fields").get("csv").stringValue()).contains("appears twice");
        Api.Resp wide = importCsv(manager, "shared", "?dryRun=true", "lastName\r\nRossi,extra\r\n");
        assertThat(wide.json().get("rows").get(0).get("errors").get(0).get("message").stringValue())
            .contains("2 fields, the header 1");
        assertThat(manager.send("POST", "/api/v1/phonebook/shared/import", "{}").status()).isEqualTo(415);
        assertThat(importCsv(manager, "shared", "?dryRun=maybe", MIXED).status()).isEqualTo(400);
        Api.Resp latin1 = manager.send("POST", "/api/v1/phonebook/shared/import", "lastName\r\nNicol\u00f2\r\n"
            .getBytes(StandardCharsets.ISO_8859_1), "text/csv", manager.token);
        assertThat(latin1.status()).isEqualTo(400);
        assertThat(latin1.json().get("code").stringValue()).isEqualTo("invalid_csv");
        assertThat(latin1.json().get("message").stringValue()).contains("UTF-8");
    }

    @Test
    void theVCardExportIsVCard4FieldByField() {
        created(manager, "/api/v1/phonebook/shared", "{\"firstName\":\"Nicolò\",\"lastName\":\"D'Amico; jr\","
            + "\"company\":\"Rossi, Bianchi & C.\",\"department\":\"Vendite\",\"title\":\"Direttore\","
            + "\"workPhone\":\"+39 (06) 1234-567\",\"mobilePhone\":\"0039 333 1234567\",\"homePhone\":\"06 7654321\","
            + "\"email\":\"nicolo@example.it\",\"notes\":\"" + "Prima riga\\nè una nota lunga, lunghissima, "
            + "che supera i settantacinque ottetti di una riga vCard\"}");
        created(manager, "/api/v1/phonebook/shared", "{\"company\":\"Solo Azienda S.p.A.\"}");
        Api.Resp r = anna.get("/api/v1/phonebook/shared/export.vcf");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/vcard");
        String vcf = r.text();
        for (String line : vcf.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(vcf).endsWith("END:VCARD\r\n").doesNotContain("\n\n");
        String unfolded = vcf.replace("\r\n ", "");
        List<String> lines = List.of(unfolded.split("\r\n"));
        assertThat(lines.subList(0, 2)).containsExactly("BEGIN:VCARD", "VERSION:4.0");
        assertThat(lines.get(2)).matches("UID:urn:uuid:[0-9a-f-]{36}");
        assertThat(lines.subList(3, 15)).containsExactly(
            "KIND:individual",
            "FN:Nicolò D'Amico\\; jr",
            "N:D'Amico\\; jr;Nicolò;;;",
            "ORG:Rossi\\, Bianchi & C.;Vendite",
            "TITLE:Direttore",
            "TEL;VALUE=uri;TYPE=work,voice:tel:+39061234567",
            "TEL;VALUE=uri;TYPE=cell:tel:+393331234567",
            "TEL;VALUE=text;TYPE=home,voice:06 7654321",
            "EMAIL;TYPE=work:nicolo@example.it",
            "NOTE:Prima riga\\nè una nota lunga\\, lunghissima\\, che supera i settantacinque ottetti di una "
                + "riga vCard",
            lines.get(13),
            "END:VCARD");
        assertThat(lines.get(13)).matches("REV:\\d{8}T\\d{6}Z");
        assertThat(lines.subList(15, lines.size())).contains("KIND:org", "FN:Solo Azienda S.p.A.",
            "ORG:Solo Azienda S.p.A.").noneMatch(l -> l.startsWith("N:"));
        assertThat(vcf).as("a folded line starts with one space").contains("\r\n ");
    }

    @Test
    void everyChangeIsAnEventForItsAudience() {
        JsonNode shared = created(manager, "/api/v1/phonebook/shared", "{\"lastName\":\"Rossi\"}");
        JsonNode mine = created(anna, "/api/v1/contacts", "{\"lastName\":\"Zia\"}");
        anna.send("PATCH", "/api/v1/contacts/" + id(mine), "{\"firstName\":\"Pina\"}");
        anna.send("DELETE", "/api/v1/contacts/" + id(mine), null);
        manager.send("DELETE", "/api/v1/phonebook/shared/" + id(shared), null);
        assertThat(events).extracting(PhonebookChanged::data).containsExactly(
            new PhonebookChanged.ContactChange("shared", id(shared), "created"),
            new PhonebookChanged.ContactChange("personal", id(mine), "created"),
            new PhonebookChanged.ContactChange("personal", id(mine), "updated"),
            new PhonebookChanged.ContactChange("personal", id(mine), "deleted"),
            new PhonebookChanged.ContactChange("shared", id(shared), "deleted"));
        assertThat(events).extracting(PhonebookChanged::audience).containsExactly(new Audience.Everyone(),
            new Audience.User("anna"), new Audience.User("anna"), new Audience.User("anna"), new Audience.Everyone());
        assertThat(events).allMatch(e -> e.type().equals("phonebook.changed"));
    }
}
