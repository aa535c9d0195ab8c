package org.learnloop.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.NotFound;
import org.learnloop.shared.PlainText;
import org.learnloop.shared.Sql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: for a care-record system to call Learnloop as a person. The token is shown
 * once; only its SHA-256 hash is stored, so a copy of the database cannot be used to sign in.
 */
@Service
@Transactional
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokens(JdbcClient db, Clock clock, ApplicationEventPublisher events) {
        this.db = db;
        this.clock = clock;
        this.events = events;
    }

    /** A token as listed: never the token itself. */
    public record TokenSummary(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }

    /** A token just created, the only time its secret is shown. */
    public record CreatedToken(UUID id, String name, String token) {
    }

    public CreatedToken create(Actor actor, String name) {
        if (name == null || name.isBlank()) {
            throw InvalidRequest.of("name", "Enter a name for the token, such as the system that will use it");
        }
        if (name.trim().length() > 100) {
            throw InvalidRequest.of("name", "Name must be 100 characters or fewer");
        }
        if (PlainText.hasHiddenCharacters(name)) {
            throw InvalidRequest.of("name", PlainText.message("the name"));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "ll_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        db.sql("""
                insert into api_token (id, organisation_id, person_id, name, token_hash, created_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(id, actor.organisationId(), actor.personId(), name.trim(), hash(token), Sql.ts(now)).update();
        events.publishEvent(new ApiTokenChanged(actor.organisationId(), actor.personId(), now, id, "API token created: " + name.trim()));
        return new CreatedToken(id, name.trim(), token);
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> list(Actor actor) {
        return db.sql("select * from api_token where organisation_id = ? and person_id = ? order by created_at desc")
                .params(actor.organisationId(), actor.personId())
                .query((rs, row) -> new TokenSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        Sql.instant(rs, "created_at"), Sql.instant(rs, "last_used_at"), Sql.instant(rs, "revoked_at")))
                .list();
    }

    public void revoke(Actor actor, UUID tokenId) {
        Instant now = clock.instant();
        int changed = db.sql("""
                update api_token set revoked_at = ?
                where id = ? and organisation_id = ? and person_id = ? and revoked_at is null
                """)
                .params(Sql.ts(now), tokenId, actor.organisationId(), actor.personId()).update();
        if (changed == 0) {
            throw NotFound.of("Token", tokenId);
        }
        events.publishEvent(new ApiTokenChanged(actor.organisationId(), actor.personId(), now, tokenId, "API token revoked"));
    }

    /** The person a live token belongs to. */
    Optional<UUID> personFor(String token) {
        return db.sql("select person_id from api_token where token_hash = ? and revoked_at is null")
                .param(hash(token)).query(UUID.class).optional();
    }

    static String hash(String token) {
        return org.learnloop.shared.Sha256.hex(token);
    }
}
