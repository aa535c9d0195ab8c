package org.learnloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learnloop.support.ApiTest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.mock.web.MockHttpSession;

/**
 * What a person and a client are told while the database cannot be reached, and that Learnloop
 * comes back by itself: the data source is cut in the test (every new connection refused, as a
 * stopped server or a broken network would), then restored.
 */
@Import(DatabaseOutageAnswersTests.CuttableDatabase.class)
class DatabaseOutageAnswersTests extends ApiTest {

    private static final AtomicBoolean CUT = new AtomicBoolean();

    /**
     * The outage begins while a request is under way: its session was read, saving the report is
     * refused. (A session that cannot be read at all gets the "try again" page.)
     */
    private static final AtomicBoolean SESSIONS_STAY = new AtomicBoolean();

    /** Wraps the data source so that a test can make every request for a connection fail. */
    @TestConfiguration
    static class CuttableDatabase {

        @Bean
        static BeanPostProcessor cuttableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)
                            ? new DelegatingDataSource(dataSource) {
                                @Override
                                public Connection getConnection() throws SQLException {
                                    refuseWhenCut();
                                    return super.getConnection();
                                }

                                @Override
                                public Connection getConnection(String username, String password) throws SQLException {
                                    refuseWhenCut();
                                    return super.getConnection(username, password);
                                }
                            }
                            : bean;
                }
            };
        }

        private static void refuseWhenCut() throws SQLException {
            if (CUT.get() && !(SESSIONS_STAY.get() && StackWalker.getInstance().walk(frames -> frames
                    .anyMatch(f -> f.getClassName().startsWith("org.springframework.session.jdbc."))))) {
                throw new SQLTransientConnectionException("Connection is not available, request timed out after 2000ms.",
                        "08001");
            }
        }
    }

    @AfterEach
    void restoreDatabase() {
        CUT.set(false);
        SESSIONS_STAY.set(false);
    }

    private String fall() {
        return """
                {"type":"INCIDENT","serviceId":"%s","occurredAt":"%s","category":"FALL",
                 "summary":"Found on bedroom floor","description":"Found on the floor beside the bed at 03:10.",
                 "physicalHarm":"LOW","psychologicalHarm":"NONE"}
                """.formatted(provider.oak(), Instant.now().minus(2, ChronoUnit.HOURS));
    }

    @Test
    void apiCallDuringAnOutageAnswersTryAgainWithRetryAfter() {
        var carer = signedInAs("carer.oak");
        CUT.set(true);

        var result = mvc.post().uri("/api/v1/events").with(carer)
                .contentType(MediaType.APPLICATION_JSON).content(fall()).accept(MediaType.APPLICATION_JSON).exchange();

        assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).headers().hasValue("Retry-After", "30");
        assertThat(result).bodyJson().extractingPath("$.title").asString().isEqualTo("Try again");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .isEqualTo("Learnloop cannot reach its database just now, so this was not done. Try again in a minute.");
    }

    @Test
    void signingInWithHttpBasicDuringAnOutageAnswersTryAgainNotUnauthorised() {
        CUT.set(true);

        var result = as("carer.oak").post("/api/v1/events", fall());

        assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).headers().hasValue("Retry-After", "30");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("Try again in a minute");
    }

    @Test
    void pageDuringAnOutageSaysTryAgainOnAPageOfItsOwn() {
        var carer = signedInAs("carer.oak");
        CUT.set(true);

        var result = mvc.get().uri("/my-reports").with(carer).exchange();

        assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(result).hasViewName("error/503");
        assertThat(result).headers().hasValue("Retry-After", "30");
        assertThat(result).bodyText().contains("Sorry, Learnloop cannot reach its records just now")
                .contains("Try again in a minute").contains("govuk-heading-l").contains("My reports");
    }

    @Test
    void signingInOnThePageDuringAnOutageAnswersServiceUnavailable() {
        CUT.set(true);

        var result = mvc.post().uri("/login").with(csrf()).param("username", provider.username("carer.oak"))
                .param("password", "demo").exchange();

        assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(result).headers().hasValue("Retry-After", "30");
        assertThat(result).bodyText().contains("Sorry, Learnloop cannot reach its records just now")
                .contains("Try again in a minute").contains("govuk-frontend.min.css");
    }

    @Test
    void reportFormSentDuringAnOutageComesBackWithEverythingTyped() {
        var carer = signedInAs("carer.oak");
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.get().uri("/events/new").session(session).with(carer).exchange()).hasStatusOk();
        SESSIONS_STAY.set(true);
        CUT.set(true);

        var result = mvc.post().uri("/events").session(session).with(carer).with(csrf())
                .param("serviceId", provider.oak().toString()).param("type", "NEAR_MISS")
                .param("occurredDate", "2026-11-20").param("occurredTime", "14:30").param("category", "MEDICATION")
                .param("summary", "Wrong tablets put out for Room 4")
                .param("description", "Spotted before they were given; the MAR chart had last week's dose.")
                .param("immediateActions", "Took them back, told the nurse")
                .param("physicalHarm", "NONE").param("psychologicalHarm", "LOW").exchange();

        assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(result).hasViewName("reporting/report-form");
        assertThat(result).headers().hasValue("Retry-After", "30");
        assertThat(result).bodyText()
                .contains("Your report could not be saved just now")
                .contains("Nothing you typed is lost: check it and send it again in a minute.")
                .contains("value=\"Wrong tablets put out for Room 4\"")
                .contains("Spotted before they were given; the MAR chart had last week&#39;s dose.")
                .contains("Took them back, told the nurse")
                .contains("value=\"2026-11-20\"").contains("value=\"14:30\"")
                .contains("Oak House")
                .containsPattern("value=\"" + provider.oak() + "\"")
                .containsPattern("value=\"NEAR_MISS\"[^>]*checked")
                .containsPattern("value=\"MEDICATION\"[^>]*selected")
                .containsPattern("value=\"LOW\"[^>]*checked");
    }

    @Test
    void learnloopAnswersAgainOnceTheDatabaseIsBack() {
        CUT.set(true);
        assertThat(as("carer.oak").post("/api/v1/events", fall())).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);

        CUT.set(false);

        assertThat(as("carer.oak").post("/api/v1/events", fall())).hasStatus(HttpStatus.CREATED);
        assertThat(mvc.get().uri("/my-reports").with(signedInAs("carer.oak")).exchange()).hasStatusOk();
    }
}
