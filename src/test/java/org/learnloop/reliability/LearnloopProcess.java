package org.learnloop.reliability;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Learnloop as an operator runs it: {@code java -Xmx512m -jar target/learnloop.jar}, a process of
 * its own with its own working folder (where the embedded database lives, in {@code ./data}), on
 * a free loopback port. Its output goes to {@code target/reliability/<name>.log}.
 */
final class LearnloopProcess implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("learnloop.jar", "target/learnloop.jar"));
    private static final Path LOGS = Path.of(System.getProperty("learnloop.reliability.logs", "target/reliability"));
    private static final Duration START_UP = Duration.ofMinutes(3);

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private LearnloopProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Learnloop in {@code folder} with {@code environment} added to this one's (any
     * {@code SPRING_DATASOURCE_*} of this one left out), and waits until the demo care worker can
     * call the API.
     */
    static LearnloopProcess start(String name, Path folder, Map<String, String> environment, String... arguments) {
        if (!Files.isRegularFile(JAR)) {
            fail("No " + JAR.toAbsolutePath() + ": build it first with mvn package (the reliability profile runs after it)");
        }
        try {
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port,
                    "--server.address=127.0.0.1"));
            command.addAll(List.of(arguments));
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_DATASOURCE_"));
            builder.environment().putAll(environment);
            LearnloopProcess started = new LearnloopProcess(name, builder.start(), port, log);
            started.awaitReady(List.of(arguments).contains("--demo"));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the demo care worker can call the API, and with {@code --demo} until the demo is all there. */
    private void awaitReady(boolean demo) throws IOException {
        Instant deadline = Instant.now().plus(START_UP);
        Http http = new Http(this);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail(name + " stopped while starting (exit " + process.exitValue() + "); see " + log.toAbsolutePath());
            }
            if (!demo || demoSeeded()) {
                try {
                    HttpResponse<String> me = http.get("/api/v1/me", "carer.oak");
                    if (me.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
            }
            pause(Duration.ofMillis(500));
        }
        fail(name + " was not ready within " + START_UP + "; see " + log.toAbsolutePath());
    }

    private boolean demoSeeded() throws IOException {
        String output = Files.readString(log);
        return output.contains("Seeded the demo provider") || output.contains("Demo data is already here");
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** {@code kill -9}: the JVM gets no chance to close anything (Process.destroyForcibly sends SIGKILL). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
