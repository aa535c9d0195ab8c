package org.learnloop.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.learnloop.evidence.Evidence;
import org.learnloop.loop.LoopStage;
import org.learnloop.people.Enrolment;
import org.learnloop.people.People;
import org.learnloop.people.Role;
import org.learnloop.shared.UkTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo on a database of its own: seeded once with the accounts of the API guide and a year of
 * history in every stage of the loop, and refused on a database that holds a real provider.
 * Runs on an embedded database only: it needs one that starts empty.
 */
@SpringBootTest(args = "--demo", properties = "spring.datasource.url=jdbc:h2:mem:demo-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class DemoDataTests {

    @Autowired
    DemoData demo;

    @Autowired
    Enrolment enrolment;

    @Autowired
    People people;

    @Autowired
    Evidence evidence;

    @Autowired
    JdbcClient db;

    @Test
    void demoSeedsTheAccountsAndAYearOfHistoryOnceAndRefusesRealData() {
        demo.run(new DefaultApplicationArguments("--demo"));

        assertThat(enrolment.organisationCount()).isEqualTo(1);
        for (String username : List.of("admin", "quality", "director", "guardian", "manager.oak", "carer.oak",
                "manager.riverside", "carer.riverside", "manager.glen")) {
            assertThat(people.actorByUsername(username)).as(username).isPresent();
        }
        var manager = people.actorByUsername("manager.oak").orElseThrow();
        assertThat(manager.role()).isEqualTo(Role.REGISTERED_MANAGER);
        assertThat(people.visibleServices(manager)).extracting(s -> s.name()).containsExactly("Oak House");

        var quality = people.actorByUsername("quality").orElseThrow();
        LocalDate today = UkTime.londonDate(java.time.Instant.now());
        var view = evidence.build(quality, new HashSet<>(), today.minusYears(1), today);
        assertThat(view.counts().total()).as("about a year of events").isBetween(150L, 600L);
        assertThat(view.closedLoops()).as("closed loops to show").isNotEmpty();
        assertThat(view.loopsByStage().get(LoopStage.TRIAGED)).as("loops still open").isPositive();
        assertThat(db.sql("select count(*) from lesson_acknowledgement").query(Long.class).single())
                .as("staff have acknowledged lessons").isPositive();

        long events = view.counts().total();
        demo.run(new DefaultApplicationArguments("--demo"));
        assertThat(evidence.build(quality, new HashSet<>(), today.minusYears(1), today).counts().total())
                .as("a second start seeds nothing more").isEqualTo(events);

        enrolment.createOrganisation("A real care provider", false);
        assertThatThrownBy(() -> demo.run(new DefaultApplicationArguments("--demo")))
                .as("--demo against real data").isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("real provider");
    }
}
