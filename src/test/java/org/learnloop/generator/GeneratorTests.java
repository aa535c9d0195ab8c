package org.learnloop.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learnloop.audittrail.AuditTrail;
import org.learnloop.audittrail.Verification;
import org.learnloop.evidence.Evidence;
import org.learnloop.evidence.EvidenceView;
import org.learnloop.loop.LoopRules;
import org.learnloop.loop.LoopStage;
import org.learnloop.loop.Loops;
import org.learnloop.loop.NeedsAttention;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.Nation;
import org.learnloop.shared.Sql;
import org.learnloop.shared.UkTime;
import org.learnloop.triage.DetectedDuty;
import org.learnloop.triage.DutyFacts;
import org.learnloop.triage.DutyKind;
import org.learnloop.triage.DutyRules;
import org.learnloop.triage.TriageSettings;
import org.learnloop.triage.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

/**
 * A small generated group ({@code --generate --services=3 --events=2000}) on a database of its own,
 * checked row by row against the rules the application services keep. Runs on an embedded database
 * only: the generator needs one that starts empty.
 */
@SpringBootTest(args = { "--generate", "--services=3", "--events=2000", "--years=5", "--seed=7", "--threads=2" },
        properties = "spring.datasource.url=jdbc:h2:mem:generator-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@AutoConfigureMockMvc
class GeneratorTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    GenerateCommand command;

    @Autowired
    Generator generator;

    @Autowired
    JdbcClient db;

    @Autowired
    Loops loops;

    @Autowired
    AuditTrail trail;

    @Autowired
    People people;

    @Autowired
    Evidence evidence;

    @Autowired
    NeedsAttention attention;

    @Autowired
    TriageSettings triageSettings;

    @Autowired
    WorkingDays workingDays;

    UUID org;
    Generation generation;

    @BeforeAll
    void generated() {
        generation = command.last();
        org = db.sql("select id from organisation").query(UUID.class).single();
    }

    @Test
    void theCommandWroteExactlyTheEventsAskedForAndCountedEveryRow() {
        assertThat(generation).as("the --generate run").isNotNull();
        assertThat(count("select count(*) from event")).as("events").isEqualTo(2000);
        assertThat(count("select count(*) from service")).as("services").isEqualTo(3);
        generation.rows().forEach((table, rows) ->
                assertThat(count("select count(*) from " + table)).as("rows printed for " + table).isEqualTo(rows));
        assertThat(count("select count(*) from person where role = 'CARE_WORKER'")).as("care workers")
                .isBetween(60L, 120L);
    }

    @Test
    void theAuditTrailIsWrittenAsAnUnbrokenChainThatNeedsNothingDoneAtStart() {
        long entries = count("select count(*) from audit_entry");
        assertThat(count("select count(*) from audit_entry where chain_sequence is null"))
                .as("entries left for the next start to chain").isZero();
        assertThat(count("select last_sequence from audit_chain_head where organisation_id = ?", org))
                .as("the chain's head").isEqualTo(entries);
        Verification verification = trail.verify(people.actorByUsername("admin").orElseThrow());
        assertThat(verification.firstBrokenLink()).as("first broken link").isNull();
        assertThat(verification.entries()).as("entries verified").isEqualTo(entries);
    }

    @Test
    void everyRowBelongsToTheOneOrganisation() {
        for (String table : List.of("service", "person", "membership", "event", "reference_counter", "triage", "duty",
                "review", "review_event", "review_factor", "review_finding", "action", "action_history",
                "effectiveness_check", "lesson", "lesson_service", "lesson_acknowledgement", "audit_entry")) {
            assertThat(count("select count(*) from " + table + " where organisation_id <> ?", org))
                    .as(table + " rows of another organisation").isZero();
        }
    }

    @Test
    void referencesAreUniqueNumberedInOrderOfReportingAndContinuedByTheCounters() {
        Map<String, List<String>> byServiceYear = new HashMap<>();
        db.sql("""
                select s.code, e.reference, e.reported_at from event e join service s on s.id = e.service_id
                order by e.reported_at, e.id
                """).query((rs, n) -> {
            String code = rs.getString("code");
            int year = UkTime.londonDate(Sql.instant(rs, "reported_at")).getYear();
            byServiceYear.computeIfAbsent(code + "-" + year, k -> new ArrayList<>()).add(rs.getString("reference"));
            return null;
        }).list();
        byServiceYear.forEach((prefix, references) -> {
            for (int i = 0; i < references.size(); i++) {
                assertThat(references.get(i)).as("reference %d of %s", i + 1, prefix)
                        .isEqualTo("%s-%04d".formatted(prefix, i + 1));
            }
        });
        Map<String, Integer> counters = new HashMap<>();
        db.sql("select s.code, c.reference_year, c.last_value from reference_counter c join service s on s.id = c.service_id")
                .query((rs, n) -> counters.put(rs.getString("code") + "-" + rs.getInt("reference_year"),
                        rs.getInt("last_value")))
                .list();
        assertThat(counters).as("a counter for each service and year").hasSameSizeAs(byServiceYear);
        byServiceYear.forEach((prefix, references) ->
                assertThat(counters.get(prefix)).as("last number of " + prefix).isEqualTo(references.size()));
    }

    @Test
    void dutiesAreExactlyWhatTheRulesDetectFromTheReportAndTheTriage() {
        Map<UUID, Set<DutyKind>> recorded = new HashMap<>();
        db.sql("select event_id, kind from duty").query((rs, n) -> recorded
                .computeIfAbsent(Sql.uuid(rs, "event_id"), k -> EnumSet.noneOf(DutyKind.class))
                .add(DutyKind.valueOf(rs.getString("kind")))).list();
        int checked = 0;
        for (var row : db.sql("""
                select e.id, e.type, e.category, e.physical_harm, e.psychological_harm, e.reported_at, s.nation,
                       t.physical_harm as triage_physical, t.psychological_harm as triage_psychological
                from event e join service s on s.id = e.service_id left join triage t on t.event_id = e.id
                """).query().listOfRows()) {
            Nation nation = Nation.valueOf((String) row.get("nation"));
            DutyRules rules = DutyRules.forNation(nation, triageSettings, workingDays);
            EventType type = EventType.valueOf((String) row.get("type"));
            Category category = Category.valueOf((String) row.get("category"));
            Instant reportedAt = instant(row.get("reported_at"));
            Set<DutyKind> expected = EnumSet.noneOf(DutyKind.class);
            rules.detect(new DutyFacts(type, category, PhysicalHarm.valueOf((String) row.get("physical_harm")),
                    PsychologicalHarm.valueOf((String) row.get("psychological_harm")), reportedAt))
                    .forEach(d -> expected.add(d.kind()));
            if (row.get("triage_physical") != null) {
                List<DetectedDuty> afterTriage = rules.detect(new DutyFacts(type, category,
                        PhysicalHarm.valueOf((String) row.get("triage_physical")),
                        PsychologicalHarm.valueOf((String) row.get("triage_psychological")), reportedAt));
                afterTriage.forEach(d -> expected.add(d.kind()));
            }
            assertThat(recorded.getOrDefault((UUID) row.get("id"), EnumSet.noneOf(DutyKind.class)))
                    .as("duties of event " + row.get("id")).isEqualTo(expected);
            checked++;
        }
        assertThat(checked).isEqualTo(2000);
        assertThat(recorded).as("events with duties").isNotEmpty();
        assertThat(count("select count(*) from duty where status = 'DONE' and (completed_at is null or completed_by is null)"))
                .as("done duties without who and when").isZero();
    }

    @Test
    void everyEventHasALoopStageAndEveryStageIsThere() {
        List<UUID> ids = db.sql("select id from event").query(UUID.class).list();
        Map<UUID, LoopRules.Loop> found = loops.loops(org, ids);
        assertThat(found).as("a loop for every event").hasSize(ids.size());
        Map<LoopStage, Integer> byStage = new HashMap<>();
        found.values().forEach(loop -> byStage.merge(loop.stage(), 1, Integer::sum));
        assertThat(byStage.keySet()).as("stages of a lively group")
                .contains(LoopStage.REPORTED, LoopStage.TRIAGED, LoopStage.ACTING, LoopStage.CHECKING, LoopStage.CLOSED);
        assertThat(byStage.get(LoopStage.CLOSED)).as("closed loops").isGreaterThan(150);
        assertThat(count("select count(*) from triage_awaiting")).as("events awaiting triage, as the list keeps them")
                .isEqualTo((long) byStage.get(LoopStage.REPORTED))
                .isEqualTo(count("select count(*) from event e where not exists (select 1 from triage t where t.event_id = e.id)"));
    }

    @Test
    void reviewsActionsChecksAndLessonsAreInStatesTheLoopAllows() {
        assertThat(count("""
                select count(*) from review r where r.status = 'SIGNED_OFF' and (r.summary is null
                  or not exists (select 1 from review_factor f where f.review_id = r.id)
                  or not exists (select 1 from review_finding f where f.review_id = r.id))
                """)).as("signed-off reviews without summary, factors or findings").isZero();
        assertThat(count("select count(*) from review r where not exists (select 1 from review_event e where e.review_id = r.id)"))
                .as("reviews of no event").isZero();
        assertThat(count("""
                select count(*) from action a join review r on r.id = a.review_id
                where r.status <> 'SIGNED_OFF' or a.added_at < r.signed_off_at
                  or not exists (select 1 from review_finding f where f.id = a.finding_id and f.review_id = r.id)
                """)).as("actions not answering a finding of a signed-off review").isZero();
        assertThat(count("""
                select count(*) from action a where
                  (a.status = 'OPEN' and (a.completed_at is not null or a.verified_at is not null))
                  or (a.status = 'COMPLETED' and (a.completed_by <> a.lead_id or a.verified_at is not null))
                  or (a.status = 'VERIFIED' and (a.completed_by <> a.lead_id or a.verified_by = a.lead_id
                      or a.verified_at < a.completed_at))
                """)).as("actions whose completion or verification breaks the rules").isZero();
        assertThat(count("""
                select count(*) from effectiveness_check c where not exists
                  (select 1 from action a where a.id = c.action_id and a.verified_at = c.verified_at)
                  and not exists (select 1 from action_history h where h.action_id = c.action_id and h.verified_at = c.verified_at)
                """)).as("checks of no verification").isZero();
        assertThat(count("""
                select count(*) from effectiveness_check c where (c.status = 'SCHEDULED') <> (c.scheduled_action_id is not null)
                  or (c.status = 'DONE') <> (c.verdict is not null)
                """)).as("checks half scheduled, half done").isZero();
        assertThat(count("""
                select count(*) from lesson l join review r on r.id = l.review_id
                where r.status <> 'SIGNED_OFF' or (l.status = 'PUBLISHED') <> (l.published_at is not null)
                """)).as("lessons of unsigned reviews, or half published").isZero();
        assertThat(count("""
                select count(*) from lesson_acknowledgement a join lesson l on l.id = a.lesson_id
                where l.status <> 'PUBLISHED' or a.acknowledged_at < l.published_at
                  or not exists (select 1 from lesson_service s join membership m on m.service_id = s.service_id
                                 where s.lesson_id = l.id and m.person_id = a.person_id)
                """)).as("acknowledgements of unpublished lessons or by people of other services").isZero();
        assertThat(count("select count(*) from action_history")).as("changes that did not stick").isPositive();
        assertThat(count("select count(*) from lesson_acknowledgement")).as("acknowledgements").isPositive();
        Instant now = Instant.now();
        for (String column : List.of("event.reported_at", "triage.triaged_at", "review.signed_off_at",
                "action.verified_at", "effectiveness_check.recorded_at", "lesson.published_at",
                "lesson_acknowledgement.acknowledged_at", "audit_entry.at")) {
            String[] parts = column.split("\\.");
            Instant latest = db.sql("select max(" + parts[1] + ") as latest from " + parts[0])
                    .query((rs, n) -> Sql.instant(rs, "latest")).single();
            assertThat(latest).as("latest " + column).isBefore(now.plusSeconds(1));
        }
    }

    @Test
    void theAuditTrailHasAnEntryForEveryRecordCreated() {
        for (String table : List.of("service", "person", "event", "duty", "review", "action", "effectiveness_check",
                "lesson")) {
            assertThat(count("select count(*) from " + table
                    + " x where not exists (select 1 from audit_entry a where a.subject_id = x.id)"))
                    .as(table + " rows without an audit entry").isZero();
        }
        assertThat(count("""
                select count(*) from lesson_acknowledgement k where not exists (select 1 from audit_entry a
                  where a.subject_id = k.lesson_id and a.actor_id = k.person_id and a.description = 'Lesson read and understood')
                """)).as("acknowledgements without an audit entry").isZero();
    }

    @Test
    void theApplicationReadsWhatWasGenerated() {
        Actor quality = people.actorByUsername("quality").orElseThrow();
        String managerName = db.sql("select username from person where role = 'REGISTERED_MANAGER' order by username limit 1")
                .query(String.class).single();
        Actor manager = people.actorByUsername(managerName).orElseThrow();
        LocalDate today = UkTime.londonDate(Instant.now());
        var view = evidence.build(quality, new HashSet<>(), today.minusYears(1), today);
        assertThat(view.counts().total()).as("a year of events").isBetween(250L, 600L);
        assertThat(view.closedLoops()).as("closed loops in the evidence").isNotEmpty();
        assertThat(attention.of(manager).total()).as("something needs the manager's attention").isPositive();
        UUID closedEvent = view.closedLoops().get(0).event().id();
        assertThat(loops.story(quality, closedEvent).loop().closed()).as("a closed loop's story").isTrue();
    }

    @Test
    void stagesFromTheFactsThatDecideThemAreThoseOfTheWholeStoryForEveryEvent() {
        List<UUID> all = db.sql("select id from event where organisation_id = ? order by occurred_at").param(org)
                .query(UUID.class).list();
        Map<UUID, LoopRules.Loop> light = loops.loopsFromStandings(org, all);
        Map<UUID, LoopRules.Loop> full = loops.loops(org, all);
        assertThat(all).as("more events than one round of queries asks about").hasSizeGreaterThan(1_000);
        assertThat(light).as("each event's loop, from the standings and from the full batch").isEqualTo(full);
        assertThat(full.values().stream().map(LoopRules.Loop::stage).distinct())
                .as("stages met by the generated events").contains(LoopStage.REPORTED, LoopStage.CLOSED)
                .hasSizeGreaterThan(3);
    }

    @Test
    void evidenceCountsEveryStageAndPagesTheClosedLoopsMostSeriousFirst() {
        Actor quality = people.actorByUsername("quality").orElseThrow();
        LocalDate to = UkTime.londonDate(Instant.now());
        LocalDate from = to.minusYears(3);
        record Outline(UUID id, String reference, Instant occurredAt, int harm) {
        }
        List<Outline> inPeriod = db.sql("""
                select id, reference, occurred_at, physical_harm, psychological_harm from event
                where organisation_id = ? and occurred_at >= ? and occurred_at < ? and type <> 'STAFF_CONCERN'
                """).params(org, Sql.ts(from.atStartOfDay(UkTime.LONDON).toInstant()),
                        Sql.ts(to.plusDays(1).atStartOfDay(UkTime.LONDON).toInstant()))
                .query((rs, n) -> new Outline(Sql.uuid(rs, "id"), rs.getString("reference"), Sql.instant(rs, "occurred_at"),
                        Math.max(PhysicalHarm.valueOf(rs.getString("physical_harm")).ordinal(),
                                PsychologicalHarm.valueOf(rs.getString("psychological_harm")).ordinal())))
                .list();
        Map<UUID, LoopRules.Loop> eventByEvent = new HashMap<>();
        inPeriod.forEach(e -> eventByEvent.put(e.id(), loops.loops(org, List.of(e.id())).get(e.id())));
        Map<LoopStage, Long> expectedStages = new EnumMap<>(LoopStage.class);
        for (LoopStage stage : LoopStage.values()) {
            expectedStages.put(stage, eventByEvent.values().stream().filter(l -> l.stage() == stage).count());
        }
        List<UUID> expectedClosed = inPeriod.stream().filter(e -> eventByEvent.get(e.id()).closed())
                .sorted(Comparator.comparingInt(Outline::harm).thenComparing(Outline::occurredAt)
                        .thenComparing(Outline::reference).reversed())
                .map(Outline::id).toList();
        assertThat(expectedClosed).as("closed loops in three years of the generated group").hasSizeGreaterThan(45);

        EvidenceView first = evidence.build(quality, new HashSet<>(), from, to);
        assertThat(first.eventsConsidered()).as("every event of the period").isEqualTo(inPeriod.size());
        assertThat(first.loopsByStage()).as("stages of the whole period, as LoopRules gives them event by event")
                .isEqualTo(expectedStages);
        assertThat(first.closedLoopsTotal()).as("closed loops in the period").isEqualTo(expectedClosed.size());
        assertThat(first.page()).isZero();
        assertThat(first.size()).as("the default page size").isEqualTo(20);
        assertThat(first.closedLoops()).extracting(c -> c.event().id()).as("the first page")
                .containsExactlyElementsOf(expectedClosed.subList(0, 20));

        List<UUID> paged = new ArrayList<>();
        for (int page = 0; page * 15 < expectedClosed.size(); page++) {
            EvidenceView view = evidence.build(quality, new HashSet<>(), from, to, page, 15);
            assertThat(view.closedLoopsTotal()).as("the total on page " + page).isEqualTo(expectedClosed.size());
            assertThat(view.loopsByStage()).as("the stages on page " + page).isEqualTo(expectedStages);
            assertThat(view.closedLoops()).as("cards on page " + page)
                    .hasSize(Math.min(15, expectedClosed.size() - page * 15))
                    .allSatisfy(c -> assertThat(c.actions()).as("a closed loop's actions").isNotEmpty())
                    .allSatisfy(c -> assertThat(c.lessons()).as("a closed loop's lessons").isNotEmpty());
            view.closedLoops().forEach(c -> paged.add(c.event().id()));
        }
        assertThat(paged).as("every closed loop once, the most serious first, then the most recent")
                .containsExactlyElementsOf(expectedClosed);
        assertThat(evidence.build(quality, new HashSet<>(), from, to, expectedClosed.size(), 1).closedLoops())
                .as("a page past the last").isEmpty();
        assertThatThrownBy(() -> evidence.build(quality, new HashSet<>(), from, to, 0, 101))
                .as("more than 100 on a page").isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> evidence.build(quality, new HashSet<>(), from, to, -1, 20))
                .as("a page before the first").isInstanceOf(InvalidRequest.class);
    }

    @Test
    void theEvidencePageAndItsApiAnswerOnePageOfClosedLoops() throws Exception {
        Actor quality = people.actorByUsername("quality").orElseThrow();
        LocalDate to = UkTime.londonDate(Instant.now());
        LocalDate from = to.minusYears(3);
        EvidenceView second = evidence.build(quality, new HashSet<>(), from, to, 1, 20);
        var signedIn = SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("quality"));

        var page = mvc.get().uri("/evidence?from={from}&to={to}&page=1", from, to).with(signedIn).exchange();
        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        assertThat(html).as("the second page")
                .contains("Closed loops: " + second.closedLoopsTotal())
                .contains("Showing 21 to 40 of " + second.closedLoopsTotal())
                .contains("class=\"govuk-pagination\"").contains("Page 2 of " + second.pages())
                .contains("page=0").contains("page=2")
                .contains(second.closedLoops().get(0).event().reference())
                .contains(second.closedLoops().get(19).event().reference())
                .doesNotContain(evidence.build(quality, new HashSet<>(), from, to).closedLoops().get(0).event().reference() + ":");

        var api = mvc.get().uri("/api/v1/evidence-pack?from={from}&to={to}&page=1&size=5", from, to).with(signedIn)
                .exchange();
        assertThat(api).hasStatusOk();
        String json = api.getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(json, "$.page")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(json, "$.size")).isEqualTo(5);
        assertThat(JsonPath.<Number>read(json, "$.closedLoopsTotal").longValue()).isEqualTo(second.closedLoopsTotal());
        assertThat(JsonPath.<List<String>>read(json, "$.closedLoops[*].event.id")).as("cards 6 to 10")
                .containsExactlyElementsOf(evidence.build(quality, new HashSet<>(), from, to, 0, 10).closedLoops()
                        .subList(5, 10).stream().map(c -> c.event().id().toString()).toList());

        var download = mvc.get().uri("/evidence/evidence.json?from={from}&to={to}&page=1", from, to).with(signedIn)
                .exchange();
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getHeader("Content-Disposition")).as("the page shown, downloaded")
                .contains("-page-2.json");
        assertThat(JsonPath.<List<String>>read(download.getResponse().getContentAsString(), "$.closedLoops[*].event.id"))
                .containsExactlyElementsOf(second.closedLoops().stream().map(c -> c.event().id().toString()).toList());
    }

    @Test
    void aSecondRunIsRefused() {
        assertThatThrownBy(() -> generator.generate(new GeneratorSettings(1, 1, 10, 1, 1)))
                .as("--generate against a database that holds a provider")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("refused");
    }

    private long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        throw new IllegalArgumentException(String.valueOf(value));
    }
}
