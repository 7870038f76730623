package io.saleslens.cli;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.stage.ReportOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of the commands that write reports (run, demo): which departments, their profiles, extra formats. */
final class ReportOptionsMixin {
    @Option(
            names = "--departments",
            split = ",",
            paramLabel = "NAME[,NAME...]",
            hideParamSyntax = true,
            description =
                    "Write only these departments' reports (default: all; shipped: sales, marketing, finance, product, operations,"
                            + " executive, data-engineering).")
    List<String> departments = new ArrayList<>();

    @Option(
            names = "--profiles",
            paramLabel = "DIR",
            description = "A folder of <department>.yaml profiles that add departments or replace shipped ones.")
    Path profiles;

    @Option(
            names = "--format",
            split = ",",
            paramLabel = "FORMAT[,FORMAT...]",
            hideParamSyntax = true,
            description = "Extra report formats besides Markdown and HTML: pdf.")
    List<String> formats = new ArrayList<>();

    /** The report options; a format other than pdf is refused before anything runs. */
    ReportOptions reportOptions() {
        for (String format : formats) {
            if (!format.trim().equalsIgnoreCase("pdf")) {
                throw new SalesLensException(
                        ErrorCode.OPTION_INVALID,
                        "--format: unknown format '" + format.trim()
                                + "'; Markdown and HTML are always written, add pdf for PDF");
            }
        }
        return new ReportOptions(departments, Optional.ofNullable(profiles), !formats.isEmpty());
    }
}
