package org.learnloop.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every row a provider has in the tables a request could change, and every change in its audit
 * trail (reads are left out: opening a record is not a change). Two snapshots that are equal mean
 * nothing was saved in between.
 */
record OrgSnapshot(Map<String, List<String>> tables) {

    private static final List<String> TABLES = List.of("service", "person", "membership", "event", "event_amendment", "reference_counter", "triage",
            "triage_history", "duty", "review", "review_event", "review_factor", "review_finding", "action",
            "action_history", "effectiveness_check", "lesson", "lesson_service", "lesson_acknowledgement", "api_token");

    static OrgSnapshot of(JdbcClient db, UUID organisationId) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, rows(db, "select * from " + table + " where organisation_id = ?", organisationId));
        }
        tables.put("audit_entry", rows(db, "select * from audit_entry where organisation_id = ? and action <> 'READ'",
                organisationId));
        return new OrgSnapshot(tables);
    }

    private static List<String> rows(JdbcClient db, String sql, UUID organisationId) {
        return db.sql(sql).param(organisationId).query().listOfRows().stream()
                .map(row -> new java.util.TreeMap<>(row).toString())
                .sorted()
                .toList();
    }

    /** The tables whose rows differ from those of an earlier snapshot, for a message that says what changed. */
    List<String> changedSince(OrgSnapshot earlier) {
        return tables.keySet().stream().filter(t -> !tables.get(t).equals(earlier.tables().get(t))).toList();
    }
}
