package io.saleslens.infer;

import static java.util.Objects.requireNonNull;

import io.saleslens.spec.SourceSpec;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One file of the folder after probing: how to read it, how many rows it has, and every column's
 * format and meaning. The rows stay loaded in the engine under {@code table} for the join measures.
 *
 * @param dialectEvidence what the byte scan found (encoding, delimiter, quotes), or the format's name
 */
public record ProbedFile(
        String source, SourceSpec spec, String table, long rows, String dialectEvidence, List<ColumnMatch> columns) {

    public ProbedFile {
        requireNonNull(source, "source is null");
        requireNonNull(spec, "spec is null");
        columns = List.copyOf(columns);
    }

    /** The columns given a meaning, best name tier first. */
    List<ColumnMatch> withMeaning(Meaning meaning) {
        return columns.stream()
                .filter(c -> c.meaning() == meaning)
                .sorted(Comparator.comparingInt(ColumnMatch::tier))
                .toList();
    }

    boolean has(Meaning meaning) {
        return columns.stream().anyMatch(c -> c.meaning() == meaning);
    }

    Optional<ColumnMatch> column(String name) {
        return columns.stream().filter(c -> c.column().equals(name)).findFirst();
    }

    boolean hasMeasures() {
        return columns.stream().anyMatch(c -> c.meaning() != null && c.meaning().isMeasure());
    }

    String fileName() {
        return spec.path().substring(spec.path().lastIndexOf('/') + 1);
    }
}
