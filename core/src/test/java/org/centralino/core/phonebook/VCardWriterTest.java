package org.centralino.core.phonebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VCardWriterTest {
    @Test
    void linesFoldAt75OctetsWithoutSplittingAUtf8Character() {
        StringBuilder out = new StringBuilder();
        String value = "NOTE:" + "è".repeat(100);
        VCardWriter.line(out, value);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSizeGreaterThan(2);
        for (int i = 0; i < lines.length; i++) {
            byte[] bytes = lines[i].getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(lines[i]);
            if (i > 0) {
                assertThat(lines[i]).startsWith(" ");
            }
        }
        assertThat(lines[0].getBytes(StandardCharsets.UTF_8).length).as("5 + 35 two-octet characters").isEqualTo(75);
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo(value + "\r\n");
    }

    @Test
    void textEscapesBackslashCommaSemicolonAndLineBreaks() {
        assertThat(VCardWriter.text("a\\b,c;d\r\ne\nf")).isEqualTo("a\\\\b\\,c\\;d\\ne\\nf");
        assertThat(VCardWriter.text(null)).isEmpty();
    }
}
