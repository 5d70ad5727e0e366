package org.cqlshift.runner;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** One in-process run of the runner: exit code and what it printed. */
final class RunResult {

    final int exitCode;
    final String out;
    final String err;

    private RunResult(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static RunResult run(Map<String, String> environment, String... args) {
        return run(environment, new ByteArrayOutputStream(), args);
    }

    /** Starts a run in the background; its standard error so far can be read while it runs. */
    static Running start(Map<String, String> environment, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        return new Running(CompletableFuture.supplyAsync(() -> run(environment, err, args)), err);
    }

    private static RunResult run(Map<String, String> environment, ByteArrayOutputStream err, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = Runner.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new RunResult(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A run under way. */
    record Running(CompletableFuture<RunResult> result, ByteArrayOutputStream err) {

        String errSoFar() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    String all() {
        return out + err;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
}
