package io.saleslens.cli;

import io.saleslens.infer.InferredDataset;
import java.io.PrintWriter;

/** Shows an inferred mapping on the console, so the person running SalesLens sees what each column was taken for. */
final class InferredMapping {
    private InferredMapping() {}

    static void print(InferredDataset inferred, PrintWriter err) {
        err.println("saleslens: inferred mapping:");
        inferred.summary().forEach(line -> err.println("  " + line));
        err.flush();
    }
}
