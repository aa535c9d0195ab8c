package org.learnloop.evidence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.learnloop.evidence.Evidence;
import org.learnloop.evidence.EvidenceView;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.UkTime;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evidence view for a period and services, a page of closed loops at a time, and the JSON
 * download of the page shown (the counts and stages cover the whole period either way).
 */
@Controller
class EvidenceController {

    private final Evidence evidence;
    private final People people;
    private final Clock clock;

    EvidenceController(Evidence evidence, People people, Clock clock) {
        this.evidence = evidence;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/evidence")
    String showEvidence(Actor actor, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Set<UUID> serviceIds,
            @RequestParam(required = false) Integer page, Model model) {
        LocalDate today = UkTime.londonDate(clock.instant());
        LocalDate start = from == null ? today.minusMonths(3) : from;
        LocalDate end = to == null ? today : to;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("services", people.visibleServices(actor));
        model.addAttribute("selected", serviceIds == null ? Set.of() : serviceIds);
        try {
            model.addAttribute("evidence", evidence.build(actor, serviceIds, start, end, page, null));
        } catch (InvalidRequest e) {
            model.addAttribute("errors", e.errors());
        }
        return "evidence/evidence";
    }

    @GetMapping("/evidence/evidence.json")
    ResponseEntity<EvidenceView> downloadEvidence(Actor actor, @RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) Set<UUID> serviceIds, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        EvidenceView view = evidence.build(actor, serviceIds, from, to, page, size);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"learnloop-evidence-" + from + "-to-" + to
                        + (view.pages() > 1 ? "-page-" + (view.page() + 1) : "") + ".json\"")
                .body(view);
    }

}
