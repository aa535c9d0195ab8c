package org.learnloop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnloop.reliability.SentReport.Acknowledged;

import tools.jackson.databind.JsonNode;

/**
 * Nothing acknowledged is lost to {@code kill -9}: 16 clients report events as the two demo care
 * workers, the process is killed without warning in the middle of it, and after a restart on the
 * same database every report that was answered 201 is there, each field as it was sent. Once on
 * the embedded H2 database (as an installation keeps it, in {@code ./data}) and once on
 * PostgreSQL.
 */
class DurabilityReliabilityIT {

    private static final int CLIENTS = 16;
    private static final Duration LOAD = Duration.ofSeconds(6);
    private static final int AT_LEAST_ACKNOWLEDGED = 50;
    private static final List<String> CARERS = List.of("carer.oak", "carer.riverside");

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedReportSurvivesKillNineOnH2() throws Exception {
        killWhileReportingThenCheck("durability-h2", Map.of());
    }

    @Test
    void everyAcknowledgedReportSurvivesKillNineOnPostgres() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.fresh("learnloop_reliability_durability")) {
            killWhileReportingThenCheck("durability-postgres", database.environment());
        }
    }

    private void killWhileReportingThenCheck(String name, Map<String, String> database) throws Exception {
        List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        try (LearnloopProcess learnloop = LearnloopProcess.start(name + "-killed", folder, database, "--demo")) {
            Map<String, UUID> services = servicesOf(learnloop);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> report(learnloop, client, services, acknowledged, refused));
            }
            Instant until = Instant.now().plus(LOAD);
            while (Instant.now().isBefore(until) || acknowledged.size() < AT_LEAST_ACKNOWLEDGED) {
                LearnloopProcess.pause(Duration.ofMillis(200));
                assertThat(Instant.now()).as("%d reports acknowledged after a minute", acknowledged.size())
                        .isBefore(until.plusSeconds(60));
            }
            learnloop.kill();
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("clients stopped after the kill").isTrue();
        }
        assertThat(refused).as("answers other than 201 before the kill").isEmpty();

        List<Acknowledged> reports = List.copyOf(acknowledged);
        System.out.printf("%s: %d reports acknowledged before kill -9%n", name, reports.size());
        try (LearnloopProcess restarted = LearnloopProcess.start(name + "-restarted", folder, database)) {
            List<String> lost = check(restarted, reports);
            assertThat(lost).as("of %d acknowledged reports, those missing or changed after kill -9", reports.size())
                    .isEmpty();
        }
    }

    /** One client: reports until Learnloop stops answering, keeping every report answered 201. */
    private static void report(LearnloopProcess learnloop, int client, Map<String, UUID> services,
            List<Acknowledged> acknowledged, List<String> refused) {
        Http http = new Http(learnloop);
        Random random = new Random(client);
        String carer = CARERS.get(client % CARERS.size());
        for (int n = 0; learnloop.alive(); n++) {
            SentReport sent = SentReport.random(random, carer, services.get(carer), client + "-" + n, Instant.now());
            HttpResponse<String> answer;
            try {
                answer = http.post("/api/v1/events", carer, sent.json());
            } catch (IOException killed) {
                return;
            }
            if (answer.statusCode() == 201) {
                JsonNode body = SentReport.JSON.readTree(answer.body());
                acknowledged.add(new Acknowledged(UUID.fromString(body.path("id").asString()),
                        body.path("reference").asString(), sent));
            } else if (learnloop.alive()) {
                refused.add(answer.statusCode() + " " + answer.body());
            }
        }
    }

    private static Map<String, UUID> servicesOf(LearnloopProcess learnloop) throws IOException {
        Http http = new Http(learnloop);
        Map<String, UUID> services = new java.util.HashMap<>();
        for (String carer : CARERS) {
            JsonNode list = SentReport.JSON.readTree(http.get("/api/v1/services", carer).body());
            JsonNode first = list.isArray() ? list.path(0) : list.path("items").path(0);
            services.put(carer, UUID.fromString(first.path("id").asString()));
        }
        return services;
    }

    /** Reads every acknowledged report back as its reporter; answers what is missing or not as sent. */
    private static List<String> check(LearnloopProcess learnloop, List<Acknowledged> reports) throws Exception {
        Map<String, String> tokens = new java.util.HashMap<>();
        for (String carer : CARERS) {
            HttpResponse<String> token = new Http(learnloop).post("/api/v1/me/tokens", carer, "{\"name\":\"durability check\"}");
            tokens.put(carer, SentReport.JSON.readTree(token.body()).path("token").asString());
        }
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<String>> problems = new ArrayList<>();
        for (Acknowledged report : reports) {
            problems.add(readers.submit(() -> {
                HttpResponse<String> answer = new Http(learnloop).getWithToken("/api/v1/events/" + report.id(),
                        tokens.get(report.sent().username()));
                if (answer.statusCode() != 200) {
                    return report.reference() + " (" + report.id() + "): answered " + answer.statusCode();
                }
                JsonNode event = SentReport.JSON.readTree(answer.body());
                SentReport stored = SentReport.stored(report.sent().username(), event);
                String reference = SentReport.text(event, "reference");
                if (!stored.equals(report.sent()) || !report.reference().equals(reference)) {
                    return report.reference() + ": sent " + report.sent() + " but stored " + reference + " " + stored;
                }
                return null;
            }));
        }
        List<String> lost = new ArrayList<>();
        for (Future<String> problem : problems) {
            String found = problem.get(2, TimeUnit.MINUTES);
            if (found != null) {
                lost.add(found);
            }
        }
        readers.shutdown();
        return lost;
    }
}
