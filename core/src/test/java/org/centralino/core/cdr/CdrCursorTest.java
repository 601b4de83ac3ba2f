package org.centralino.core.cdr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.core.cdr.CallRecords.T0;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CdrCursorTest {
    @Test
    void roundTripsThroughItsToken() {
        CdrCursor c = new CdrCursor(T0.plusMillis(7), "call:with:colons-è-😀");
        assertThat(CdrCursor.decode(c.encode())).contains(c);
        assertThat(c.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void anythingElseIsNotACursor() {
        for (String bad : new String[] {"", "!!!", "abc", b64("v2:1:x"), b64("v1:x:y"), b64("v1:1:"), b64("v1:1"),
            b64("v1:99999999999999999999:x"), b64("v1:1:a\u0000b"),
            "A".repeat(10_000)}) {
            assertThat(CdrCursor.decode(bad)).as(bad).isEmpty();
        }
        assertThat(CdrCursor.decode(null)).isEmpty();
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
