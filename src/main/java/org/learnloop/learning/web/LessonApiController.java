package org.learnloop.learning.web;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.learnloop.learning.AcknowledgementReport;
import org.learnloop.learning.AcknowledgementView;
import org.learnloop.learning.DraftLesson;
import org.learnloop.learning.IdentifyingDetail;
import org.learnloop.learning.LessonView;
import org.learnloop.learning.Lessons;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.people.PersonSummary;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lessons through the API: write, publish, read and acknowledge, and who has read them. */
@RestController
@RequestMapping("/api/v1/lessons")
class LessonApiController {

    private final Lessons lessons;
    private final People people;

    LessonApiController(Lessons lessons, People people) {
        this.lessons = lessons;
        this.people = people;
    }

    record DraftRequest(UUID reviewId, String title, String summary, List<UUID> serviceIds) {
    }

    record Person(String username, String displayName) {

        static Person of(PersonSummary person) {
            return person == null ? null : new Person(person.username(), person.displayName());
        }
    }

    /** A lesson; {@code acknowledgedAt} is when the caller said they had read and understood it. */
    record LessonJson(UUID id, UUID reviewId, String title, String summary, List<UUID> serviceIds, String status,
            Person createdBy, Instant createdAt, Person publishedBy, Instant publishedAt,
            Map<IdentifyingDetail, Integer> removed, boolean acknowledged, Instant acknowledgedAt) {
    }

    record AcknowledgementJson(UUID lessonId, String username, String displayName, Instant at) {
    }

    record Acknowledged(String username, String displayName, Instant at) {
    }

    record ReportJson(UUID lessonId, List<Acknowledged> acknowledged, List<Person> outstanding, int acknowledgedCount,
            int staffCount) {
    }

    @PostMapping
    ResponseEntity<LessonJson> draftLesson(Actor actor, @RequestBody(required = false) DraftRequest request) {
        if (request == null) {
            throw InvalidRequest.of("body", "Send the lesson as a JSON object");
        }
        LessonView lesson = lessons.draft(actor,
                new DraftLesson(request.reviewId(), request.title(), request.summary(), request.serviceIds()));
        return ResponseEntity.created(URI.create("/api/v1/lessons/" + lesson.id())).body(json(actor, List.of(lesson)).get(0));
    }

    @GetMapping
    PageOf<LessonJson> listLessons(Actor actor, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageOf<LessonView> mine = lessons.forPerson(actor, PageOf.Request.of(page, size));
        return new PageOf<>(json(actor, mine.items()), mine.page(), mine.size(), mine.total());
    }

    @GetMapping("/{id}")
    LessonJson showLesson(Actor actor, @PathVariable UUID id) {
        return json(actor, List.of(lessons.find(actor, id))).get(0);
    }

    @PostMapping("/{id}/publish")
    LessonJson publishLesson(Actor actor, @PathVariable UUID id) {
        return json(actor, List.of(lessons.publish(actor, id))).get(0);
    }

    /** 201 the first time the caller acknowledges the lesson, 200 (with the first time) after that. */
    @PostMapping("/{id}/acknowledgements")
    ResponseEntity<AcknowledgementJson> acknowledgeLesson(Actor actor, @PathVariable UUID id) {
        AcknowledgementView acknowledgement = lessons.acknowledge(actor, id);
        AcknowledgementJson body = new AcknowledgementJson(id, actor.username(), actor.displayName(),
                acknowledgement.acknowledgedAt());
        if (acknowledgement.firstTime()) {
            return ResponseEntity.created(URI.create("/api/v1/lessons/" + id + "/acknowledgements")).body(body);
        }
        return ResponseEntity.ok(body);
    }

    @GetMapping("/{id}/acknowledgements")
    ReportJson showAcknowledgements(Actor actor, @PathVariable UUID id) {
        AcknowledgementReport report = lessons.acknowledgements(actor, id);
        return new ReportJson(id,
                report.acknowledged().stream()
                        .map(a -> new Acknowledged(a.person().username(), a.person().displayName(), a.acknowledgedAt()))
                        .toList(),
                report.outstanding().stream().map(Person::of).toList(), report.acknowledgedCount(), report.staffCount());
    }

    private List<LessonJson> json(Actor actor, List<LessonView> views) {
        Set<UUID> ids = new HashSet<>();
        views.forEach(l -> Stream.of(l.createdBy(), l.publishedBy()).filter(Objects::nonNull).forEach(ids::add));
        Map<UUID, PersonSummary> persons = people.persons(actor.organisationId(), ids);
        return views.stream()
                .map(l -> new LessonJson(l.id(), l.reviewId(), l.title(), l.summary(), l.serviceIds(), l.status().name(),
                        Person.of(persons.get(l.createdBy())), l.createdAt(),
                        l.publishedBy() == null ? null : Person.of(persons.get(l.publishedBy())), l.publishedAt(),
                        l.removed(), l.acknowledged(), l.acknowledgedAt()))
                .toList();
    }
}
