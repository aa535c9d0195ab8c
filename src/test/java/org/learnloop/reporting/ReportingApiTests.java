package org.learnloop.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.learnloop.support.ApiTest;
import org.springframework.http.HttpStatus;

class ReportingApiTests extends ApiTest {

    private String fall(Object serviceId) {
        return """
                {"type":"INCIDENT","serviceId":"%s","occurredAt":"%s","category":"FALL",
                 "summary":"Found on bedroom floor","description":"Found on the floor beside the bed at 03:10.",
                 "immediateActions":"Checked for injury, hoisted to bed","physicalHarm":"LOW","psychologicalHarm":"NONE"}
                """.formatted(serviceId, Instant.now().minus(2, ChronoUnit.HOURS));
    }

    @Test
    void careWorkerReportsAFallAndIsGivenAReference() {
        var result = as("carer.oak").post("/api/v1/events", fall(provider.oak()));

        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(result).headers().containsHeader("Location");
        assertThat(result).bodyJson().extractingPath("$.reference").asString().matches("OAK-\\d{4}-\\d{4}");
        assertThat(result).bodyJson().extractingPath("$.status").asString().isEqualTo("REPORTED");
    }

    @Test
    void referencesCountUpWithinAService() {
        var first = as("carer.oak").post("/api/v1/events", fall(provider.oak()));
        var second = as("manager.oak").post("/api/v1/events", fall(provider.oak()));

        assertThat(first).bodyJson().extractingPath("$.reference").asString().endsWith("-0001");
        assertThat(second).bodyJson().extractingPath("$.reference").asString().endsWith("-0002");
    }

    @Test
    void reportForAnotherServiceIsRejected() {
        var result = as("carer.oak").post("/api/v1/events", fall(provider.riverside()));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("serviceId");
    }

    @Test
    void reportInTheFutureIsRejectedInPlainEnglish() {
        String json = fall(provider.oak()).replaceAll("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":\"2099-01-01T00:00:00Z\"");

        var result = as("carer.oak").post("/api/v1/events", json);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString()
                .isEqualTo("When it happened must be today or in the past");
    }

    @Test
    void twoMegabyteDescriptionIsRejected() {
        String json = fall(provider.oak()).replace("Found on the floor beside the bed at 03:10.", "x".repeat(2_000_000));

        var result = as("carer.oak").post("/api/v1/events", json);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("description");
    }

    @Test
    void malformedJsonAnswersAProblemDetail() {
        var result = as("carer.oak").post("/api/v1/events", "{\"type\": \"INCIDENT\", ");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.title").asString().isEqualTo("The request is not valid");
    }

    @Test
    void unknownCodeAnswersAProblemDetail() {
        var result = as("carer.oak").post("/api/v1/events", fall(provider.oak()).replace("\"FALL\"", "\"TRIPPED\""));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void signedOutCallerIsAskedToSignIn() {
        var result = anonymous().post("/api/v1/events", fall(provider.oak()));

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
