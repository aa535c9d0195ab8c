package org.learnloop.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.learnloop.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind reviews: the review row, its events, factors and findings, read in batches. */
@Repository
class ReviewStore {

    private final JdbcClient db;

    ReviewStore(JdbcClient db) {
        this.db = db;
    }

    void insert(ReviewView review) {
        db.sql("""
                insert into review (id, organisation_id, service_id, type, lead_id, status, opened_by, opened_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0)
                """)
                .params(review.id(), review.organisationId(), review.serviceId(), review.type().name(), review.leadId(),
                        review.status().name(), review.openedBy(), Sql.ts(review.openedAt()))
                .update();
        for (UUID eventId : review.eventIds()) {
            db.sql("insert into review_event (organisation_id, review_id, event_id) values (?, ?, ?)")
                    .params(review.organisationId(), review.id(), eventId).update();
        }
    }

    /** Saves the findings and factors if nobody else saved since {@code expectedVersion}. */
    boolean update(ReviewView review, int expectedVersion) {
        int changed = db.sql("""
                update review set summary = ?, version = version + 1
                where id = ? and organisation_id = ? and version = ? and status = 'DRAFT'
                """)
                .params(review.summary(), review.id(), review.organisationId(), expectedVersion).update();
        if (changed == 0) {
            return false;
        }
        db.sql("delete from review_factor where review_id = ?").param(review.id()).update();
        for (ContributoryFactor factor : review.contributoryFactors()) {
            db.sql("insert into review_factor (organisation_id, review_id, factor) values (?, ?, ?)")
                    .params(review.organisationId(), review.id(), factor.name()).update();
        }
        db.sql("delete from review_finding where review_id = ?").param(review.id()).update();
        int position = 0;
        for (Finding finding : review.findings()) {
            db.sql("insert into review_finding (id, organisation_id, review_id, position, text) values (?, ?, ?, ?, ?)")
                    .params(finding.id(), review.organisationId(), review.id(), position++, finding.text()).update();
        }
        return true;
    }

    /** Keeps the review's write-up as saved at its present version, by whom and when. */
    void keepVersion(ReviewView review, UUID savedBy, java.time.Instant savedAt) {
        db.sql("""
                insert into review_version (organisation_id, review_id, version, summary, saved_by, saved_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(review.organisationId(), review.id(), review.version(), review.summary(), savedBy, Sql.ts(savedAt))
                .update();
        for (ContributoryFactor factor : review.contributoryFactors()) {
            db.sql("insert into review_version_factor (organisation_id, review_id, version, factor) values (?, ?, ?, ?)")
                    .params(review.organisationId(), review.id(), review.version(), factor.name()).update();
        }
        int position = 0;
        for (Finding finding : review.findings()) {
            db.sql("""
                    insert into review_version_finding (organisation_id, review_id, version, position, finding_id, text)
                    values (?, ?, ?, ?, ?, ?)
                    """)
                    .params(review.organisationId(), review.id(), review.version(), position++, finding.id(), finding.text())
                    .update();
        }
    }

    /** The write-up as it was saved at this version, if it was kept. */
    Optional<ReviewVersion> version(UUID organisationId, UUID reviewId, int version) {
        Optional<VersionRow> row = db.sql("""
                select summary, saved_by, saved_at from review_version
                where organisation_id = ? and review_id = ? and version = ?
                """).params(organisationId, reviewId, version)
                .query((rs, n) -> new VersionRow(rs.getString("summary"), Sql.uuid(rs, "saved_by"), Sql.instant(rs, "saved_at")))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Set<ContributoryFactor> factors = EnumSet.noneOf(ContributoryFactor.class);
        db.sql("select factor from review_version_factor where organisation_id = ? and review_id = ? and version = ?")
                .params(organisationId, reviewId, version)
                .query((rs, n) -> ContributoryFactor.valueOf(rs.getString("factor"))).list().forEach(factors::add);
        List<Finding> findings = db.sql("""
                select finding_id, text from review_version_finding
                where organisation_id = ? and review_id = ? and version = ? order by position
                """).params(organisationId, reviewId, version)
                .query((rs, n) -> new Finding(Sql.uuid(rs, "finding_id"), rs.getString("text"))).list();
        return Optional.of(new ReviewVersion(version, row.get().summary(), factors, findings, row.get().savedBy(),
                row.get().savedAt()));
    }

    private record VersionRow(String summary, UUID savedBy, java.time.Instant savedAt) {
    }

    boolean signOff(ReviewView review, UUID by, java.time.Instant at) {
        return db.sql("""
                update review set status = 'SIGNED_OFF', signed_off_by = ?, signed_off_at = ?, version = version + 1
                where id = ? and organisation_id = ? and status = 'DRAFT' and version = ?
                """)
                .params(by, Sql.ts(at), review.id(), review.organisationId(), review.version()).update() == 1;
    }

    Optional<ReviewView> find(UUID organisationId, UUID id) {
        return findAll(organisationId, List.of(id)).stream().findFirst();
    }

    List<ReviewView> findAll(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return assemble(organisationId, Sql.inChunks(ids, chunk -> db.sql("select * from review where organisation_id = :org and id in (:ids)")
                .param("org", organisationId).param("ids", chunk).query(ReviewStore::row).list()));
    }

    List<ReviewView> forEvents(UUID organisationId, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = Sql.inChunks(eventIds, chunk -> db.sql("""
                select distinct review_id from review_event where organisation_id = :org and event_id in (:events)
                """).param("org", organisationId).param("events", chunk).query(UUID.class).list());
        return findAll(organisationId, ids);
    }

    List<ReviewStanding> standingsFor(UUID organisationId, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return Sql.inChunks(eventIds, chunk -> db.sql("""
                select re.review_id, re.event_id, r.status from review_event re
                join review r on r.id = re.review_id and r.organisation_id = re.organisation_id
                where re.organisation_id = :org and re.event_id in (:events)
                """).param("org", organisationId).param("events", chunk)
                .query((rs, n) -> new ReviewStanding(Sql.uuid(rs, "review_id"), Sql.uuid(rs, "event_id"),
                        Sql.enumValue(rs, "status", ReviewStatus.class) == ReviewStatus.SIGNED_OFF))
                .list());
    }

    List<ReviewView> drafts(UUID organisationId, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return assemble(organisationId, db.sql("""
                select * from review where organisation_id = :org and status = 'DRAFT' and service_id in (:services)
                order by opened_at
                """).param("org", organisationId).param("services", Set.copyOf(serviceIds))
                .query(ReviewStore::row).list());
    }

    private List<ReviewView> assemble(UUID organisationId, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = new java.util.HashSet<>();
        rows.forEach(r -> ids.add(r.id()));
        Map<UUID, List<UUID>> events = new HashMap<>();
        Sql.inChunks(ids, chunk -> db.sql("select review_id, event_id from review_event where organisation_id = :org and review_id in (:ids)")
                .param("org", organisationId).param("ids", chunk)
                .query((rs, n) -> Map.entry(Sql.uuid(rs, "review_id"), Sql.uuid(rs, "event_id"))).list())
                .forEach(e -> events.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, Set<ContributoryFactor>> factors = new HashMap<>();
        Sql.inChunks(ids, chunk -> db.sql("select review_id, factor from review_factor where organisation_id = :org and review_id in (:ids)")
                .param("org", organisationId).param("ids", chunk)
                .query((rs, n) -> Map.entry(Sql.uuid(rs, "review_id"), ContributoryFactor.valueOf(rs.getString("factor"))))
                .list())
                .forEach(e -> factors.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(ContributoryFactor.class)).add(e.getValue()));
        Map<UUID, List<Finding>> findings = new LinkedHashMap<>();
        Sql.inChunks(ids, chunk -> db.sql("""
                select review_id, id, text from review_finding where organisation_id = :org and review_id in (:ids)
                order by review_id, position
                """).param("org", organisationId).param("ids", chunk)
                .query((rs, n) -> Map.entry(Sql.uuid(rs, "review_id"), new Finding(Sql.uuid(rs, "id"), rs.getString("text"))))
                .list())
                .forEach(e -> findings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream()
                .map(r -> new ReviewView(r.id(), r.organisationId(), r.serviceId(), List.copyOf(events.getOrDefault(r.id(), List.of())),
                        r.type(), r.leadId(), r.status(), r.summary(),
                        Set.copyOf(factors.getOrDefault(r.id(), EnumSet.noneOf(ContributoryFactor.class))),
                        List.copyOf(findings.getOrDefault(r.id(), List.of())), r.openedBy(), r.openedAt(),
                        r.signedOffBy(), r.signedOffAt(), r.version()))
                .toList();
    }

    private record Row(UUID id, UUID organisationId, UUID serviceId, LearningResponse type, UUID leadId,
            ReviewStatus status, String summary, UUID openedBy, java.time.Instant openedAt, UUID signedOffBy,
            java.time.Instant signedOffAt, int version) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(Sql.uuid(rs, "id"), Sql.uuid(rs, "organisation_id"), Sql.uuid(rs, "service_id"),
                Sql.enumValue(rs, "type", LearningResponse.class), Sql.uuid(rs, "lead_id"),
                Sql.enumValue(rs, "status", ReviewStatus.class), rs.getString("summary"), Sql.uuid(rs, "opened_by"),
                Sql.instant(rs, "opened_at"), Sql.uuid(rs, "signed_off_by"), Sql.instant(rs, "signed_off_at"),
                rs.getInt("version"));
    }
}
