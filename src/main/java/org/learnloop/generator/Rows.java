package org.learnloop.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

import org.learnloop.audittrail.ChainForBulkWrites;
import org.learnloop.shared.AuditableEvent;
import org.learnloop.shared.Sql;

/**
 * Rows waiting to be written, table by table. {@link #flush} writes them in {@link Table} order,
 * so every foreign key is satisfied, as multi-row inserts sent in JDBC batches: a few round trips
 * for thousands of rows, on H2 and PostgreSQL alike.
 */
final class Rows {

    /** Rows per insert statement; PostgreSQL takes at most 65,535 parameters in one statement. */
    private static final int ROWS_PER_STATEMENT = 100;
    /** Statements per JDBC batch. */
    private static final int STATEMENTS_PER_BATCH = 50;

    private final Map<Table, List<Object[]>> pending = new EnumMap<>(Table.class);
    private final List<AuditableEvent> unchained = new ArrayList<>();

    void add(Table table, Object... values) {
        if (values.length != table.width()) {
            throw new IllegalArgumentException(table + " has " + table.width() + " columns, not " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Instant instant) {
                values[i] = Sql.ts(instant);
            } else if (values[i] instanceof Enum<?> constant) {
                values[i] = constant.name();
            }
        }
        pending.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
    }

    /**
     * The audit trail's entry for a change, worded by the event record the service would have
     * published; it takes its place in the chain at {@link #chain}.
     */
    void audit(AuditableEvent event) {
        unchained.add(event);
    }

    /** Gives the audit entries, in the order they were made, their places in the organisation's chain. */
    void chain(ChainForBulkWrites chain) {
        for (AuditableEvent event : unchained) {
            ChainForBulkWrites.Link link = chain.link(event.actorId(), "CHANGE", event.subjectType(), event.subjectId(),
                    event.description(), event.occurredAt());
            add(Table.AUDIT_ENTRY, Ids.random(), event.organisationId(), event.actorId(), "CHANGE", event.subjectType(),
                    event.subjectId(), link.description(), link.at(), link.sequence(), link.previousHash(), link.hash());
        }
        unchained.clear();
    }

    int size() {
        return pending.values().stream().mapToInt(List::size).sum();
    }

    /** Writes every pending row on this connection (the caller commits) and counts them per table. */
    void flush(Connection connection, Map<Table, LongAdder> written) throws SQLException {
        if (!unchained.isEmpty()) {
            throw new IllegalStateException(unchained.size() + " audit entries have no place in the chain yet");
        }
        for (Table table : Table.values()) {
            List<Object[]> rows = pending.remove(table);
            if (rows == null || rows.isEmpty()) {
                continue;
            }
            int full = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
            if (full > 0) {
                try (PreparedStatement insert = connection.prepareStatement(table.insert(ROWS_PER_STATEMENT))) {
                    int batched = 0;
                    for (int start = 0; start < full; start += ROWS_PER_STATEMENT) {
                        bind(insert, table, rows.subList(start, start + ROWS_PER_STATEMENT));
                        insert.addBatch();
                        if (++batched == STATEMENTS_PER_BATCH) {
                            insert.executeBatch();
                            batched = 0;
                        }
                    }
                    if (batched > 0) {
                        insert.executeBatch();
                    }
                }
            }
            if (full < rows.size()) {
                try (PreparedStatement insert = connection.prepareStatement(table.insert(rows.size() - full))) {
                    bind(insert, table, rows.subList(full, rows.size()));
                    insert.executeUpdate();
                }
            }
            written.computeIfAbsent(table, t -> new LongAdder()).add(rows.size());
        }
    }

    private static void bind(PreparedStatement insert, Table table, List<Object[]> rows) throws SQLException {
        int index = 1;
        for (Object[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                Object value = row[column];
                if (value == null) {
                    insert.setNull(index, table.nullType(column));
                } else if (value instanceof String text) {
                    insert.setString(index, text);
                } else if (value instanceof Integer number) {
                    insert.setInt(index, number);
                } else if (value instanceof Long number) {
                    insert.setLong(index, number);
                } else if (value instanceof Boolean flag) {
                    insert.setBoolean(index, flag);
                } else if (value instanceof UUID || value instanceof LocalDate || value instanceof java.time.OffsetDateTime) {
                    insert.setObject(index, value);
                } else {
                    throw new IllegalArgumentException("Cannot bind " + value.getClass() + " in " + table);
                }
                index++;
            }
        }
    }
}
