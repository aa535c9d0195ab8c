package org.learnloop.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.learnloop.shared.Sql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has had their digest on which day. A person gets at most one a day, whichever server sends
 * it and however often the job fires: a server that starts late, or a job fired again, sends only
 * to those not yet sent to.
 */
@Repository
class SentDigests {

    private final JdbcClient db;
    private final ApplicationEventPublisher publisher;

    SentDigests(JdbcClient db, ApplicationEventPublisher publisher) {
        this.db = db;
        this.publisher = publisher;
    }

    @Transactional(readOnly = true)
    Set<UUID> recipientsOn(UUID organisationId, LocalDate day) {
        return Set.copyOf(db.sql("select person_id from digest_sent where organisation_id = ? and digest_date = ?")
                .params(organisationId, day).query(UUID.class).list());
    }

    /** Records that the digest was sent, with its entry in the audit trail. */
    @Transactional
    void record(Digest digest, Instant sentAt) {
        var actor = digest.to().actor();
        db.sql("""
                insert into digest_sent (organisation_id, digest_date, person_id, sent_at, items, overdue)
                values (?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """)
                .params(actor.organisationId(), digest.day(), actor.personId(), Sql.ts(sentAt), digest.size(),
                        digest.overdue())
                .update();
        publisher.publishEvent(new DigestSent(actor.organisationId(), sentAt, actor.personId(), digest.size(),
                digest.overdue()));
    }
}
