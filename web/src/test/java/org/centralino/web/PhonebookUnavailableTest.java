package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A server built without phonebooks keeps the routes (the API is the same on every build) and answers 503. */
class PhonebookUnavailableTest extends PhonebookTestBase {
    @Test
    void everyPhonebookRouteAnswers503() {
        WebServer bare = new WebServer(new WebConfig("127.0.0.1", 0), WebServices.of(server.extensionService,
            server.registrations, AccountServices.authOnly(server.auth)));
        bare.start();
        try {
            Api client = new Api(bare.port());
            client.token = api.login().token;
            for (String path : new String[] {"/api/v1/contacts", "/api/v1/phonebook/shared",
                "/api/v1/phonebook/search?q=a", "/api/v1/phonebook/lookup?number=1001",
                "/api/v1/phonebook/personal/export.vcf"}) {
                Api.Resp r = client.get(path);
                assertThat(r.status()).as(path).isEqualTo(503);
                assertThat(code(r)).isEqualTo("unavailable");
            }
            assertThat(bare.routes()).contains("GET /api/v1/contacts/{id}", "POST /api/v1/phonebook/shared/import");
        } finally {
            bare.stop();
        }
    }
}
