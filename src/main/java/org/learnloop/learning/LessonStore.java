package org.learnloop.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.learnloop.people.Actor;
import org.learnloop.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind lessons, the services they are shared with, and their acknowledgements. */
@Repository
class LessonStore {

    /** A lesson's row with one of its services; a lesson comes back once per service it is shared with. */
    private static final String LESSON_ROWS = """
            select l.id, l.organisation_id, l.review_id, l.title, l.summary, l.removed_details, l.status, l.created_by,
                   l.created_at, l.published_by, l.published_at, ls.service_id
            from lesson l join lesson_service ls on ls.lesson_id = l.id
            """;
    private static final String NEWEST_FIRST = " order by coalesce(l.published_at, l.created_at) desc, l.id";

    private final JdbcClient db;

    LessonStore(JdbcClient db) {
        this.db = db;
    }

    void insert(LessonView lesson) {
        db.sql("""
                insert into lesson (id, organisation_id, review_id, title, summary, removed_details, status, created_by,
                                    created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """)
                .params(lesson.id(), lesson.organisationId(), lesson.reviewId(), lesson.title(), lesson.summary(),
                        encode(lesson.removed()), lesson.status().name(), lesson.createdBy(), Sql.ts(lesson.createdAt()))
                .update();
        for (UUID serviceId : lesson.serviceIds()) {
            db.sql("insert into lesson_service (organisation_id, lesson_id, service_id) values (?, ?, ?)")
                    .params(lesson.organisationId(), lesson.id(), serviceId).update();
        }
    }

    /** Shares a draft; false when it was no longer a draft (someone published it first). */
    boolean publish(UUID organisationId, UUID id, UUID by, Instant at) {
        return db.sql("""
                update lesson set status = 'PUBLISHED', published_by = ?, published_at = ?, version = version + 1
                where id = ? and organisation_id = ? and status = 'DRAFT'
                """)
                .params(by, Sql.ts(at), id, organisationId).update() == 1;
    }

    Optional<LessonView> find(UUID organisationId, UUID id) {
        return lessons(db.sql(LESSON_ROWS + " where l.organisation_id = :org and l.id = :id")
                .param("org", organisationId).param("id", id)).stream().findFirst();
    }

    List<LessonView> findAll(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Sql.inChunks(ids, chunk -> lessons(db.sql(LESSON_ROWS + " where l.organisation_id = :org and l.id in (:ids)")
                .param("org", organisationId).param("ids", chunk)));
    }

    List<LessonView> forReviews(UUID organisationId, Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return List.of();
        }
        return Sql.inChunks(reviewIds, chunk -> lessons(db.sql(LESSON_ROWS
                + " where l.organisation_id = :org and l.review_id in (:reviews)" + NEWEST_FIRST)
                .param("org", organisationId).param("reviews", chunk)));
    }

    /** Like {@link #forReviews}, a lesson counts only once it is shared with a service. */
    List<LessonStanding> standingsFor(UUID organisationId, Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return List.of();
        }
        return Sql.inChunks(reviewIds, chunk -> db.sql("""
                select l.id, l.review_id, l.status from lesson l
                where l.organisation_id = :org and l.review_id in (:reviews)
                and exists (select 1 from lesson_service ls where ls.lesson_id = l.id)
                """).param("org", organisationId).param("reviews", chunk)
                .query((rs, n) -> new LessonStanding(Sql.uuid(rs, "id"), Sql.uuid(rs, "review_id"),
                        Sql.enumValue(rs, "status", LessonStatus.class)))
                .list());
    }

    /**
     * The lessons shared with any of the person's services: published ones, and drafts too when
     * {@code withDrafts}; newest first, with when this person acknowledged each.
     */
    List<LessonView> forPerson(Actor actor, boolean withDrafts, boolean unreadOnly, int limit, long offset) {
        if (actor.serviceIds().isEmpty()) {
            return List.of();
        }
        return lessonsWhere(actor, personCondition(withDrafts, unreadOnly), limit, offset);
    }

    /** The draft lessons shared with any of the person's services, newest first. */
    List<LessonView> drafts(Actor actor, int limit) {
        if (actor.serviceIds().isEmpty()) {
            return List.of();
        }
        return lessonsWhere(actor, personCondition(true, false) + " and l.status = 'DRAFT'", limit, 0);
    }

    private List<LessonView> lessonsWhere(Actor actor, String where, int limit, long offset) {
        List<UUID> ids = db.sql("select l.id from lesson l where " + where + NEWEST_FIRST + " limit :limit offset :offset")
                .param("org", actor.organisationId()).param("services", actor.serviceIds())
                .param("person", actor.personId()).param("limit", limit).param("offset", offset)
                .query(UUID.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, LessonView> byId = findAll(actor.organisationId(), ids).stream()
                .collect(Collectors.toMap(LessonView::id, l -> l));
        Map<UUID, Instant> read = acknowledgedBy(actor.organisationId(), actor.personId(), ids);
        return ids.stream().map(byId::get).map(l -> l.readBy(read.get(l.id()))).toList();
    }

    long countForPerson(Actor actor, boolean withDrafts) {
        if (actor.serviceIds().isEmpty()) {
            return 0;
        }
        return db.sql("select count(*) from lesson l where " + personCondition(withDrafts, false))
                .param("org", actor.organisationId()).param("services", actor.serviceIds())
                .param("person", actor.personId())
                .query(Long.class).single();
    }

    private static String personCondition(boolean withDrafts, boolean unreadOnly) {
        return """
                l.organisation_id = :org
                and exists (select 1 from lesson_service s
                            where s.lesson_id = l.id and s.organisation_id = :org and s.service_id in (:services))
                """
                + (withDrafts ? "" : " and l.status = 'PUBLISHED'")
                + (unreadOnly ? """
                         and not exists (select 1 from lesson_acknowledgement a
                                         where a.lesson_id = l.id and a.person_id = :person)"""
                        : "");
    }

    /** Records that the person read and understood the lesson; false when they already had. */
    boolean acknowledge(UUID organisationId, UUID lessonId, UUID personId, Instant at) {
        return db.sql("""
                insert into lesson_acknowledgement (organisation_id, lesson_id, person_id, acknowledged_at)
                values (?, ?, ?, ?)
                on conflict do nothing
                """)
                .params(organisationId, lessonId, personId, Sql.ts(at)).update() == 1;
    }

    /** When this person acknowledged each of these lessons, for those they have. */
    Map<UUID, Instant> acknowledgedBy(UUID organisationId, UUID personId, Collection<UUID> lessonIds) {
        if (lessonIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Instant> read = new HashMap<>();
        db.sql("""
                select lesson_id, acknowledged_at from lesson_acknowledgement
                where organisation_id = :org and person_id = :person and lesson_id in (:lessons)
                """)
                .param("org", organisationId).param("person", personId).param("lessons", Set.copyOf(lessonIds))
                .query((rs, n) -> Map.entry(Sql.uuid(rs, "lesson_id"), Sql.instant(rs, "acknowledged_at")))
                .list().forEach(e -> read.put(e.getKey(), e.getValue()));
        return read;
    }

    /** Who acknowledged each of these lessons, and when. */
    Map<UUID, Map<UUID, Instant>> acknowledgements(UUID organisationId, Collection<UUID> lessonIds) {
        if (lessonIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<UUID, Instant>> result = new HashMap<>();
        Sql.inChunks(lessonIds, chunk -> db.sql("""
                select lesson_id, person_id, acknowledged_at from lesson_acknowledgement
                where organisation_id = :org and lesson_id in (:lessons)
                """)
                .param("org", organisationId).param("lessons", chunk)
                .query((rs, n) -> new Object[] { Sql.uuid(rs, "lesson_id"), Sql.uuid(rs, "person_id"),
                        Sql.instant(rs, "acknowledged_at") })
                .list())
                .forEach(row -> result.computeIfAbsent((UUID) row[0], k -> new HashMap<>()).put((UUID) row[1], (Instant) row[2]));
        return result;
    }

    private static List<LessonView> lessons(JdbcClient.StatementSpec statement) {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        statement.query((rs, n) -> row(rs)).list().forEach(row -> rows.merge(row.id(), row, Row::with));
        return rows.values().stream().map(Row::view).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        List<UUID> services = new ArrayList<>();
        services.add(Sql.uuid(rs, "service_id"));
        return new Row(Sql.uuid(rs, "id"), Sql.uuid(rs, "organisation_id"), Sql.uuid(rs, "review_id"),
                rs.getString("title"), rs.getString("summary"), decode(rs.getString("removed_details")),
                Sql.enumValue(rs, "status", LessonStatus.class), Sql.uuid(rs, "created_by"),
                Sql.instant(rs, "created_at"), Sql.uuid(rs, "published_by"), Sql.instant(rs, "published_at"), services);
    }

    /** One lesson as read, gathering the services of its rows. */
    private record Row(UUID id, UUID organisationId, UUID reviewId, String title, String summary,
            Map<IdentifyingDetail, Integer> removed, LessonStatus status, UUID createdBy, Instant createdAt,
            UUID publishedBy, Instant publishedAt, List<UUID> serviceIds) {

        Row with(Row other) {
            serviceIds.addAll(other.serviceIds());
            return this;
        }

        LessonView view() {
            return new LessonView(id, organisationId, reviewId, title, summary, serviceIds, status, publishedAt,
                    publishedBy, createdBy, createdAt, removed, null);
        }
    }

    /** What was removed, as stored: {@code NAME:2,ROOM:1}. */
    static String encode(Map<IdentifyingDetail, Integer> removed) {
        return removed.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    static Map<IdentifyingDetail, Integer> decode(String stored) {
        Map<IdentifyingDetail, Integer> removed = new EnumMap<>(IdentifyingDetail.class);
        if (stored == null || stored.isBlank()) {
            return removed;
        }
        for (String pair : stored.split(",")) {
            String[] parts = pair.split(":");
            try {
                removed.put(IdentifyingDetail.valueOf(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            } catch (RuntimeException unknownKind) {
                // a kind this version does not know: leave it out rather than fail to show the lesson
            }
        }
        return removed;
    }
}
