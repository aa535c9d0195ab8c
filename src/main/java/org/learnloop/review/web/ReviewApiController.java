package org.learnloop.review.web;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.review.ContributoryFactor;
import org.learnloop.review.Finding;
import org.learnloop.review.LearningResponse;
import org.learnloop.review.OpenReview;
import org.learnloop.review.ReviewView;
import org.learnloop.review.Reviews;
import org.learnloop.review.UpdateReview;
import org.learnloop.shared.InvalidRequest;
import org.springframework.http.ResponseEntity;
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
