package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The UI's static files over HTTP, beside the API; and the message catalogues against the code that uses them. */
class WebUiTest extends WebTestBase {
    private static final Pattern VUE_PATH = Pattern.compile("/webjars/vue/([0-9.]+)/dist/vue\\.esm-browser\\.prod\\.js");

    @Test
    void slashServesTheIndexWithTheVueVersionFilledIn() {
        Api.Resp r = api.get("/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.text()).contains("<div id=\"app\">").contains("/js/main.js").doesNotContain("${vue.version}");
        Matcher vue = VUE_PATH.matcher(r.text());
        assertThat(vue.find()).as("the import map names the Vue build").isTrue();

        Api.Resp lib = api.get(vue.group());
        assertThat(lib.status()).isEqualTo(200);
        assertThat(lib.header("Content-Type")).contains("javascript");
        assertThat(lib.header("Cache-Control")).contains("immutable");
        assertThat(lib.text()).contains("createApp");
    }

    @Test
    void modulesAndStylesAreServedWithoutATokenAndRevalidated() {
        Api.Resp js = api.get("/js/main.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.header("Content-Type")).contains("javascript");
        assertThat(js.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(js.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.get("/").header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(api.get("/").header("Content-Security-Policy")).contains("script-src 'self' 'unsafe-eval' 'sha256-")
            .contains("connect-src 'self'").contains("frame-ancestors 'none'").doesNotContain("script-src *");
        assertThat(api.get("/css/app.css").header("Content-Type")).startsWith("text/css");
        assertThat(api.get("/js/no-such-module.js").status()).isEqualTo(404);
    }

    @Test
    void apiRoutesKeepPriorityAndStayProtected() {
        Api.Resp r = api.get("/api/v1/extensions");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        Api.Resp unknown = api.get("/api/v1/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void theItalianAndEnglishCataloguesHaveTheSameKeys() {
        Set<String> it = catalogueKeys("js/i18n/it.js");
        Set<String> en = catalogueKeys("js/i18n/en.js");
        assertThat(en).hasSizeGreaterThan(100);
        assertThat(it).isEqualTo(en);
    }

    @Test
    void everyMessageKeyTheCodeNamesIsInTheCatalogue() throws IOException {
        Set<String> known = catalogueKeys("js/i18n/en.js");
        Pattern literal = Pattern.compile("\\bt\\('([A-Za-z]+\\.[A-Za-z.]+)'[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(uiDir().resolve("js"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * The UI shows an error by its code from the catalogue (the API's message is English): every code the web
     * module's sources send must have an error.* entry, or an Italian user would read English.
     */
    @Test
    void everyErrorCodeTheApiSendsHasAMessageInTheCatalogue() throws IOException {
        Set<String> known = catalogueKeys("js/i18n/en.js");
        List<Pattern> thrown = List.of(
            // new ApiException(404, "x"), ApiException.field(400, "x", ...), ApiError.of("x", ...), new ApiError("x", ...)
            Pattern.compile("(?:new ApiException\\(\\s*[\\w.]+,\\s*|ApiException\\.field\\(\\w+,\\s*"
                + "|ApiError\\.of(?:Fields)?\\(|new ApiError\\()\"([a-z]+(?:_[a-z]+)*)\""),
            // a body written by hand: "{\"code\":\"x\", ...}"
            Pattern.compile("code\\\\\":\\\\\"([a-z]+(?:_[a-z]+)*)"),
            // the container's own 400s
            Pattern.compile("code == 400 \\? \"([a-z]+(?:_[a-z]+)*)\""));
        Set<String> codes = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : thrown) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        codes.add(m.group(1));
                        if (!known.contains("error." + m.group(1))) {
                            missing.add(m.group(1) + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(codes).contains("validation_failed", "precondition_failed", "locked_out", "csrf_failed",
            "invalid_credentials", "idempotency_key_reused", "idempotency_secret_not_kept", "bad_request", "last_admin");
        assertThat(missing).isEmpty();
    }

    private static Set<String> catalogueKeys(String file) {
        Set<String> keys = new TreeSet<>();
        Matcher m = Pattern.compile("'([A-Za-z]+\\.[A-Za-z_.]+)':").matcher(read(file));
        while (m.find()) {
            assertThat(keys.add(m.group(1))).as("key %s twice in %s", m.group(1), file).isTrue();
        }
        return keys;
    }

    private static String read(String file) {
        try (InputStream in = WebUiTest.class.getResourceAsStream(WebUi.CLASSPATH_DIR + "/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path uiDir() {
        try {
            return Path.of(WebUiTest.class.getResource(WebUi.CLASSPATH_DIR).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
