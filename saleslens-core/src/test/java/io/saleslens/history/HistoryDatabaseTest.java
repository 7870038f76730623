package io.saleslens.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryDatabaseTest {
    @TempDir
    Path out;

    @Test
    void withoutAUrlTheHistoryIsTheOutputFoldersDuckDbFile() {
        HistoryDatabase history = HistoryDatabase.of(out, null, Map.of());
        assertThat(history.location()).isEqualTo(out.resolve("history.duckdb").toString());
        assertThat(history.exists()).isFalse();
    }

    @Test
    void aUrlOfAnotherDatabaseIsAnInvalidOption() {
        assertThatThrownBy(() -> HistoryDatabase.of(out, "jdbc:mysql://db/sales", Map.of()))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("--history jdbc:mysql://db/sales: not a history database URL; use"
                        + " jdbc:postgresql://HOST[:PORT]/DATABASE or jdbc:duckdb:FILE")
                .extracting(e -> ((SalesLensException) e).code())
                .isEqualTo(ErrorCode.OPTION_INVALID);
    }

    @Test
    void anInMemoryDuckDbKeepsNoHistory() {
        assertThatThrownBy(() -> HistoryDatabase.of(out, "jdbc:duckdb:", Map.of()))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining("an in-memory database keeps no history");
    }

    @Test
    void messagesNameAPostgresqlUrlWithoutItsParameters() {
        HistoryDatabase history = HistoryDatabase.of(out, "jdbc:postgresql://db:5432/sales?password=secret", Map.of());
        assertThat(history.location()).isEqualTo("jdbc:postgresql://db:5432/sales");
    }

    @Test
    void aServerThatDoesNotAnswerIsDatabaseUnavailable() {
        HistoryDatabase history = HistoryDatabase.of(
                out,
                "jdbc:postgresql://127.0.0.1:1/sales?connectTimeout=2",
                Map.of(HistoryDatabase.USER_VARIABLE, "someone", HistoryDatabase.PASSWORD_VARIABLE, "secret"));
        assertThatThrownBy(() -> new HistoryRecorder(history).rebuild(out))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith("history database jdbc:postgresql://127.0.0.1:1/sales does not answer (")
                .hasMessageNotContaining("secret")
                .extracting(e -> ((SalesLensException) e).code())
                .isEqualTo(ErrorCode.DATABASE_UNAVAILABLE);
    }
}
