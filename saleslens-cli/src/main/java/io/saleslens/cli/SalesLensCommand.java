package io.saleslens.cli;

import io.saleslens.error.SalesLensException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code saleslens} command: turns sales exports into validated data, metrics, reports and dashboards. */
@Command(
        name = "saleslens",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Turns raw sales exports into validated data, KPIs, reports and dashboards, tagged with a Run ID.",
        subcommands = {
            RunCommand.class,
            ValidateCommand.class,
            CompareCommand.class,
            HistoryCommand.class,
            ServeCommand.class,
            WatchCommand.class,
            InitCommand.class,
            DemoCommand.class,
            GenerateCommand.class,
            BenchCommand.class,
            VersionCommand.class,
            CommandLine.HelpCommand.class
        })
public final class SalesLensCommand {

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code ({@link ExitCode}: 0 success, 1 internal, 2 user, 4 checks, 5 external). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine commandLine = new CommandLine(new SalesLensCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        listExitCodes(commandLine);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (verbose) {
                exception.printStackTrace(err);
            }
            if (exception instanceof SalesLensException failure) {
                err.println(
                        "saleslens: " + failure.getMessage().lines().findFirst().orElse(""));
                return ExitCode.of(failure.category()).code();
            }
            err.println(
                    "saleslens: internal error: " + exception + (verbose ? "" : " (run with --verbose for details)"));
            return ExitCode.INTERNAL_ERROR.code();
        });
        commandLine.setParameterExceptionHandler((exception, params) -> {
            err.println("saleslens: " + exception.getMessage() + "; see 'saleslens help'");
            return ExitCode.USER_ERROR.code();
        });
        return commandLine.execute(args);
    }

    /** The usage help of the commands that run the pipeline ends with the exit codes they return. */
    private static void listExitCodes(CommandLine commandLine) {
        exitCodes(
                commandLine,
                ExitCode.SUCCESS,
                ExitCode.INTERNAL_ERROR,
                ExitCode.USER_ERROR,
                ExitCode.ALERT_FIRED,
                ExitCode.CHECKS_FAILED,
                ExitCode.EXTERNAL_ERROR);
        exitCodes(
                commandLine.getSubcommands().get("run"),
                ExitCode.SUCCESS,
                ExitCode.INTERNAL_ERROR,
                ExitCode.USER_ERROR,
                ExitCode.ALERT_FIRED,
                ExitCode.EXTERNAL_ERROR);
        for (String name : List.of("compare", "history")) {
            exitCodes(
                    commandLine.getSubcommands().get(name),
                    ExitCode.SUCCESS,
                    ExitCode.INTERNAL_ERROR,
                    ExitCode.USER_ERROR,
                    ExitCode.EXTERNAL_ERROR);
        }
        exitCodes(
                commandLine.getSubcommands().get("validate"),
                ExitCode.SUCCESS,
                ExitCode.INTERNAL_ERROR,
                ExitCode.USER_ERROR,
                ExitCode.CHECKS_FAILED,
                ExitCode.EXTERNAL_ERROR);
    }

    private static void exitCodes(CommandLine command, ExitCode... codes) {
        command.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCode.helpList(codes));
    }
}
