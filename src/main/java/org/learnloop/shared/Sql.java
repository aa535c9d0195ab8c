package org.learnloop.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Small helpers for reading and binding values the same way on H2 and PostgreSQL. */
public final class Sql {

    /** The most keys {@link #inChunks} binds in one {@code in (...)} list. */
    public static final int IN_CHUNK = 500;

    private Sql() {
    }

    public static OffsetDateTime ts(Instant instant) {
        return UkTime.utc(instant);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    /**
     * The answers of a query run for these keys (ids) in chunks of at most {@value #IN_CHUNK}, joined.
     * H2 checks each row it reads against {@code in (...)} of bound values by going through the list,
     * so one list of thousands of ids costs the square of its length; in chunks it costs about as much
     * as the rows. The answers come chunk after chunk, so everything for one key stays together and in
     * the query's order, but a query's order across keys holds only within a chunk.
     */
    public static <K, T> List<T> inChunks(Collection<K> keys, Function<Set<K>, List<T>> query) {
        List<K> distinct = List.copyOf(new LinkedHashSet<>(keys));
        if (distinct.size() <= IN_CHUNK) {
            return distinct.isEmpty() ? List.of() : query.apply(Set.copyOf(distinct));
        }
        List<T> joined = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IN_CHUNK) {
            joined.addAll(query.apply(Set.copyOf(distinct.subList(from, Math.min(distinct.size(), from + IN_CHUNK)))));
        }
        return joined;
    }

    /** Escapes a user's search text for a LIKE pattern. */
    public static String likePattern(String text) {
        String escaped = text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
