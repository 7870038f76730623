package io.saleslens.cli;

import io.saleslens.error.ErrorCategory;
import io.saleslens.error.SalesLensException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code saleslens} command: turns sales exports into validated data, metrics, reports and dashboards. */
@Command(name = "saleslens", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns raw sales exports into validated data, KPIs, reports and dashboards, tagged with a Run ID.",
        subcommands = {RunCommand.class, ValidateCommand.class, InitCommand.class, DemoCommand.class, GenerateCommand.class,
                BenchCommand.class, VersionCommand.class,
                CommandLine.HelpCommand.class})
public final class SalesLensCommand {

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code: 0 success, 1 internal error, 2 user error. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        CommandLine commandLine = new CommandLine(new SalesLensCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (verbose) {
                exception.printStackTrace(err);
            }
            if (exception instanceof SalesLensException failure) {
                err.println("saleslens: " + failure.getMessage().lines().findFirst().orElse(""));
                return failure.category().exitCode();
            }
            err.println("saleslens: internal error: " + exception + (verbose ? "" : " (run with --verbose for details)"));
            return ErrorCategory.INTERNAL_ERROR.exitCode();
        });
        commandLine.setParameterExceptionHandler((exception, params) -> {
            err.println("saleslens: " + exception.getMessage() + "; see 'saleslens help'");
            return ErrorCategory.USER_ERROR.exitCode();
        });
        return commandLine.execute(args);
    }
}
