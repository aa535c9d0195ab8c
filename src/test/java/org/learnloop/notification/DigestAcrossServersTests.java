package org.learnloop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learnloop.people.Enrolment;
import org.learnloop.people.People;
import org.learnloop.support.TestProvider;
import org.learnloop.support.TwoServers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two servers on one database, each firing the daily digest every second, and a real SMTP server
 * (GreenMail on a free loopback port): each manager gets exactly one email, whichever server sends
 * it, even when both are also made to send at the same instant.
 */
class DigestAcrossServersTests {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

    private static GreenMail smtp;
    private static TwoServers servers;
    private static TestProvider provider;

    @BeforeAll
    static void startMailAndTwoServers() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        servers = TwoServers.start(Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", smtp.getSmtp().getPort(),
                "learnloop.digest.cron", "* * * * * *",
                "learnloop.digest.from", "Learnloop <learnloop@care.example>",
                "learnloop.base-url", "https://learnloop.care.example/"));
        provider = TestProvider.create(servers.a().getBean(Enrolment.class), servers.a().getBean(People.class));
    }

    @AfterAll
    static void stopAll() {
        if (servers != null) {
            servers.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void eachManagerGetsExactlyOneEmailThoughBothServersSendIt() throws Exception {
        JdbcClient db = servers.a().getBean(JdbcClient.class);
        for (String who : List.of("manager.oak", "manager.riverside", "manager.glen", "quality")) {
            db.sql("update person set email = ? where username = ?").params(address(who), provider.username(who)).update();
        }
        String oak = reportComplaint(servers.b(), "carer.oak", provider.oak());
        String riverside = reportComplaint(servers.a(), "carer.riverside", provider.riverside());

        awaitOneEachFor(List.of("manager.oak", "manager.riverside", "quality"));
        sendOnBothAtOnce();
        Thread.sleep(3_000);

        assertThat(messagesTo("manager.oak")).as("to the Oak House manager").hasSize(1);
        assertThat(messagesTo("manager.riverside")).as("to the Riverside manager").hasSize(1);
        assertThat(messagesTo("quality")).as("to the quality lead").hasSize(1);
        assertThat(messagesTo("manager.glen")).as("nothing to say at Glen Lodge").isEmpty();
        String toOak = GreenMailUtil.getBody(messagesTo("manager.oak").get(0));
        assertThat(toOak).contains(oak).doesNotContain(riverside).contains("https://learnloop.care.example/events/")
                .contains("Complaint acknowledgement");
        assertThat(messagesTo("manager.riverside").get(0).getFrom()[0].toString()).contains("learnloop@care.example");
        assertThat(db.sql("select count(*) from digest_sent where organisation_id = ?").param(provider.organisationId())
                .query(Long.class).single()).as("three digests recorded as sent").isEqualTo(3);
        assertThat(db.sql("select count(*) from shedlock where name = 'daily-digest'").query(Long.class).single())
                .as("the job ran under its lock").isEqualTo(1);
    }

    /** Both servers' digest job, started together from two threads, each through its lock. */
    private static void sendOnBothAtOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = List.of(threads.submit(() -> sendAfter(together, servers.a())),
                    threads.submit(() -> sendAfter(together, servers.b())));
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Void sendAfter(CyclicBarrier together, ConfigurableApplicationContext server) throws Exception {
        DailyDigest digest = server.getBean(DailyDigest.class);
        together.await();
        digest.send();
        return null;
    }

    private static void awaitOneEachFor(List<String> people) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (people.stream().anyMatch(who -> messagesTo(who).isEmpty())) {
            assertThat(Instant.now()).as("every digest within 30 seconds").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static List<MimeMessage> messagesTo(String who) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address(who)));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String address(String who) {
        return provider.username(who) + "@care.example";
    }

    /** Reports a complaint through the API of one server; answers its reference. */
    private static String reportComplaint(ConfigurableApplicationContext server, String who, UUID service)
            throws Exception {
        String body = """
                {"type":"COMPLAINT","serviceId":"%s","occurredAt":"%s","category":"CARE_QUALITY",
                 "summary":"Complaint about care","description":"What happened.","physicalHarm":"NONE",
                 "psychologicalHarm":"NONE"}
                """.formatted(service, Instant.now().minus(1, ChronoUnit.HOURS));
        String basic = Base64.getEncoder().encodeToString((provider.username(who) + ":" + TestProvider.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TwoServers.address(server) + "/api/v1/events"))
                        .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher reference = REFERENCE.matcher(response.body());
        assertThat(reference.find()).isTrue();
        return reference.group(1);
    }
}
