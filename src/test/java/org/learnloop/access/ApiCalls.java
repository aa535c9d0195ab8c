package org.learnloop.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls of the API that take something from the caller: every change (with the body it
 * accepts and the kind of each of its fields), and every list with the filters it reads from its
 * address. The bad-input tests and the fuzzing tests both send these calls what a careless or
 * hostile client might send instead.
 */
final class ApiCalls {

    private ApiCalls() {
    }

    /** What a field holds, which decides the wrong values to send it. */
    enum Kind {
        TEXT, CODE, WHOLE_NUMBER, VERSION, DATE, DATE_TIME, ID, IDS, CODES, FINDINGS, YES_NO
    }

    /**
     * A call that changes something: who may make it, a body it accepts, and the kind of each
     * field of that body.
     */
    record Call(String method, String path, String caller, String body, Map<String, Kind> fields) {

        boolean takesBody() {
            return body != null;
        }

        boolean hasId() {
            return path.contains("{");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A list: who may read it, and the kind of each filter it takes in its address. */
    record Query(String path, String caller, Map<String, Kind> filters) {

        @Override
        public String toString() {
            return "GET " + path;
        }
    }

    static final List<Call> CHANGES = List.of(
            new Call("POST", "/api/v1/me/tokens", "carer.oak", """
                    {"name":"Care records system"}""", fields("name", Kind.TEXT)),
            new Call("POST", "/api/v1/me/password", "carer.oak", """
                    {"currentPassword":"demo","newPassword":"rain on the conservatory roof"}""",
                    fields("currentPassword", Kind.TEXT, "newPassword", Kind.TEXT)),
            new Call("POST", "/api/v1/me/two-step/confirmation", "manager.oak", """
                    {"code":"123456","currentPassword":"demo"}""",
                    fields("code", Kind.TEXT, "currentPassword", Kind.TEXT)),
            new Call("POST", "/api/v1/me/two-step/off", "manager.oak", """
                    {"currentPassword":"demo"}""", fields("currentPassword", Kind.TEXT)),
            new Call("POST", "/api/v1/events", "carer.oak", """
                    {"type":"INCIDENT","serviceId":"{oak}","occurredAt":"{anHourAgo}","category":"FALL",
                     "summary":"Slipped in the lounge","description":"Found on the floor by her chair.",
                     "immediateActions":"Helped up with the hoist","physicalHarm":"LOW","psychologicalHarm":"NONE",
                     "anonymous":false}""",
                    fields("type", Kind.CODE, "serviceId", Kind.ID, "occurredAt", Kind.DATE_TIME, "category", Kind.CODE,
                            "summary", Kind.TEXT, "description", Kind.TEXT, "immediateActions", Kind.TEXT,
                            "physicalHarm", Kind.CODE, "psychologicalHarm", Kind.CODE, "anonymous", Kind.YES_NO)),
            new Call("POST", "/api/v1/events/{oakEvent}/amendments", "carer.oak", """
                    {"text":"The GP visited in the afternoon."}""", fields("text", Kind.TEXT)),
            new Call("POST", "/api/v1/events/{oakEvent}/triage", "manager.oak", """
                    {"physicalHarm":"LOW","psychologicalHarm":"NONE","consequence":2,"likelihood":3,
                     "response":"LOCAL_REVIEW","responseReason":"Low harm and a known risk"}""",
                    fields("physicalHarm", Kind.CODE, "psychologicalHarm", Kind.CODE, "consequence", Kind.WHOLE_NUMBER,
                            "likelihood", Kind.WHOLE_NUMBER, "response", Kind.CODE, "responseReason", Kind.TEXT)),
            new Call("POST", "/api/v1/duties/{oakDuty}/completion", "manager.oak", """
                    {"completedAt":"{anHourAgo}","method":"Met the family and wrote to them","reference":"DOC-1"}""",
                    fields("completedAt", Kind.DATE_TIME, "method", Kind.TEXT, "reference", Kind.TEXT)),
            new Call("POST", "/api/v1/duties/{oakDuty}/dismissal", "manager.oak", """
                    {"reason":"No lasting harm: the duty does not apply"}""", fields("reason", Kind.TEXT)),
            new Call("POST", "/api/v1/reviews", "manager.oak", """
                    {"eventIds":["{oakEvent}"],"type":"AFTER_ACTION_REVIEW","leadUsername":"{username:manager.oak}"}""",
                    fields("eventIds", Kind.IDS, "type", Kind.CODE, "leadUsername", Kind.TEXT)),
            new Call("PUT", "/api/v1/reviews/{oakDraftReview}", "manager.oak", """
                    {"summary":"The frame was out of reach.","contributoryFactors":["EQUIPMENT_RESOURCES"],
                     "findings":[{"text":"Frames are moved during cleaning."}]}""",
                    fields("summary", Kind.TEXT, "contributoryFactors", Kind.CODES, "findings", Kind.FINDINGS)),
            new Call("POST", "/api/v1/reviews/{oakBlankReview}/sign-off", "manager.oak", null, Map.of()),
            new Call("POST", "/api/v1/reviews/{oakReview}/actions", "manager.oak", """
                    {"description":"Mark the frame's place by each chair","leadUsername":"{username:carer.oak}",
                     "dueDate":"{inTwoWeeks}","strength":"INTERMEDIATE","findingId":"{oakFinding}"}""",
                    fields("description", Kind.TEXT, "leadUsername", Kind.TEXT, "dueDate", Kind.DATE, "strength", Kind.CODE,
                            "findingId", Kind.ID)),
            new Call("POST", "/api/v1/actions/{oakAction}/completion", "carer.oak", """
                    {"evidence":"Places marked by every chair; seen in use on three shifts."}""",
                    fields("evidence", Kind.TEXT)),
            new Call("POST", "/api/v1/actions/{oakAction}/verification", "manager.oak", null, Map.of()),
            new Call("POST", "/api/v1/checks/{oakCheck}/result", "manager.oak", """
                    {"verdict":"PARTLY_EMBEDDED","notes":"Frames within reach on most visits."}""",
                    fields("verdict", Kind.CODE, "notes", Kind.TEXT)),
            new Call("POST", "/api/v1/lessons", "manager.oak", """
                    {"reviewId":"{oakReview}","title":"Frames within reach","summary":"Keep frames within reach.",
                     "serviceIds":["{oak}"]}""",
                    fields("reviewId", Kind.ID, "title", Kind.TEXT, "summary", Kind.TEXT, "serviceIds", Kind.IDS)),
            new Call("POST", "/api/v1/lessons/{oakDraftLesson}/publish", "carer.oak", null, Map.of()),
            new Call("POST", "/api/v1/lessons/{oakLesson}/acknowledgements", "carer.riverside", null, Map.of()),
            new Call("DELETE", "/api/v1/me/tokens/{managerOakToken}", "carer.oak", null, Map.of()),
            new Call("POST", "/api/v1/admin/services", "admin", """
                    {"code":"NEW","name":"Willow Court","kind":"CARE_HOME","nation":"ENGLAND"}""",
                    fields("code", Kind.TEXT, "name", Kind.TEXT, "kind", Kind.CODE, "nation", Kind.CODE)),
            new Call("PUT", "/api/v1/admin/services/{oak}", "admin", """
                    {"name":"Oak House Nursing","version":0}""", fields("name", Kind.TEXT, "version", Kind.VERSION)),
            new Call("POST", "/api/v1/admin/people", "admin", """
                    {"username":"nia.evans","displayName":"Nia Evans","email":"nia@example.org","role":"CARE_WORKER",
                     "serviceIds":["{oak}"]}""",
                    fields("username", Kind.TEXT, "displayName", Kind.TEXT, "email", Kind.TEXT, "role", Kind.CODE,
                            "serviceIds", Kind.IDS)),
            new Call("PUT", "/api/v1/admin/people/{person:carer.oak}", "admin", """
                    {"role":"TEAM_LEADER","serviceIds":["{oak}"],"enabled":true,"version":0}""",
                    fields("role", Kind.CODE, "serviceIds", Kind.IDS, "enabled", Kind.YES_NO, "version", Kind.VERSION)),
            new Call("POST", "/api/v1/admin/people/{person:carer.oak}/password-reset", "admin", null, Map.of()),
            new Call("POST", "/api/v1/admin/people/{person:carer.oak}/unlock", "admin", null, Map.of()),
            new Call("POST", "/api/v1/admin/people/{person:manager.oak}/two-step/off", "admin", null, Map.of()));

    static final List<Query> LISTS = List.of(
            new Query("/api/v1/events", "quality", fields("serviceId", Kind.ID, "type", Kind.CODE, "category", Kind.CODE,
                    "status", Kind.CODE, "from", Kind.DATE, "to", Kind.DATE, "q", Kind.TEXT, "page", Kind.WHOLE_NUMBER,
                    "size", Kind.WHOLE_NUMBER)),
            new Query("/api/v1/actions", "quality", fields("leadUsername", Kind.TEXT, "status", Kind.CODE,
                    "overdue", Kind.YES_NO, "page", Kind.WHOLE_NUMBER, "size", Kind.WHOLE_NUMBER)),
            new Query("/api/v1/checks", "quality", fields("status", Kind.CODE, "dueDate", Kind.DATE, "actionId", Kind.ID,
                    "page", Kind.WHOLE_NUMBER, "size", Kind.WHOLE_NUMBER)),
            new Query("/api/v1/duties", "quality", fields("page", Kind.WHOLE_NUMBER, "size", Kind.WHOLE_NUMBER)),
            new Query("/api/v1/events/{oakEvent}/duties", "manager.oak",
                    fields("page", Kind.WHOLE_NUMBER, "size", Kind.WHOLE_NUMBER)),
            new Query("/api/v1/lessons", "quality", fields("page", Kind.WHOLE_NUMBER, "size", Kind.WHOLE_NUMBER)),
            new Query("/api/v1/audit-trail", "admin", fields("action", Kind.TEXT, "page", Kind.WHOLE_NUMBER,
                    "size", Kind.WHOLE_NUMBER)),
            new Query("/api/v1/audit-trail/restricted-reads", "admin", fields("from", Kind.DATE, "to", Kind.DATE,
                    "page", Kind.WHOLE_NUMBER, "size", Kind.WHOLE_NUMBER)),
            new Query("/api/v1/evidence-pack", "quality", fields("serviceIds", Kind.IDS, "from", Kind.DATE,
                    "to", Kind.DATE, "format", Kind.TEXT, "page", Kind.WHOLE_NUMBER, "size", Kind.WHOLE_NUMBER)),
            new Query("/api/v1/admin/services", "admin", fields("page", Kind.WHOLE_NUMBER, "size", Kind.WHOLE_NUMBER)),
            new Query("/api/v1/admin/people", "admin", fields("page", Kind.WHOLE_NUMBER, "size", Kind.WHOLE_NUMBER)));

    static Call change(String path) {
        return CHANGES.stream().filter(c -> c.path().equals(path)).findFirst().orElseThrow();
    }

    private static Map<String, Kind> fields(Object... pairs) {
        Map<String, Kind> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return fields;
    }

    /** The body with one field's value replaced by raw JSON. */
    static String with(String body, String field, String json) {
        String compact = body.replace("\n", "");
        int key = compact.indexOf("\"" + field + "\":");
        if (key < 0) {
            throw new IllegalArgumentException("No field " + field + " in " + body);
        }
        int start = key + field.length() + 3;
        int end = endOfValue(compact, start);
        return compact.substring(0, start) + json + compact.substring(end);
    }

    private static int endOfValue(String json, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return json.length();
    }
}
