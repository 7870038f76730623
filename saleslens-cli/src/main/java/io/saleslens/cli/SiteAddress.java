package io.saleslens.cli;

import picocli.CommandLine.Option;

/** The address the site listens on: serve's, and watch's with --serve. */
final class SiteAddress {
    @Option(
            names = "--port",
            description = "Port to serve on (default: ${DEFAULT-VALUE}; 0: any free port).",
            defaultValue = "8080")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            description = "Address to serve on (default: ${DEFAULT-VALUE}, this machine only).",
            defaultValue = "127.0.0.1")
    String bind;
}
