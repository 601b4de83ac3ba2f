package org.centralino.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    static List<List<String>> fields(String text) {
        return CsvReader.read(text).stream().map(CsvRecord::fields).toList();
    }

    @Test
    void whatASpreadsheetWouldRunAsAFormulaIsDefusedAndReadBackAsWritten() {
        List<String> values = List.of("=HYPERLINK(\"http://x\")", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3",
            "\tindent", "+39 06 1234567", "-5", "+1 (555) 010-9999", "ordinary", "");
        String csv = new CsvWriter().row(values).toString();
        assertThat(csv).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1),'+cmd|' /C calc'!A0,'-2+3,'\tindent,")
            .contains(",+39 06 1234567,-5,+1 (555) 010-9999,ordinary,");
        assertThat(CsvReader.read(csv).get(0).fields()).containsExactlyElementsOf(values);
        assertThat(CsvReader.read("'=not-a-guard-if-typed,'plain\r\n").get(0).fields())
            .as("an apostrophe only comes off before a formula").containsExactly("=not-a-guard-if-typed", "'plain");
    }

    @Test
    void plainFieldsWithCrlfLfAndCrLineEnds() {
        assertThat(fields("a,b\r\nc,d\ne,f\rg,h")).containsExactly(List.of("a", "b"), List.of("c", "d"),
            List.of("e", "f"), List.of("g", "h"));
        assertThat(fields("a,b\r\n")).containsExactly(List.of("a", "b"));
        assertThat(fields("")).isEmpty();
        assertThat(fields("a,")).containsExactly(List.of("a", ""));
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
    void blankLinesAndRowsOfEmptyOrSpaceFieldsAreBlankRecords() {
        List<CsvRecord> r = CsvReader.read("a\n\nb\n,,\n \t, \nc");
        assertThat(r).extracting(CsvRecord::fields).containsExactly(List.of("a"), List.of(""), List.of("b"),
            List.of("", "", ""), List.of(" \t", " "), List.of("c"));
        assertThat(r).extracting(CsvRecord::isBlank).containsExactly(false, true, false, true, true, false);
        assertThat(r).extracting(CsvRecord::line).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void semicolonsAreTheSeparatorWhenTheFirstLineHasMoreOfThem() {
        assertThat(fields("number;name\n1001;\"Rossi; Mario\"\n1002;a,b")).containsExactly(
            List.of("number", "name"), List.of("1001", "Rossi; Mario"), List.of("1002", "a,b"));
        assertThat(CsvReader.detectSeparator("\"a;b;c\",d\n")).isEqualTo(',');
        assertThat(CsvReader.detectSeparator("a;b;c\n1,5;2;3")).isEqualTo(';');
        assertThat(CsvReader.detectSeparator("a,b\n")).isEqualTo(',');
    }

    @Test
    void brokenQuotingIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> CsvReader.read("a,b\n\"open,x\ny,z")).isInstanceOf(CsvException.class)
            .hasMessageContaining("line 2").hasMessageContaining("not closed");
        assertThatThrownBy(() -> CsvReader.read("a\n\"q\"x,y")).isInstanceOf(CsvException.class)
            .hasMessageContaining("line 2").hasMessageContaining("after the closing quote");
        assertThatThrownBy(() -> CsvReader.read("a\nb\nx\"y")).isInstanceOf(CsvException.class)
            .hasMessageContaining("line 3");
    }

    @Test
    void aFieldOverTheLimitIsAnErrorNamingTheLineWhetherQuotedOrNot() {
        String longest = "x".repeat(CsvReader.MAX_FIELD_CHARS);
        assertThat(fields("a\n" + longest + ",\"" + longest + "\"")).containsExactly(List.of("a"),
            List.of(longest, longest));
        assertThatThrownBy(() -> CsvReader.read("a\n" + longest + "x")).isInstanceOf(CsvException.class)
            .hasMessageContaining("line 2").hasMessageContaining("longer than " + CsvReader.MAX_FIELD_CHARS);
        // A stray quote would otherwise swallow the rest of the upload into one field.
        assertThatThrownBy(() -> CsvReader.read("a\nb,\"" + "x\n".repeat(CsvReader.MAX_FIELD_CHARS)))
            .isInstanceOf(CsvException.class).hasMessageContaining("line 2").hasMessageContaining("longer");
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

    @Test
    void writerWritesNullEmptyAndQuotesEdgeWhiteSpaceThatSpreadsheetsWouldTrim() {
        String text = new CsvWriter().row(Arrays.asList("plain", null, "\ttab", "end ", "in side")).toString();
        assertThat(text).as("a leading tab is also a formula guard's case")
            .isEqualTo("plain,,'\ttab,\"end \",in side\r\n");
        assertThat(fields(text)).containsExactly(List.of("plain", "", "\ttab", "end ", "in side"));
    }
}
