package io.saleslens.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DiskErrorsTest {
    @Test
    void aFullDiskIsRecognisedInTheMessageOfAnyCause() {
        Exception engine = new SQLException("IO Error: Could not write file \"x.duckdb\": No space left on device");
        SalesLensException blamingTheInput =
                new SalesLensException(ErrorCode.SOURCE_MALFORMED, "sales_details.csv: cannot be read as CSV", engine);
        assertThat(DiskErrors.isNoSpaceLeft(blamingTheInput)).isTrue();
    }

    @Test
    void aFullDiskIsRecognisedInTheReasonOfAFileSystemException() {
        FileSystemException jdk = new FileSystemException("/out/runs/x/metrics.json", null, "No space left on device");
        assertThat(DiskErrors.isNoSpaceLeft(new UncheckedIOException(jdk))).isTrue();
        assertThat(DiskErrors.isNoSpaceLeft(new IOException("write failed: ENOSPC")))
                .isTrue();
    }

    @Test
    void aFullDiskIsTheDiskFullCodeWhateverTheFailureWouldOtherwiseBe() {
        IOException full = new FileSystemException("/tmp/saleslens-x.csv", null, "No space left on device");
        assertThat(DiskErrors.codeOf(full, ErrorCode.FILE_IO_FAILED)).isEqualTo(ErrorCode.DISK_FULL);
        assertThat(DiskErrors.codeOf(new IOException("Input/output error"), ErrorCode.FILE_IO_FAILED))
                .isEqualTo(ErrorCode.FILE_IO_FAILED);
        assertThat(ErrorCode.DISK_FULL.category().exitCode()).isEqualTo(5);
    }

    @Test
    void otherFailuresAreNotADiskProblem() {
        assertThat(DiskErrors.isNoSpaceLeft(new SalesLensException(
                        ErrorCode.SOURCE_MALFORMED, "sales_details.csv: cannot be read as CSV (unterminated quote)")))
                .isFalse();
        assertThat(DiskErrors.isNoSpaceLeft(new IllegalStateException())).isFalse();
    }
}
