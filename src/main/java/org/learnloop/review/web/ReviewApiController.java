package org.learnloop.review.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.review.ContributoryFactor;
import org.learnloop.review.Finding;
import org.learnloop.review.LearningResponse;
import org.learnloop.review.OpenReview;
import org.learnloop.review.ReviewChangedMeanwhile;
import org.learnloop.review.ReviewChanges;
import org.learnloop.review.ReviewView;
import org.learnloop.review.Reviews;
import org.learnloop.review.UpdateReview;
import org.learnloop.shared.InvalidRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Learning reviews through the API. */
@RestController
@RequestMapping("/api/v1/reviews")
class ReviewApiController {

    private final Reviews reviews;
    private final People people;

    ReviewApiController(Reviews reviews, People people) {
        this.reviews = reviews;
        this.people = people;
    }

    record OpenRequest(List<UUID> eventIds, LearningResponse type, String leadUsername) {
    }

    record UpdateRequest(String summary, Set<ContributoryFactor> contributoryFactors, List<UpdateReview.FindingInput> findings,
            Integer version) {
    }

    record Person(String username, String displayName) {
    }

    record ReviewJson(UUID id, UUID serviceId, List<UUID> eventIds, LearningResponse type, String status, Person lead,
            String summary, Set<ContributoryFactor> contributoryFactors, List<Finding> findings, Person signedOffBy,
            Instant signedOffAt, int version) {
    }

    @PostMapping
    ResponseEntity<ReviewJson> openReview(Actor actor, @RequestBody(required = false) OpenRequest request) {
        if (request == null) {
            throw InvalidRequest.of("body", "Send the review as a JSON object");
        }
        ReviewView review = reviews.open(actor, new OpenReview(request.eventIds(), request.type(), request.leadUsername()));
        return ResponseEntity.created(URI.create("/api/v1/reviews/" + review.id())).body(json(actor, review));
    }

    @GetMapping("/{id}")
    ReviewJson showReview(Actor actor, @PathVariable UUID id) {
        return json(actor, reviews.find(actor, id));
    }

    @PutMapping("/{id}")
    ReviewJson updateReview(Actor actor, @PathVariable UUID id, @RequestBody(required = false) UpdateRequest request) {
        if (request == null) {
            throw InvalidRequest.of("body", "Send the review as a JSON object");
        }
        return json(actor, reviews.update(actor, id, new UpdateReview(request.summary(), request.contributoryFactors(),
                request.findings(), request.version())));
    }

    @PostMapping("/{id}/sign-off")
    ReviewJson signOffReview(Actor actor, @PathVariable UUID id) {
        return json(actor, reviews.signOff(actor, id));
    }

    /**
     * A stale write-up answers 409 with what an API client needs to show the person what changed:
     * the version now saved, who saved it and when, the review as it is now, and each change since
     * the version they sent.
     */
    @ExceptionHandler(ReviewChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(Actor actor, ReviewChangedMeanwhile e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Changed by someone else");
        ReviewView current = e.current();
        problem.setProperty("currentVersion", current.version());
        var changer = e.changedBy() == null ? null : people.persons(actor.organisationId(), Set.of(e.changedBy())).get(e.changedBy());
        problem.setProperty("changedBy", changer == null ? null : new Person(changer.username(), changer.displayName()));
        problem.setProperty("changedAt", e.changedAt());
        problem.setProperty("current", json(actor, current));
        problem.setProperty("changes", changes(e.changes()));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Each change as one entry: the part (named as the field is sent), ADDED, REMOVED or CHANGED, and the words. */
    private static List<Map<String, Object>> changes(ReviewChanges changes) {
        List<Map<String, Object>> list = new ArrayList<>();
        if (changes.summaryChanged()) {
            list.add(change("summary", "CHANGED", "before", changes.summaryBefore(), "after", changes.summaryAfter()));
        }
        changes.factorsAdded().forEach(f -> list.add(change("contributoryFactors", "ADDED", "factor", f.name())));
        changes.factorsRemoved().forEach(f -> list.add(change("contributoryFactors", "REMOVED", "factor", f.name())));
        changes.findingsAdded().forEach(f -> list.add(change("findings", "ADDED", "findingId", f.id(), "after", f.text())));
        changes.findingsRemoved().forEach(f -> list.add(change("findings", "REMOVED", "findingId", f.id(), "before", f.text())));
        changes.findingsChanged().forEach(f -> list.add(change("findings", "CHANGED", "findingId", f.id(), "before", f.before(),
                "after", f.after())));
        return list;
    }

    private static Map<String, Object> change(String part, String change, Object... namesAndValues) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("part", part);
        entry.put("change", change);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            entry.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return entry;
    }

    private ReviewJson json(Actor actor, ReviewView review) {
        Set<UUID> ids = new HashSet<>();
        ids.add(review.leadId());
        if (review.signedOffBy() != null) {
            ids.add(review.signedOffBy());
        }
        var persons = people.persons(actor.organisationId(), ids);
        var lead = persons.get(review.leadId());
        var signer = review.signedOffBy() == null ? null : persons.get(review.signedOffBy());
        return new ReviewJson(review.id(), review.serviceId(), review.eventIds(), review.type(), review.status().name(),
                lead == null ? null : new Person(lead.username(), lead.displayName()), review.summary(),
                review.contributoryFactors(), review.findings(),
                signer == null ? null : new Person(signer.username(), signer.displayName()), review.signedOffAt(),
                review.version());
    }
}
