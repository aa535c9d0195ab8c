package org.learnloop.evidence.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.learnloop.evidence.Evidence;
import org.learnloop.evidence.EvidenceView;
import org.learnloop.people.Actor;
import org.learnloop.shared.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evidence pack through the API. JSON now; PDF and Word are planned and refused clearly. The
 * closed loops come a page at a time ({@code page} from 0, {@code size} up to 100).
 */
@RestController
class EvidenceApiController {

    private final Evidence evidence;

    EvidenceApiController(Evidence evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/api/v1/evidence-pack")
    EvidenceView showEvidencePack(Actor actor, @RequestParam(required = false) Set<UUID> serviceIds,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String format, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (format != null && !format.equalsIgnoreCase("json")) {
            throw InvalidRequest.of("format", "Only format=json is available yet; PDF and Word are planned");
        }
        return evidence.build(actor, serviceIds, from, to, page, size);
    }
}
