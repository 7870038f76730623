package io.saleslens.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFileScanTest {

    private static TextDialect scan(byte[] bytes) throws IOException {
        return TextFileScan.scan(new ByteArrayInputStream(bytes));
    }

    @Test
    void findsTheDelimiterThatSplitsEveryRecordEvenlyIgnoringQuotedOnes() throws IOException {
        String text = "a;b;c\n\"1,5\";x;y\n\"2,5\";\"p;q\";z\n";
        TextDialect dialect = scan(text.getBytes(StandardCharsets.UTF_8));
        assertThat(dialect.delimiter()).isEqualTo(';');
        assertThat(dialect.records()).isEqualTo(3);
        assertThat(dialect.consistentRecords()).isEqualTo(3);
    }

    @Test
    void aQuotedLineBreakDoesNotEndTheRecordAndDoubledQuotesAreCounted() throws IOException {
        TextDialect dialect = scan("a,b\n\"line one\nline \"\"two\"\"\",x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(dialect.records()).isEqualTo(2);
        assertThat(dialect.doubledQuotes()).isEqualTo(2);
    }

    @Test
    void tellsUtf8WithAByteOrderMarkFromWindows1252() throws IOException {
        byte[] bom = "\uFEFFname\nJosé\n".getBytes(StandardCharsets.UTF_8);
        assertThat(scan(bom).encoding()).isEqualTo("utf-8");
        assertThat(scan(bom).byteOrderMark()).isTrue();
        TextDialect cp1252 = scan("name\tcity\nJosé\tKöln\n".getBytes(Charset.forName("windows-1252")));
        assertThat(cp1252.encoding()).isEqualTo("windows-1252");
        assertThat(cp1252.delimiter()).isEqualTo('\t');
    }

    @Test
    void anAccentLateInTheFileDecidesTheEncoding() throws IOException {
        StringBuilder text = new StringBuilder("name\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("plain ").append(i).append('\n');
        }
        text.append("Renée\n");
        assertThat(scan(text.toString().getBytes(Charset.forName("windows-1252")))
                        .encoding())
                .isEqualTo("windows-1252");
    }
}
