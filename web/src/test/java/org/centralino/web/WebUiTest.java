package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
