package org.learnloop.generator;

import java.sql.Types;
import java.util.List;

/**
 * The tables the generator fills, in an order that satisfies every foreign key: a table comes after
 * the tables it refers to. Each column's SQL type is what a null in it is bound as.
 */
enum Table {
    ORGANISATION("organisation", "id:U", "name:S", "demo:B", "created_at:T"),
    SERVICE("service", "id:U", "organisation_id:U", "code:S", "name:S", "kind:S", "nation:S", "version:I"),
    PERSON("person", "id:U", "organisation_id:U", "username:S", "display_name:S", "email:S", "password_hash:S", "role:S",
            "enabled:B", "created_at:T", "must_change_password:B", "version:I"),
    MEMBERSHIP("membership", "organisation_id:U", "person_id:U", "service_id:U"),
    EVENT("event", "id:U", "organisation_id:U", "service_id:U", "reference:S", "type:S", "category:S", "occurred_at:T",
            "reported_at:T", "reporter_id:U", "anonymous:B", "follow_up_hash:S", "summary:S", "description:S",
            "immediate_actions:S", "physical_harm:S", "psychological_harm:S"),
    REFERENCE_COUNTER("reference_counter", "organisation_id:U", "service_id:U", "reference_year:I", "last_value:I"),
    TRIAGE_AWAITING("triage_awaiting", "event_id:U", "organisation_id:U", "service_id:U", "occurred_at:T"),
    TRIAGE("triage", "event_id:U", "organisation_id:U", "service_id:U", "physical_harm:S", "psychological_harm:S",
            "consequence:I", "likelihood:I", "score:I", "band:S", "response:S", "response_reason:S", "triaged_by:U",
            "triaged_at:T", "version:I"),
    DUTY("duty", "id:U", "organisation_id:U", "event_id:U", "service_id:U", "kind:S", "reason:S", "due_at:T", "status:S",
            "detected_at:T", "detected_by:U", "completed_at:T", "completed_by:U", "completion_method:S",
            "external_reference:S", "dismissed_at:T", "dismissed_by:U", "dismissal_reason:S", "version:I"),
    REVIEW("review", "id:U", "organisation_id:U", "service_id:U", "type:S", "lead_id:U", "status:S", "summary:S",
            "opened_by:U", "opened_at:T", "signed_off_by:U", "signed_off_at:T", "version:I"),
    REVIEW_EVENT("review_event", "organisation_id:U", "review_id:U", "event_id:U"),
    REVIEW_FACTOR("review_factor", "organisation_id:U", "review_id:U", "factor:S"),
    REVIEW_FINDING("review_finding", "id:U", "organisation_id:U", "review_id:U", "position:I", "text:S"),
    ACTION("action", "id:U", "organisation_id:U", "service_id:U", "review_id:U", "finding_id:U", "description:S",
            "lead_id:U", "due_date:D", "strength:S", "status:S", "evidence:S", "completed_at:T", "completed_by:U",
            "verified_at:T", "verified_by:U", "added_by:U", "added_at:T", "version:I"),
    ACTION_HISTORY("action_history", "id:U", "organisation_id:U", "action_id:U", "evidence:S", "completed_at:T",
            "completed_by:U", "verified_at:T", "verified_by:U", "reopened_at:T", "reopened_by:U", "reason:S"),
    EFFECTIVENESS_CHECK("effectiveness_check", "id:U", "organisation_id:U", "service_id:U", "action_id:U", "review_id:U",
            "verified_at:T", "follow_up:I", "due_date:D", "status:S", "scheduled_action_id:U", "verdict:S", "notes:S",
            "recorded_by:U", "recorded_at:T", "scheduled_at:T", "version:I"),
    LESSON("lesson", "id:U", "organisation_id:U", "review_id:U", "title:S", "summary:S", "removed_details:S", "status:S",
            "created_by:U", "created_at:T", "published_by:U", "published_at:T", "version:I"),
    LESSON_SERVICE("lesson_service", "organisation_id:U", "lesson_id:U", "service_id:U"),
    LESSON_ACKNOWLEDGEMENT("lesson_acknowledgement", "organisation_id:U", "lesson_id:U", "person_id:U",
            "acknowledged_at:T"),
    AUDIT_ENTRY("audit_entry", "id:U", "organisation_id:U", "actor_id:U", "action:S", "subject_type:S", "subject_id:U",
            "description:S", "at:T", "chain_sequence:L", "previous_hash:S", "hash:S"),
    AUDIT_CHAIN_HEAD("audit_chain_head", "organisation_id:U", "last_sequence:L", "last_hash:S");

    private final String table;
    private final List<String> columns;
    private final int[] nullTypes;

    Table(String table, String... columns) {
        this.table = table;
        this.columns = java.util.Arrays.stream(columns).map(c -> c.substring(0, c.indexOf(':'))).toList();
        this.nullTypes = java.util.Arrays.stream(columns).mapToInt(c -> switch (c.substring(c.indexOf(':') + 1)) {
            case "U" -> Types.OTHER;
            case "S" -> Types.VARCHAR;
            case "I" -> Types.INTEGER;
            case "L" -> Types.BIGINT;
            case "B" -> Types.BOOLEAN;
            case "T" -> Types.TIMESTAMP_WITH_TIMEZONE;
            case "D" -> Types.DATE;
            default -> throw new IllegalArgumentException(c);
        }).toArray();
    }

    String tableName() {
        return table;
    }

    int width() {
        return columns.size();
    }

    int nullType(int column) {
        return nullTypes[column];
    }

    /** An insert of {@code rows} rows at once: {@code insert into t (a, b) values (?, ?), (?, ?)}. */
    String insert(int rows) {
        String one = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        return "insert into " + table + " (" + String.join(", ", columns) + ") values "
                + String.join(", ", java.util.Collections.nCopies(rows, one));
    }
}
