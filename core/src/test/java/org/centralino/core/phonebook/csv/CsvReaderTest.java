package org.centralino.core.phonebook.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    static List<List<String>> fields(String text) {
        return CsvReader.read(text, ',').stream().map(CsvRecord::fields).toList();
    }

    @Test
    void rfc4180QuotingLineBreaksAndLineNumbers() {
        List<CsvRecord> r = CsvReader.read("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,x\nlast", ',');
        assertThat(r).extracting(CsvRecord::fields).containsExactly(List.of("a", "b,1", "say \"hi\""),
            List.of("two\r\nlines", "", "x"), List.of("last"));
        assertThat(r).extracting(CsvRecord::line).containsExactly(1, 2, 4);
    }

    @Test
    void aFinalLineBreakEndsTheLastRecordAndBlankLinesAreBlankRecords() {
        assertThat(fields("a\r\n")).containsExactly(List.of("a"));
        assertThat(fields("a\n\nb")).containsExactly(List.of("a"), List.of(""), List.of("b"));
        assertThat(CsvReader.read("a\n\nb", ',').get(1).isBlank()).isTrue();
        assertThat(fields("")).isEmpty();
        assertThat(fields("\uFEFFa,b")).containsExactly(List.of("a", "b"));
        assertThat(fields("a,")).containsExactly(List.of("a", ""));
    }

    @Test
    void brokenQuotingIsRefusedWithTheLine() {
        assertThatThrownBy(() -> fields("a\n\"open,b\nc")).isInstanceOf(CsvFormatException.class)
            .hasMessageContaining("line 2").hasMessageContaining("not closed");
        assertThatThrownBy(() -> fields("a\nb\"c")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> fields("\"a\"b")).hasMessageContaining("after the closing quote");
        assertThatThrownBy(() -> fields("x".repeat(CsvReader.MAX_FIELD_CHARS + 1))).hasMessageContaining("longer");
    }

    @Test
    void theDelimiterIsDetectedFromTheHeader() {
        assertThat(CsvReader.detectDelimiter("a;b;c\n1,5;2;3")).isEqualTo(';');
        assertThat(CsvReader.detectDelimiter("a,b\n")).isEqualTo(',');
        assertThat(CsvReader.detectDelimiter("\"a;b\",c")).isEqualTo(',');
        assertThat(CsvReader.read("a;\"b;c\"", ';').getFirst().fields()).containsExactly("a", "b;c");
    }

    @Test
    void theWriterQuotesOnlyWhatNeedsItAndReadsBack() {
        String out = new CsvWriter().record(java.util.Arrays.asList("plain", null, "a,b", "q\"q", "two\nlines", " pad"))
            .record(List.of("x")).toString();
        assertThat(out).isEqualTo("plain,,\"a,b\",\"q\"\"q\",\"two\nlines\",\" pad\"\r\nx\r\n");
        assertThat(fields(out)).containsExactly(List.of("plain", "", "a,b", "q\"q", "two\nlines", " pad"),
            List.of("x"));
    }
}
