package org.learnloop.learning.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.learnloop.learning.LessonView;
import org.learnloop.learning.Lessons;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.review.Finding;
import org.learnloop.review.ReviewView;
import org.learnloop.review.Reviews;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing a lesson from a review, publishing it, reading and acknowledging it, and who has. */
@Controller
class LessonController {

    private final Lessons lessons;
    private final Reviews reviews;
    private final People people;

    LessonController(Lessons lessons, Reviews reviews, People people) {
        this.lessons = lessons;
        this.reviews = reviews;
        this.people = people;
    }

    @GetMapping("/lessons")
    String listLessons(Actor actor, Model model) {
        List<LessonView> mine = lessons.forPerson(actor);
        List<LessonView> published = mine.stream().filter(LessonView::published).toList();
        model.addAttribute("toRead", published.stream().filter(l -> !l.acknowledged()).toList());
        model.addAttribute("read", published.stream().filter(LessonView::acknowledged).toList());
        model.addAttribute("drafts", mine.stream().filter(LessonView::draft).toList());
        model.addAttribute("counts", actor.manages()
                ? lessons.acknowledgementCounts(actor.organisationId(), published.stream().map(LessonView::id).toList())
                : Map.of());
        return "learning/lessons";
    }

    @GetMapping("/lessons/new")
    String initLessonForm(Actor actor, @RequestParam UUID reviewId, Model model) {
        ReviewView review = reviews.find(actor, reviewId);
        if (!actor.manages()) {
            throw Forbidden.because("Only a manager can write a lesson.");
        }
        if (!review.signedOff()) {
            throw InvalidRequest.of("reviewId", "Sign the review off before writing its lesson.");
        }
        String findings = review.findings().stream().map(Finding::text).collect(Collectors.joining("\n\n"));
        model.addAttribute("lessonForm", new LessonForm(review.id(), null, findings, List.of(review.serviceId())));
        return prepareForm(actor, review, model);
    }

    @PostMapping("/lessons")
    String processLessonForm(Actor actor, @ModelAttribute LessonForm lessonForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (lessonForm.reviewId() == null) {
            throw InvalidRequest.of("reviewId", "Choose the review the lesson comes from.");
        }
        ReviewView review = reviews.find(actor, lessonForm.reviewId());
        if (result.hasErrors()) {
            BindingResult kept = Forms.keep(model, lessonForm, result);
            var others = lessons.check(actor, lessonForm.toCommand()).stream()
                    .filter(f -> !kept.hasFieldErrors(f.field()))
                    .toList();
            if (!others.isEmpty()) {
                Forms.reject(kept, new InvalidRequest(others));
            }
        } else {
            try {
                LessonView lesson = lessons.draft(actor, lessonForm.toCommand());
                redirect.addFlashAttribute("notice", "lesson.drafted.notice");
                return "redirect:/lessons/" + lesson.id();
            } catch (InvalidRequest e) {
                Forms.reject(result, e);
            }
        }
        return prepareForm(actor, review, model);
    }

    @GetMapping("/lessons/{id}")
    String showLesson(Actor actor, @PathVariable UUID id, Model model) {
        LessonView lesson = lessons.find(actor, id);
        model.addAttribute("lesson", lesson);
        model.addAttribute("services", people.services(actor.organisationId()));
        Set<UUID> ids = new HashSet<>();
        Stream.of(lesson.createdBy(), lesson.publishedBy()).filter(Objects::nonNull).forEach(ids::add);
        model.addAttribute("persons", people.persons(actor.organisationId(), ids));
        model.addAttribute("canPublish", actor.manages() && lesson.draft());
        model.addAttribute("canAcknowledge", lesson.published() && !lesson.acknowledged());
        model.addAttribute("report", actor.manages() && lesson.published() ? lessons.acknowledgements(actor, id) : null);
        return "learning/lesson";
    }

    @PostMapping("/lessons/{id}/publish")
    String processPublish(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        lessons.publish(actor, id);
        redirect.addFlashAttribute("notice", "lesson.published.notice");
        return "redirect:/lessons/" + id;
    }

    @PostMapping("/lessons/{id}/acknowledgements")
    String processAcknowledgement(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        lessons.acknowledge(actor, id);
        redirect.addFlashAttribute("notice", "lesson.acknowledged.notice");
        return "redirect:/lessons/" + id;
    }

    private String prepareForm(Actor actor, ReviewView review, Model model) {
        model.addAttribute("review", review);
        model.addAttribute("service", people.service(actor.organisationId(), review.serviceId()).orElseThrow());
        model.addAttribute("services", people.visibleServices(actor));
        return "learning/lesson-form";
    }
}
