package io.saleslens.cli;

import io.saleslens.run.Version;
import picocli.CommandLine.IVersionProvider;

/** Prints the SalesLens version for {@code --version}. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"saleslens " + Version.current()};
    }
}
