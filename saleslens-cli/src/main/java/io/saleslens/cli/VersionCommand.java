package io.saleslens.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code saleslens version}: the same line as {@code --version}. */
@Command(name = "version", description = "Print the SalesLens version.")
final class VersionCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() {
        for (String line : new VersionProvider().getVersion()) {
            commandSpec.commandLine().getOut().println(line);
        }
        return 0;
    }
}
