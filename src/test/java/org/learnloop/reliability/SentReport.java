package org.learnloop.reliability;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report a client sent to {@code POST /api/v1/events}, varied (every kind, category and harm,
 * with and without what was done straight away, text beyond ASCII and over several lines) so that
 * a field lost or cut short would show.
 */
record SentReport(String username, UUID serviceId, String type, Instant occurredAt, String category, String summary,
        String description, String immediateActions, String physicalHarm, String psychologicalHarm) {

    static final JsonMapper JSON = JsonMapper.shared();

    private static final List<String> TYPES = List.of("INCIDENT", "NEAR_MISS", "COMPLAINT", "SAFEGUARDING_CONCERN",
            "GOOD_PRACTICE");
    private static final List<String> CATEGORIES = List.of("FALL", "MEDICATION", "PRESSURE_DAMAGE", "MISSED_VISIT",
            "AGGRESSION", "CARE_QUALITY", "COMMUNICATION", "EQUIPMENT");
    private static final List<String> PHYSICAL = List.of("NONE", "LOW", "MODERATE", "SEVERE");
    private static final List<String> PSYCHOLOGICAL = List.of("NONE", "LOW", "MODERATE", "SEVERE");

    static SentReport random(Random random, String username, UUID serviceId, String label, Instant now) {
        int room = 1 + random.nextInt(40);
        return new SentReport(username, serviceId, pick(random, TYPES),
                now.minus(1 + random.nextInt(20_000), ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS),
                pick(random, CATEGORIES), "Report " + label + ": Room " + room + " – found on the floor",
                "Résident in Room " + room + " was found at 03:" + String.format("%02d", random.nextInt(60))
                        + " beside the bed.\nNo injury seen; £5 of change missing from the drawer. Report " + label + ".",
                random.nextInt(3) == 0 ? null : "Checked for injury, called the nurse (report " + label + ")",
                pick(random, PHYSICAL), pick(random, PSYCHOLOGICAL));
    }

    String json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("serviceId", serviceId.toString());
        body.put("occurredAt", occurredAt.toString());
        body.put("category", category);
        body.put("summary", summary);
        body.put("description", description);
        body.put("immediateActions", immediateActions);
        body.put("physicalHarm", physicalHarm);
        body.put("psychologicalHarm", psychologicalHarm);
        return JSON.writeValueAsString(body);
    }

    /** The same report as Learnloop gave it back from {@code GET /api/v1/events/{id}}. */
    static SentReport stored(String username, JsonNode event) {
        return new SentReport(username, UUID.fromString(text(event, "serviceId")), text(event, "type"),
                Instant.parse(text(event, "occurredAt")), text(event, "category"), text(event, "summary"),
                text(event, "description"), text(event, "immediateActions"), text(event, "physicalHarm"),
                text(event, "psychologicalHarm"));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A report Learnloop answered 201 for, with the id and reference it gave. */
    record Acknowledged(UUID id, String reference, SentReport sent) {
    }
}
