package org.cqlshift.runner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The runner as users start it, {@code bin/cqlshift}: its main class in a JVM of its own, here on the test's
 * classpath (the runner's classes and dependencies). Its output is collected line by line, so that a soak can kill it
 * when a given line appears.
 */
final class RunnerProcess {

    private final Process process;
    private final StringBuilder output = new StringBuilder();
    private final Thread reader;
    private boolean killed;

    private RunnerProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::collect, "runner-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static RunnerProcess start(List<String> args) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classpath, Runner.class.getName()));
        command.addAll(args);
        try {
            return new RunnerProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collect() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.append(line).append('\n');
                    output.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process was killed: its output ends here.
        }
    }

    /** Waits until the output holds the text or the process ends; true when the text appeared. */
    boolean awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (output) {
            while (output.indexOf(text) < 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !reader.isAlive()) {
                    return output.indexOf(text) >= 0;
                }
                TimeUnit.NANOSECONDS.timedWait(output, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
            }
            return true;
        }
    }

    /** Waits until the process ends by itself or the time passes; true when it has ended. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends SIGKILL; true when the process was still running, so that the signal is what ended it. */
    boolean kill() throws InterruptedException {
        if (!process.isAlive()) {
            return false;
        }
        process.destroyForcibly();
        process.waitFor();
        killed = true;
        return true;
    }

    /** Waits for the end of a run that must finish by itself, killing it after the timeout. */
    int finish(Duration timeout) throws InterruptedException {
        if (!awaitExit(timeout)) {
            kill();
            throw new AssertionError("The runner did not end within " + timeout.toSeconds() + " s:\n" + output());
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    boolean wasKilled() {
        return killed;
    }

    String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    /** Kills the process if it still runs, e.g. after a failed assertion. */
    void ensureEnded() {
        process.destroyForcibly();
    }
}
