package org.learnloop.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Deadlines, with a clock the test moves forward: an action due tomorrow is not overdue today and
 * is overdue the day after tomorrow. Moving the clock tests the real rule (London date against the
 * due date) without writing to the database behind the application's back.
 */
@Import(ActionDeadlineTests.MovableClockConfiguration.class)
class ActionDeadlineTests extends ActionApiTest {

    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void actionPastItsDueDateIsListedAsOverdue() {
        SignedOffReview review = signedOffReview();
        var added = as("manager.oak").post("/api/v1/reviews/{id}/actions",
                action(review.findingId(), provider.username("carer.oak"), today().plusDays(1), "STRONGER"),
                review.reviewId());
        String actionId = read(added, "$.id");
        assertThat(as("manager.oak").get("/api/v1/actions?overdue=true")).as("before the due date")
                .bodyJson().extractingPath("$.total").asNumber().isEqualTo(0);

        clock.moveOn(Duration.ofDays(2));

        var overdue = as("manager.oak").get("/api/v1/actions?overdue=true");
        assertThat(overdue).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly(actionId);
        assertThat(overdue).bodyJson().extractingPath("$.items[0].overdue").isEqualTo(true);
        assertThat(as("carer.oak").get("/api/v1/actions?overdue=true")).as("the lead sees it too")
                .bodyJson().extractingPath("$.total").asNumber().isEqualTo(1);
        assertThat(as("manager.oak").get("/api/v1/actions?overdue=false")).bodyJson().extractingPath("$.total")
                .asNumber().isEqualTo(0);
    }

    @Test
    void completedActionIsNoLongerOverdue() {
        SignedOffReview review = signedOffReview();
        String actionId = read(as("manager.oak").post("/api/v1/reviews/{id}/actions",
                action(review.findingId(), provider.username("carer.oak"), today(), "STRONGER"), review.reviewId()), "$.id");
        clock.moveOn(Duration.ofDays(3));
        assertThat(as("manager.oak").get("/api/v1/actions/{id}", actionId)).bodyJson().extractingPath("$.overdue")
                .isEqualTo(true);

        complete("carer.oak", actionId);

        assertThat(as("manager.oak").get("/api/v1/actions/{id}", actionId)).bodyJson().extractingPath("$.overdue")
                .isEqualTo(false);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClockConfiguration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    /** The real time, plus however far a test has moved it on. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void moveOn(Duration duration) {
            offset.updateAndGet(d -> d.plus(duration));
        }

        void reset() {
            offset.set(Duration.ZERO);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset.get());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }
}
