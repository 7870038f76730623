package io.saleslens.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

class DiskErrorsTest {
    @Test
    void aFullDiskIsRecognisedInTheMessageOfAnyCause() {
        Exception engine = new java.sql.SQLException("IO Error: Could not write file \"x.duckdb\": No space left on device");
        SalesLensException blamingTheInput = SalesLensException.userError("sales_details.csv: cannot be read as CSV", engine);
        assertThat(DiskErrors.isNoSpaceLeft(blamingTheInput)).isTrue();
    }

    @Test
    void aFullDiskIsRecognisedInTheReasonOfAFileSystemException() {
        FileSystemException jdk = new FileSystemException("/out/runs/x/metrics.json", null, "No space left on device");
        assertThat(DiskErrors.isNoSpaceLeft(new UncheckedIOException(jdk))).isTrue();
        assertThat(DiskErrors.isNoSpaceLeft(new IOException("write failed: ENOSPC"))).isTrue();
    }

    @Test
    void otherFailuresAreNotADiskProblem() {
        assertThat(DiskErrors.isNoSpaceLeft(SalesLensException.userError("sales_details.csv: cannot be read as CSV (unterminated quote)")))
                .isFalse();
        assertThat(DiskErrors.isNoSpaceLeft(new IllegalStateException())).isFalse();
    }
}
