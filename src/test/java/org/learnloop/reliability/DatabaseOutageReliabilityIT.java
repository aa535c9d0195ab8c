package org.learnloop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnloop.reliability.SentReport.Acknowledged;

import tools.jackson.databind.JsonNode;

/**
 * PostgreSQL goes away for 30 seconds under load (a proxy in front of it is cut: every connection
 * closed, new ones refused) and comes back. Meanwhile the API answers 503 "try again" with a
 * problem detail and a Retry-After header within a few seconds, a page answers a 503 page, and the
 * report form comes back with what was typed; afterwards Learnloop answers again within a few
 * seconds, with no restart, and every report acknowledged before, during or after is stored.
 */
class DatabaseOutageReliabilityIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration FAIL_FAST = Duration.ofSeconds(8);
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    private static final int CLIENTS = 3;

    @TempDir
    Path folder;

    /** One answer a load client had: when it was asked, how long it took, and its status (0: no answer). */
    record Answer(Instant askedAt, Duration took, int status, String contentType, String retryAfter) {
    }

    @Test
    void answersTryAgainDuringAnOutageAndRecoversByItself() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.fresh("learnloop_reliability_outage");
                TcpProxy proxy = new TcpProxy(PostgresDatabase.PORT);
                LearnloopProcess learnloop = LearnloopProcess.start("outage", folder, database.environment(proxy.port()),
                        "--demo")) {
            Http api = new Http(learnloop);
            UUID riverside = serviceOf(api, "carer.riverside");
            UUID oak = serviceOf(api, "carer.oak");
            Http page = new Http(learnloop);
            page.signIn("carer.oak");
            assertThat(page.page("/events/new").statusCode()).isEqualTo(200);

            List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
            List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean loading = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> load(learnloop, client, riverside, loading, answers, acknowledged));
            }
            LearnloopProcess.pause(Duration.ofSeconds(3));

            proxy.cut();
            Instant cutAt = Instant.now();
            LearnloopProcess.pause(Duration.ofSeconds(2));

            Instant asked = Instant.now();
            HttpResponse<String> report = api.post("/api/v1/events", "carer.riverside", report(riverside, "during").json());
            assertThat(Duration.between(asked, Instant.now())).as("time to answer an API call in the outage")
                    .isLessThan(FAIL_FAST);
            assertThat(report.statusCode()).as("API call in the outage: %s", report.body()).isEqualTo(503);
            assertThat(report.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(report.headers().firstValue("Retry-After")).hasValue("30");
            JsonNode problem = SentReport.JSON.readTree(report.body());
            assertThat(problem.path("status").asInt()).isEqualTo(503);
            assertThat(problem.path("detail").asString()).contains("Try again in a minute");

            asked = Instant.now();
            HttpResponse<String> myReports = page.page("/my-reports");
            assertThat(Duration.between(asked, Instant.now())).as("time to answer a page in the outage")
                    .isLessThan(FAIL_FAST);
            assertThat(myReports.statusCode()).isEqualTo(503);
            assertThat(myReports.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(myReports.body()).contains("Sorry, Learnloop cannot reach its records just now")
                    .contains("govuk-heading-l").contains("Try again in a minute");

            Map<String, String> typed = form(oak, "Pressure sore found on the left heel during the outage");
            HttpResponse<String> kept = page.submit("/events", typed);
            // The person's session, kept in the database, cannot be read either: the form is answered
            // "try again", and what was typed stays in the browser's draft (ReportingBrowserIT).
            assertThat(kept.statusCode()).as("the report form sent in the outage").isEqualTo(503);
            assertThat(kept.body()).contains("Sorry, Learnloop cannot reach its records just now")
                    .contains("Try again in a minute");

            while (Duration.between(cutAt, Instant.now()).compareTo(OUTAGE) < 0) {
                LearnloopProcess.pause(Duration.ofMillis(250));
            }
            proxy.restore();
            Instant restoredAt = Instant.now();

            HttpResponse<String> again = api.post("/api/v1/events", "carer.riverside", report(riverside, "after").json());
            while (again.statusCode() != 201 && Duration.between(restoredAt, Instant.now()).compareTo(RECOVERY) < 0) {
                LearnloopProcess.pause(Duration.ofMillis(250));
                again = api.post("/api/v1/events", "carer.riverside", report(riverside, "after").json());
            }
            assertThat(again.statusCode()).as("API call %s after the database came back", RECOVERY).isEqualTo(201);
            assertThat(page.page("/my-reports").statusCode()).isEqualTo(200);
            page.page("/events/new");
            HttpResponse<String> sent = page.submit("/events", typed);
            assertThat(sent.statusCode()).as("the report form sent again: %s", sent.body()).isEqualTo(302);
            assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/events/reported"));

            // the load goes on past the recovery time, so that its answers show the recovery too
            while (Instant.now().isBefore(restoredAt.plus(RECOVERY).plusSeconds(3))) {
                LearnloopProcess.pause(Duration.ofMillis(250));
            }
            loading.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            List<Answer> all = List.copyOf(answers);
            assertThat(all).as("every load answer was 201 or a 503 problem detail with Retry-After")
                    .allSatisfy(answer -> assertThat(answer.status() == 201 || (answer.status() == 503
                            && answer.contentType().startsWith("application/problem+json")
                            && "30".equals(answer.retryAfter()))).as("%s", answer).isTrue());
            assertThat(all).as("no load answer took longer than %s", FAIL_FAST)
                    .allSatisfy(answer -> assertThat(answer.took()).isLessThan(FAIL_FAST));
            Instant settled = cutAt.plusSeconds(3);
            assertThat(all).as("answers in the outage")
                    // answered before the database came back (one asked just before may wait for a
                    // connection, get it once the database is back, and rightly succeed)
                    .filteredOn(a -> a.askedAt().isAfter(settled) && a.askedAt().plus(a.took()).isBefore(restoredAt))
                    .isNotEmpty().allSatisfy(answer -> assertThat(answer.status()).isEqualTo(503));
            assertThat(all).as("reports acknowledged after the database came back")
                    .filteredOn(a -> a.askedAt().isAfter(restoredAt.plus(RECOVERY)) && a.status() == 201).isNotEmpty();

            assertThat(missing(database, acknowledged)).as("acknowledged reports not in the database").isEmpty();
        }
    }

    private static void load(LearnloopProcess learnloop, int client, UUID service, AtomicBoolean loading,
            List<Answer> answers, List<Acknowledged> acknowledged) {
        Http http = new Http(learnloop);
        Random random = new Random(client);
        for (int n = 0; loading.get(); n++) {
            SentReport sent = SentReport.random(random, "carer.riverside", service, "load-" + client + "-" + n,
                    Instant.now());
            Instant asked = Instant.now();
            try {
                HttpResponse<String> answer = http.post("/api/v1/events", "carer.riverside", sent.json());
                answers.add(new Answer(asked, Duration.between(asked, Instant.now()), answer.statusCode(),
                        answer.headers().firstValue("Content-Type").orElse(""),
                        answer.headers().firstValue("Retry-After").orElse(null)));
                if (answer.statusCode() == 201) {
                    acknowledged.add(new Acknowledged(
                            UUID.fromString(SentReport.JSON.readTree(answer.body()).path("id").asString()), null, sent));
                }
            } catch (IOException noAnswer) {
                answers.add(new Answer(asked, Duration.between(asked, Instant.now()), 0, "", null));
            }
            LearnloopProcess.pause(Duration.ofMillis(100));
        }
    }

    private static SentReport report(UUID service, String label) {
        return SentReport.random(new Random(), "carer.riverside", service, label, Instant.now());
    }

    private static Map<String, String> form(UUID service, String summary) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("serviceId", service.toString());
        form.put("type", "INCIDENT");
        form.put("occurredDate", "2026-11-30");
        form.put("occurredTime", "08:15");
        form.put("category", "PRESSURE_DAMAGE");
        form.put("summary", summary);
        form.put("description", "Noticed at the 08:00 wash; skin unbroken but red.");
        form.put("immediateActions", "Repositioned, told the district nurse");
        form.put("physicalHarm", "LOW");
        form.put("psychologicalHarm", "NONE");
        return form;
    }

    private static UUID serviceOf(Http api, String carer) throws IOException {
        JsonNode list = SentReport.JSON.readTree(api.get("/api/v1/services", carer).body());
        JsonNode first = list.isArray() ? list.path(0) : list.path("items").path(0);
        return UUID.fromString(first.path("id").asString());
    }

    private static List<UUID> missing(PostgresDatabase database, List<Acknowledged> acknowledged) throws Exception {
        List<UUID> missing = new ArrayList<>();
        try (Connection db = database.connect();
                PreparedStatement find = db.prepareStatement("select count(*) from event where id = ?")) {
            for (Acknowledged report : List.copyOf(acknowledged)) {
                find.setObject(1, report.id());
                try (ResultSet found = find.executeQuery()) {
                    found.next();
                    if (found.getInt(1) != 1) {
                        missing.add(report.id());
                    }
                }
            }
        }
        return missing;
    }
}
