package org.centralino.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    static List<List<String>> fields(String text) {
        return CsvReader.read(text).stream().map(CsvRecord::fields).toList();
    }

    @Test
    void plainFieldsWithCrlfLfAndCrLineEnds() {
        assertThat(fields("a,b\r\nc,d\ne,f\rg,h")).containsExactly(List.of("a", "b"), List.of("c", "d"),
            List.of("e", "f"), List.of("g", "h"));
        assertThat(fields("a,b\r\n")).containsExactly(List.of("a", "b"));
        assertThat(fields("")).isEmpty();
    }

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        List<CsvRecord> r = CsvReader.read("n,x\r\n\"1,2\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",\"\"\r\nlast,z");
        assertThat(r).extracting(CsvRecord::fields).containsExactly(List.of("n", "x"), List.of("1,2", "say \"hi\""),
            List.of("two\r\nlines", ""), List.of("last", "z"));
        assertThat(r).extracting(CsvRecord::line).containsExactly(1, 2, 3, 5);
    }

    @Test
    void aByteOrderMarkIsSkippedAndEmptyFieldsKept() {
        assertThat(fields("\uFEFFnumber,name\n1001,,\n")).containsExactly(List.of("number", "name"),
            List.of("1001", "", ""));
        assertThat(CsvReader.read("\n,\n").getFirst().isBlank()).isTrue();
    }

    @Test
    void semicolonsAreTheSeparatorWhenTheFirstLineHasMoreOfThem() {
        assertThat(fields("number;name\n1001;\"Rossi; Mario\"\n1002;a,b")).containsExactly(
            List.of("number", "name"), List.of("1001", "Rossi; Mario"), List.of("1002", "a,b"));
        assertThat(CsvReader.detectSeparator("\"a;b;c\",d\n")).isEqualTo(',');
    }

    @Test
    void brokenQuotingIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> CsvReader.read("a,b\n\"open,x\ny,z")).isInstanceOf(CsvException.class)
            .hasMessageContaining("line 2").hasMessageContaining("never closed");
        assertThatThrownBy(() -> CsvReader.read("a\n\"q\"x,y")).isInstanceOf(CsvException.class)
            .hasMessageContaining("line 2").hasMessageContaining("after the closing quote");
        assertThatThrownBy(() -> CsvReader.read("a\nb\nx\"y")).isInstanceOf(CsvException.class)
            .hasMessageContaining("line 3");
    }

    @Test
    void writerQuotesOnlyWhatNeedsItAndReadsBackTheSame() {
        List<String> tricky = List.of("plain", "a,b", "say \"hi\"", "two\r\nlines", " padded ", "", "semi;colon",
            "😀 àèì");
        String text = new CsvWriter().row("h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8").row(tricky).toString();
        assertThat(text).startsWith("h1,h2,h3,h4,h5,h6,h7,h8\r\nplain,\"a,b\",\"say \"\"hi\"\"\",")
            .endsWith("\r\n");
        assertThat(fields(text).get(1)).isEqualTo(tricky);
        assertThat(CsvWriter.field(null)).isEmpty();
    }
}
