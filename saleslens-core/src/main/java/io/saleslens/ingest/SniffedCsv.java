package io.saleslens.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What {@link CsvSniffer} found at the start of a file: encoding, delimiter, byte-order mark and header names. */
public record SniffedCsv(String encoding, char delimiter, boolean bom, List<String> columns) {

    public SniffedCsv {
        requireNonNull(encoding, "encoding is null");
        columns = List.copyOf(columns);
    }
}
