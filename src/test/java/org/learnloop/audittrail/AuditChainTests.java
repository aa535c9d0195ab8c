package org.learnloop.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.learnloop.people.Actor;
import org.learnloop.shared.AuditableEvent;
import org.learnloop.shared.Sql;
import org.learnloop.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail as a hash chain per organisation: built, verified, tampered with, and written to at once. */
class AuditChainTests extends ApiTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    VerifyAuditTrailCommand command;

    @Autowired
    EarlierEntries earlierEntries;

    @Autowired
    AuditChain auditChain;

    @Autowired
    Clock clock;

    /** A change to some record, as any module would publish it. */
    record SomethingChanged(UUID organisationId, UUID actorId, Instant occurredAt, UUID subjectId, String description)
            implements AuditableEvent {

        @Override
        public String subjectType() {
            return "TEST";
        }
    }

    /** One row of the chain as stored. */
    record Link(long sequence, String previousHash, String hash) {
    }

    private List<Link> chainOf(UUID organisationId) {
        return db.sql("""
                select chain_sequence, previous_hash, hash from audit_entry
                where organisation_id = ? order by chain_sequence
                """).param(organisationId)
                .query((rs, row) -> new Link(rs.getLong("chain_sequence"), rs.getString("previous_hash"),
                        rs.getString("hash")))
                .list();
    }

    private void change(Actor actor, int changes) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < changes; i++) {
                publisher.publishEvent(new SomethingChanged(actor.organisationId(), actor.personId(), clock.instant(),
                        UUID.randomUUID(), "Changed record " + i));
            }
        });
    }

    private Verification verify() {
        return trail.verify(provider.actor("admin"));
    }

    private String reportedFall() {
        var result = as("carer.oak").post("/api/v1/events", """
                {"type":"INCIDENT","serviceId":"%s","occurredAt":"%s","category":"FALL",
                 "summary":"Found on bedroom floor","description":"Found on the floor beside the bed.",
                 "immediateActions":"Checked for injury","physicalHarm":"LOW","psychologicalHarm":"NONE"}
                """.formatted(provider.oak(), Instant.now().minusSeconds(3600)));
        assertThat(result).as("fall reported").hasStatus2xxSuccessful();
        return result.getResponse().getHeader("Location");
    }

    /** Changes an entry's description behind Learnloop's back, and answers how to put it back. */
    private Runnable tamperWithDescription(UUID organisationId, long sequence) {
        String original = db.sql("select description from audit_entry where organisation_id = ? and chain_sequence = ?")
                .params(organisationId, sequence).query(String.class).single();
        db.sql("update audit_entry set description = ? where organisation_id = ? and chain_sequence = ?")
                .params("Nothing to see here", organisationId, sequence).update();
        return () -> db.sql("update audit_entry set description = ? where organisation_id = ? and chain_sequence = ?")
                .params(original, organisationId, sequence).update();
    }

    @Test
    void everyChangeIsChainedToTheOneBeforeFromSixtyFourZeros() {
        reportedFall();
        reportedFall();
        change(provider.actor("manager.oak"), 3);

        List<Link> chain = chainOf(provider.organisationId());

        assertThat(chain).as("two reports and three changes").hasSizeGreaterThanOrEqualTo(5);
        assertThat(chain.get(0).previousHash()).as("the first entry starts the chain").isEqualTo("0".repeat(64));
        for (int i = 0; i < chain.size(); i++) {
            assertThat(chain.get(i).sequence()).as("numbered without gaps").isEqualTo(i + 1);
            assertThat(chain.get(i).hash()).as("a SHA-256 in hex").matches("[0-9a-f]{64}");
            if (i > 0) {
                assertThat(chain.get(i).previousHash()).as("entry %d points at entry %d", i + 1, i)
                        .isEqualTo(chain.get(i - 1).hash());
            }
        }
        Verification verification = verify();
        assertThat(verification.intact()).as("untouched trail").isTrue();
        assertThat(verification.entries()).isEqualTo(chain.size());
    }

    @Test
    void descriptionChangedInTheDatabaseIsNamedByVerification() {
        change(provider.actor("manager.oak"), 5);

        Runnable restore = tamperWithDescription(provider.organisationId(), 3);
        try {
            Verification verification = verify();

            assertThat(verification.intact()).as("after an entry was changed").isFalse();
            assertThat(verification.firstBrokenLink())
                    .isEqualTo(new BrokenLink(provider.organisationId(), 3L, ChainProblem.ENTRY_CHANGED));
        } finally {
            restore.run();
        }
        assertThat(verify().intact()).as("once put back").isTrue();
    }

    @Test
    void entryDeletedFromTheDatabaseIsNamedByVerification() {
        change(provider.actor("manager.oak"), 5);
        UUID organisation = provider.organisationId();
        var deleted = db.sql("select * from audit_entry where organisation_id = ? and chain_sequence = 2")
                .param(organisation).query().singleRow();
        Instant at = db.sql("select at from audit_entry where organisation_id = ? and chain_sequence = 2")
                .param(organisation).query((rs, row) -> Sql.instant(rs, "at")).single();

        db.sql("delete from audit_entry where organisation_id = ? and chain_sequence = 2").param(organisation).update();
        try {
            Verification verification = verify();

            assertThat(verification.firstBrokenLink())
                    .as("the deleted entry")
                    .isEqualTo(new BrokenLink(organisation, 2L, ChainProblem.ENTRY_MISSING));
        } finally {
            db.sql("""
                    insert into audit_entry (sequence_number, id, organisation_id, actor_id, action, subject_type,
                        subject_id, description, at, chain_sequence, previous_hash, hash)
                    values (:sequence_number, :id, :organisation_id, :actor_id, :action, :subject_type, :subject_id,
                        :description, :at, :chain_sequence, :previous_hash, :hash)
                    """)
                    .params(withTime(deleted, at))
                    .update();
        }
        assertThat(verify().intact()).as("once put back").isTrue();
    }

    private static java.util.Map<String, Object> withTime(java.util.Map<String, Object> row, Instant at) {
        java.util.Map<String, Object> copy = new java.util.HashMap<>(row);
        copy.put("at", Sql.ts(at));
        return copy;
    }

    @Test
    void eightPeopleRecordingAtOnceMakeOneChainWithoutGaps() throws Exception {
        UUID organisation = provider.organisationId();
        assertThat(chainOf(organisation)).as("nothing recorded yet, so the head is made under contention too").isEmpty();
        List<Actor> staff = List.of(provider.actor("manager.oak"), provider.actor("carer.oak"),
                provider.actor("carer2.oak"), provider.actor("leader.oak"), provider.actor("quality"),
                provider.actor("director"), provider.actor("manager.riverside"), provider.actor("carer.riverside"));
        int rounds = 15;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(staff.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Actor actor : staff) {
                done.add(threads.submit(() -> {
                    start.await();
                    for (int round = 0; round < rounds; round++) {
                        change(actor, 2);
                        trail.recordRead(actor, "EVENT", UUID.randomUUID(), "Opened restricted OAK-2026-0001");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        List<Link> chain = chainOf(organisation);
        assertThat(chain).as("every change and read recorded").hasSize(staff.size() * rounds * 3);
        assertThat(chain).extracting(Link::sequence).as("numbered 1, 2, 3 ... without gaps or repeats")
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, chain.size()).boxed().toList());
        assertThat(chain).extracting(Link::previousHash).as("no two entries chained to the same one")
                .doesNotHaveDuplicates();
        Verification verification = verify();
        assertThat(verification.intact()).as("chain written by eight at once").isTrue();
        assertThat(verification.entries()).isEqualTo(chain.size());
    }

    @Test
    void changeRolledBackLeavesNoEntry() {
        Actor manager = provider.actor("manager.oak");
        change(manager, 1);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            publisher.publishEvent(new SomethingChanged(manager.organisationId(), manager.personId(), clock.instant(),
                    UUID.randomUUID(), "Never saved"));
            status.setRollbackOnly();
        });

        assertThat(chainOf(provider.organisationId())).as("only the change that was saved").hasSize(1);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void readRecordedWhileAChangeOfTheSameOrganisationIsUnderWayDoesNotWaitForIt() {
        Actor manager = provider.actor("manager.oak");

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    publisher.publishEvent(new SomethingChanged(manager.organisationId(), manager.personId(),
                            clock.instant(), UUID.randomUUID(), "Triaged"));
                    trail.recordRead(manager, "EVENT", UUID.randomUUID(), "Opened restricted OAK-2026-0003");
                }));

        List<Link> chain = chainOf(provider.organisationId());
        assertThat(chain).as("the read, committed first, then the change").hasSize(2);
        assertThat(db.sql("select action from audit_entry where organisation_id = ? order by chain_sequence")
                .param(provider.organisationId()).query(String.class).list()).containsExactly("READ", "CHANGE");
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void entriesFromBeforeTheChainAreChainedAtStartInTheOrderRecorded() {
        UUID organisation = enrolment.createOrganisation("Earlier Care " + UUID.randomUUID(), false);
        for (String description : List.of("First", "Second", "Third")) {
            db.sql("""
                    insert into audit_entry (id, organisation_id, actor_id, action, subject_type, subject_id, description, at)
                    values (?, ?, null, 'CHANGE', 'EVENT', ?, ?, ?)
                    """).params(UUID.randomUUID(), organisation, UUID.randomUUID(), description,
                    Sql.ts(Instant.parse("2025-06-01T09:00:00.123456789Z"))).update();
        }
        Verification before = new TransactionTemplate(transactions).execute(s -> trail.verifyEveryOrganisation());
        assertThat(before.firstBrokenLink()).as("unchained entries are not yet part of any chain")
                .isEqualTo(new BrokenLink(organisation, null, ChainProblem.OUTSIDE_CHAIN));

        earlierEntries.afterSingletonsInstantiated();
        earlierEntries.afterSingletonsInstantiated();

        assertThat(db.sql("select description from audit_entry where organisation_id = ? order by chain_sequence")
                .param(organisation).query(String.class).list())
                .as("chained once, in the order recorded").containsExactly("First", "Second", "Third");
        assertThat(chainOf(organisation)).extracting(Link::sequence).containsExactly(1L, 2L, 3L);
        assertThat(trail.verifyEveryOrganisation().intact()).as("every organisation's chain").isTrue();
    }

    @Test
    void manyEarlierEntriesAreChainedInBatchesInTheOrderRecorded() {
        UUID organisation = enrolment.createOrganisation("Earlier Care " + UUID.randomUUID(), false);
        List<String> recorded = List.of("1", "2", "3", "4", "5");
        for (String description : recorded) {
            db.sql("""
                    insert into audit_entry (id, organisation_id, actor_id, action, subject_type, subject_id, description, at)
                    values (?, ?, null, 'CHANGE', 'EVENT', ?, ?, ?)
                    """).params(UUID.randomUUID(), organisation, UUID.randomUUID(), description,
                    Sql.ts(Instant.parse("2025-06-01T09:00:00Z"))).update();
        }

        new EarlierEntries(auditChain, transactions, 2).afterSingletonsInstantiated();

        assertThat(db.sql("select description from audit_entry where organisation_id = ? order by chain_sequence")
                .param(organisation).query(String.class).list())
                .as("chained two at a time, in the order recorded").containsExactlyElementsOf(recorded);
        assertThat(chainOf(organisation)).extracting(Link::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(trail.verifyEveryOrganisation().intact()).as("every organisation's chain").isTrue();
    }

    @Test
    void verifyCommandReportsAnIntactTrail() {
        change(provider.actor("manager.oak"), 2);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        OptionalInt status = command.execute(new DefaultApplicationArguments("--verify-audit-trail"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(status).as("exit status").hasValue(0);
        assertThat(printed.toString(StandardCharsets.UTF_8).trim())
                .matches("Audit trail intact: \\d+ entr(y|ies) in \\d+ organisations?");
    }

    @Test
    void verifyCommandNamesTheFirstBrokenLinkAndFails() {
        change(provider.actor("manager.oak"), 4);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Runnable restore = tamperWithDescription(provider.organisationId(), 2);
        OptionalInt status;
        try {
            status = command.execute(new DefaultApplicationArguments("--verify-audit-trail"),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));
        } finally {
            restore.run();
        }

        assertThat(status).as("exit status").hasValue(1);
        assertThat(printed.toString(StandardCharsets.UTF_8).trim()).isEqualTo("Audit trail broken: organisation "
                + provider.organisationId() + ", entry 2: " + ChainProblem.ENTRY_CHANGED.explanation());
    }

    @Test
    void startWithoutTheOptionDoesNotVerify() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        OptionalInt status = command.execute(new DefaultApplicationArguments("--demo"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(status).isEmpty();
        assertThat(printed.size()).as("nothing printed").isZero();
    }
}
