package org.learnloop.people;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.learnloop.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind failed sign-ins, lockouts and two-step verification: columns of {@code person}. */
@Repository
class SignInStore {

    private final JdbcClient db;

    SignInStore(JdbcClient db) {
        this.db = db;
    }

    /** Where a person stands for signing in. */
    record Standing(int failedSignIns, Instant lockedUntil, String totpSecret, Long totpLastStep) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    /** Two-step verification as set up for a person: the secret in use, and the one being set up. */
    record TwoStep(String secret, String pendingSecret) {
    }

    /**
     * The person's standing, with their row locked until the transaction ends, so that attempts
     * made at the same moment are counted one after another and none slips past a lockout.
     */
    Optional<Standing> standingForUpdate(UUID organisationId, UUID personId) {
        return db.sql("""
                select failed_sign_ins, locked_until, totp_secret, totp_last_step from person
                where organisation_id = ? and id = ? for update
                """)
                .params(organisationId, personId)
                .query((rs, row) -> new Standing(rs.getInt("failed_sign_ins"), Sql.instant(rs, "locked_until"),
                        rs.getString("totp_secret"), rs.getObject("totp_last_step", Long.class)))
                .optional();
    }

    void failures(UUID organisationId, UUID personId, int failedSignIns) {
        db.sql("update person set failed_sign_ins = ? where organisation_id = ? and id = ?")
                .params(failedSignIns, organisationId, personId).update();
    }

    void lock(UUID organisationId, UUID personId, Instant until) {
        db.sql("update person set failed_sign_ins = 0, locked_until = ? where organisation_id = ? and id = ?")
                .params(Sql.ts(until), organisationId, personId).update();
    }

    /** A fresh start: no failures counted, no lockout. Answers whether there was anything to clear. */
    boolean clear(UUID organisationId, UUID personId) {
        return db.sql("""
                update person set failed_sign_ins = 0, locked_until = null
                where organisation_id = ? and id = ? and (failed_sign_ins > 0 or locked_until is not null)
                """)
                .params(organisationId, personId).update() == 1;
    }

    void codeUsed(UUID organisationId, UUID personId, long step) {
        db.sql("update person set totp_last_step = ? where organisation_id = ? and id = ?")
                .params(step, organisationId, personId).update();
    }

    Optional<TwoStep> twoStep(UUID organisationId, UUID personId) {
        return db.sql("select totp_secret, totp_pending_secret from person where organisation_id = ? and id = ?")
                .params(organisationId, personId)
                .query((rs, row) -> new TwoStep(rs.getString("totp_secret"), rs.getString("totp_pending_secret")))
                .optional();
    }

    void pendingSecret(UUID organisationId, UUID personId, String secret) {
        db.sql("update person set totp_pending_secret = ? where organisation_id = ? and id = ?")
                .params(secret, organisationId, personId).update();
    }

    /** Turns two-step verification on with the secret that was being set up, if it still is the one. */
    boolean enable(UUID organisationId, UUID personId, String secret, long step) {
        return db.sql("""
                update person set totp_secret = totp_pending_secret, totp_pending_secret = null, totp_last_step = ?
                where organisation_id = ? and id = ? and totp_pending_secret = ? and totp_secret is null
                """)
                .params(step, organisationId, personId, secret).update() == 1;
    }

    /** Turns two-step verification off. Answers whether it was on. */
    boolean disable(UUID organisationId, UUID personId) {
        return db.sql("""
                update person set totp_secret = null, totp_pending_secret = null, totp_last_step = null
                where organisation_id = ? and id = ? and totp_secret is not null
                """)
                .params(organisationId, personId).update() == 1;
    }
}
