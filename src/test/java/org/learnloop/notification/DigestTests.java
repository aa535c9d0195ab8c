package org.learnloop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.learnloop.actions.ActionApiTest;
import org.learnloop.audittrail.AuditTrail;
import org.learnloop.people.ManagerAddress;
import org.learnloop.shared.LearnloopClock;
import org.learnloop.shared.UkTime;
import org.learnloop.triage.Duties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * What goes in the daily digest, and to whom: due against overdue (with the project's clock moved
 * on for the test's thread), each manager's own services, restricted records only to those
 * entitled, references and links but nothing of what happened, no email when there is nothing to
 * say, and one refused address stopping no one else.
 */
class DigestTests extends ActionApiTest {

    @Autowired
    Digests digests;

    @Autowired
    DailyDigest dailyDigest;

    @Autowired
    Duties duties;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient db;

    private record Reported(String id, String reference) {
    }

    @Test
    void overdueComesFirstAndOnlyActionsDueWithinAWeekAreListed() {
        Reported complaint = report("carer.oak", "COMPLAINT", provider.oak(), "CARE_QUALITY", "Tea was cold");
        awaitDuties("manager.oak", complaint.id(), 2);
        SignedOffReview review = signedOffReview();
        String soon = addActionDue(review, today().plusDays(2));
        String later = addActionDue(review, today().plusDays(30));

        Digest now = compose("manager.oak", Instant.now());
        Digest tenDaysOn = compose("manager.oak", Instant.now().plus(Duration.ofDays(10)));

        assertThat(now.actions()).extracting(Digest.ActionLine::link).containsExactly(link("/actions/", soon));
        assertThat(now.actions()).extracting(Digest.ActionLine::overdue).containsExactly(false);
        assertThat(now.actions().get(0).lead()).isEqualTo(displayName("carer.oak"));
        assertThat(now.duties()).extracting(Digest.DutyLine::reference).contains(complaint.reference());
        assertThat(now.duties()).extracting(Digest.DutyLine::duty)
                .contains("Complaint acknowledgement", "Complaint response");
        assertThat(now.duties()).filteredOn(d -> d.reference().equals(complaint.reference()))
                .extracting(Digest.DutyLine::overdue).containsOnly(false);

        assertThat(tenDaysOn.actions()).as("ten days on: the first action is overdue, the second not yet due")
                .extracting(Digest.ActionLine::link, Digest.ActionLine::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(link("/actions/", soon), true));
        assertThat(tenDaysOn.actions()).extracting(Digest.ActionLine::link).doesNotContain(link("/actions/", later));
        assertThat(tenDaysOn.duties()).filteredOn(d -> d.reference().equals(complaint.reference()))
                .extracting(Digest.DutyLine::duty, Digest.DutyLine::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Complaint acknowledgement", true),
                        org.assertj.core.groups.Tuple.tuple("Complaint response", false));
        assertThat(tenDaysOn.duties().get(0).overdue()).as("overdue first").isTrue();
        assertThat(DigestText.subject(tenDaysOn)).startsWith("Learnloop: " + tenDaysOn.overdue() + " overdue and ");
    }

    @Test
    void eachManagerHearsOfTheirOwnServicesAndProviderWideManagersOfAll() {
        Reported oak = report("carer.oak", "COMPLAINT", provider.oak(), "CARE_QUALITY", "Tea was cold");
        Reported riverside = report("carer.riverside", "COMPLAINT", provider.riverside(), "MISSED_VISIT", "No visit");
        awaitDuties("manager.oak", oak.id(), 2);
        awaitDuties("manager.riverside", riverside.id(), 2);

        assertThat(references(compose("manager.oak", Instant.now())))
                .contains(oak.reference()).doesNotContain(riverside.reference());
        assertThat(references(compose("manager.riverside", Instant.now())))
                .contains(riverside.reference()).doesNotContain(oak.reference());
        assertThat(references(compose("quality", Instant.now()))).contains(oak.reference(), riverside.reference());
        assertThat(references(compose("director", Instant.now()))).contains(oak.reference(), riverside.reference());
        assertThat(compose("manager.glen", Instant.now()).isEmpty()).as("nothing in Glen Lodge").isTrue();
    }

    @Test
    void safeguardingReachesItsManagersAndAStaffConcernNoManagerWithoutRecordingARead() {
        Reported safeguarding = report("carer.oak", "SAFEGUARDING_CONCERN", provider.oak(), "ABUSE_NEGLECT",
                "Bruising seen");
        Reported staffConcern = report("carer2.oak", "STAFF_CONCERN", provider.oak(), "ABUSE_NEGLECT",
                "Rough handling on nights");
        awaitDuties("manager.oak", safeguarding.id(), 1);
        awaitDuties("guardian", staffConcern.id(), 1);

        assertThat(references(compose("manager.oak", Instant.now())))
                .contains(safeguarding.reference()).doesNotContain(staffConcern.reference());
        assertThat(references(compose("quality", Instant.now())))
                .contains(safeguarding.reference()).doesNotContain(staffConcern.reference());
        assertThat(references(compose("manager.riverside", Instant.now())))
                .doesNotContain(safeguarding.reference(), staffConcern.reference());
        assertThat(trail.countFor(provider.organisationId(), "EVENT", UUID.fromString(safeguarding.id()), "READ"))
                .as("working out a digest is not opening the record").isZero();
    }

    @Test
    void emailGivesReferencesDatesAndLinksButNothingOfWhatHappened() {
        Reported complaint = report("carer.oak", "COMPLAINT", provider.oak(), "CARE_QUALITY",
                "Mrs Kaur's daughter upset about cold tea");
        awaitDuties("manager.oak", complaint.id(), 2);
        Digest digest = compose("manager.oak", Instant.now());

        String body = DigestText.body(digest);

        assertThat(body).contains("Hello " + displayName("manager.oak"))
                .contains(complaint.reference() + ", Complaint acknowledgement, due ")
                .contains(link("/events/", complaint.id()))
                .contains(UkTime.dateTime(digest.duties().get(0).dueAt()))
                .doesNotContain("Kaur").doesNotContain("cold tea").doesNotContain("The description of what happened");
        assertThat(DigestText.subject(digest)).isEqualTo("Learnloop: " + digest.size() + " due soon in your services");
    }

    @Test
    void sendingSkipsPeopleWithNothingToSayRecordsEachInTheTrailAndARefusedAddressStopsNoOne() throws Exception {
        Reported oak = report("carer.oak", "COMPLAINT", provider.oak(), "CARE_QUALITY", "Tea was cold");
        Reported riverside = report("carer.riverside", "COMPLAINT", provider.riverside(), "MISSED_VISIT", "No visit");
        awaitDuties("manager.oak", oak.id(), 2);
        awaitDuties("manager.riverside", riverside.id(), 2);
        for (String who : List.of("manager.oak", "manager.riverside", "manager.glen", "quality", "carer.oak")) {
            db.sql("update person set email = ? where username = ?").params(address(who), provider.username(who)).update();
        }
        RecordingMailSender mail = new RecordingMailSender(address("manager.oak"));

        dailyDigest.sendWith(mail);
        dailyDigest.sendWith(mail);

        assertThat(mail.sentTo()).as("one each, the refused address and nothing-to-say left out, care workers never")
                .filteredOn(a -> a.endsWith(suffix()))
                .containsExactlyInAnyOrder(address("manager.riverside"), address("quality"));
        assertThat(mail.refused()).as("the refused address was tried on both runs").isEqualTo(2);
        UUID quality = provider.actor("quality").personId();
        assertThat(trail.countFor(provider.organisationId(), "PERSON", quality, "CHANGE"))
                .as("the digest sent to the quality lead, in the audit trail").isEqualTo(1);
        assertThat(trail.countFor(provider.organisationId(), "PERSON", provider.actor("manager.oak").personId(),
                "CHANGE")).as("nothing recorded for the refused address").isZero();
        MimeMessage toQuality = mail.messageTo(address("quality"));
        assertThat(toQuality.getSubject()).startsWith("Learnloop: ");
        assertThat(toQuality.getContent().toString()).contains(oak.reference(), riverside.reference());
    }

    private Digest compose(String who, Instant at) {
        return LearnloopClock.at(at, () -> digests.compose(new ManagerAddress(provider.actor(who), address(who)),
                UkTime.londonDate(at)));
    }

    private static List<String> references(Digest digest) {
        return digest.duties().stream().map(Digest.DutyLine::reference).toList();
    }

    private Reported report(String who, String type, UUID service, String category, String summary) {
        var result = as(who).post("/api/v1/events", """
                {"type":"%s","serviceId":"%s","occurredAt":"%s","category":"%s","summary":"%s",
                 "description":"The description of what happened.","physicalHarm":"NONE","psychologicalHarm":"NONE"}
                """.formatted(type, service, Instant.now().minus(1, ChronoUnit.HOURS), category, summary));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return new Reported(read(result, "$.id"), read(result, "$.reference"));
    }

    /** Duties are detected after the report commits, by a listener: waits until the person sees enough of them. */
    private void awaitDuties(String who, String eventId, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (duties.openFor(provider.actor(who)).stream().filter(d -> d.eventId().toString().equals(eventId))
                .count() < atLeast) {
            assertThat(System.nanoTime()).as("duties of " + eventId + " for " + who).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private String addActionDue(SignedOffReview review, LocalDate due) {
        var added = as("manager.oak").post("/api/v1/reviews/{id}/actions",
                action(review.findingId(), provider.username("carer.oak"), due, "STRONGER"), review.reviewId());
        assertThat(added).hasStatus(HttpStatus.CREATED);
        return read(added, "$.id");
    }

    private String suffix() {
        return "." + provider.username("x").substring(2) + "@example.org";
    }

    private String address(String who) {
        return who + suffix();
    }

    private String displayName(String who) {
        return who + " " + provider.username(who).substring(who.length() + 1);
    }

    private static String link(String path, String id) {
        return "http://localhost:8080" + path + id;
    }

    /** A mail server that takes every message but those to one address, which it refuses. */
    static final class RecordingMailSender extends JavaMailSenderImpl {

        private final String refusing;
        private final List<MimeMessage> sent = new ArrayList<>();
        private int refused;

        RecordingMailSender(String refusing) {
            this.refusing = refusing;
        }

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            for (MimeMessage message : messages) {
                if (to(message).contains(refusing)) {
                    refused++;
                    throw new MailSendException("550 mailbox unavailable: " + refusing);
                }
                sent.add(message);
            }
        }

        List<String> sentTo() {
            return sent.stream().flatMap(m -> to(m).stream()).toList();
        }

        int refused() {
            return refused;
        }

        MimeMessage messageTo(String address) {
            return sent.stream().filter(m -> to(m).contains(address)).findFirst().orElseThrow();
        }

        private static List<String> to(MimeMessage message) {
            try {
                Address[] to = message.getAllRecipients();
                return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
