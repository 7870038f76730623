package io.saleslens.infer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects why each spec column and join was chosen, for the spec's comments and the console. */
final class Evidence {
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    void column(String entity, String column, ProbedFile file, ColumnMatch match) {
        columns.put(
                entity + "." + column,
                file.fileName() + " '" + match.column() + "': " + match.evidence()
                        + String.format(
                                Locale.ROOT, "; confidence %.2f", match.meaning() == null ? 0.6 : match.confidence()));
    }

    void derived(String entity, String column, String how) {
        columns.put(entity + "." + column, how);
    }

    void note(String note) {
        notes.add(note);
    }

    Map<String, String> columns() {
        return columns;
    }

    List<String> notes() {
        return notes;
    }
}
