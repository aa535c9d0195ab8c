package org.learnloop.review.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.people.Role;
import org.learnloop.reporting.EventSearch;
import org.learnloop.reporting.EventView;
import org.learnloop.reporting.Events;
import org.learnloop.review.ContributoryFactor;
import org.learnloop.review.LearningResponse;
import org.learnloop.review.OpenReview;
import org.learnloop.review.ReviewChangedMeanwhile;
import org.learnloop.review.ReviewView;
import org.learnloop.review.Reviews;
import org.learnloop.review.web.ReviewForms.OpenForm;
import org.learnloop.review.web.ReviewForms.ReviewForm;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.PageOf;
import org.learnloop.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Opening a review, writing it up, and signing it off. */
@Controller
class ReviewController {

    private static final int RELATED_EVENTS = 20;

    private final Reviews reviews;
    private final Events events;
    private final People people;
    private final Clock clock;

    ReviewController(Reviews reviews, Events events, People people, Clock clock) {
        this.reviews = reviews;
        this.events = events;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/reviews/new")
    String initOpenForm(Actor actor, @RequestParam UUID eventId, @RequestParam(required = false) LearningResponse type,
            Model model) {
        if (!actor.manages()) {
            events.find(actor, eventId);
            throw Forbidden.because("Only a manager can open a review.");
        }
        EventView event = events.find(actor, eventId);
        model.addAttribute("openForm", new OpenForm(List.of(eventId), type, actor.username()));
        return prepareOpen(actor, event, model);
    }

    @PostMapping("/reviews")
    String processOpenForm(Actor actor, @ModelAttribute OpenForm openForm, BindingResult result, Model model) {
        List<UUID> eventIds = openForm.eventIds() == null ? List.of()
                : openForm.eventIds().stream().filter(java.util.Objects::nonNull).toList();
        if (eventIds.isEmpty()) {
            throw InvalidRequest.of("eventIds", "Choose at least one event to review");
        }
        OpenReview command = new OpenReview(eventIds, openForm.type(), openForm.leadUsername());
        if (result.hasErrors()) {
            BindingResult kept = Forms.keep(model, openForm, result);
            var others = reviews.checkOpen(actor, command).stream().filter(f -> !kept.hasFieldErrors(f.field())).toList();
            if (!others.isEmpty()) {
                Forms.reject(kept, new InvalidRequest(others));
            }
        } else {
            try {
                ReviewView review = reviews.open(actor, command);
                return "redirect:/reviews/" + review.id();
            } catch (InvalidRequest e) {
                Forms.reject(result, e);
            }
        }
        return prepareOpen(actor, events.find(actor, eventIds.get(0)), model);
    }

    @GetMapping("/reviews/{id}")
    String showReview(Actor actor, @PathVariable UUID id, Model model) {
        ReviewView review = reviews.find(actor, id);
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", ReviewForm.of(review));
        }
        return prepareReview(actor, review, model);
    }

    @PostMapping("/reviews/{id}")
    String processReviewForm(Actor actor, @PathVariable UUID id, @ModelAttribute ReviewForm reviewForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ReviewView review = reviews.find(actor, id);
        List<InvalidRequest.FieldMessage> errors;
        if (result.hasErrors()) {
            errors = reviews.checkUpdate(actor, id, reviewForm.toCommand());
        } else {
            try {
                reviews.update(actor, id, reviewForm.toCommand());
                redirect.addFlashAttribute("notice", "review.saved");
                return "redirect:/reviews/" + id;
            } catch (ReviewChangedMeanwhile e) {
                return showChangedMeanwhile(actor, e, reviewForm, model, response);
            } catch (InvalidRequest e) {
                errors = e.errors();
            }
        }
        ReviewForm shown = reviewForm.withBlankFindings();
        BindingResult onForm = new BeanPropertyBindingResult(shown, "reviewForm");
        onForm.addAllErrors(result);
        List<InvalidRequest.FieldMessage> others = errors.stream()
                .filter(f -> !onForm.hasFieldErrors(f.field()))
                .toList();
        if (!others.isEmpty()) {
            Forms.reject(onForm, new InvalidRequest(others));
        }
        model.addAttribute("reviewForm", shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "reviewForm", onForm);
        return prepareReview(actor, review, model);
    }

    /**
     * Signing off from the review's form: what is written there is saved first, so that nothing
     * typed since the last save is lost, then the review is signed off. A sign-off without the form
     * (no version sent) signs off what is saved.
     */
    @PostMapping("/reviews/{id}/sign-off")
    String processSignOff(Actor actor, @PathVariable UUID id, @ModelAttribute ReviewForm reviewForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ReviewView review = reviews.find(actor, id);
        ReviewForm shown = reviewForm.version() == null ? ReviewForm.of(review) : reviewForm.withBlankFindings();
        if (!result.hasErrors()) {
            try {
                if (reviewForm.version() != null && reviewForm.toCommand().writesNothing()) {
                    // A blank form is not saved over the review: the sign-off says all that is missing.
                    throw new InvalidRequest(Reviews.missingBeforeSignOff(false, false, false));
                }
                if (reviewForm.version() != null) {
                    review = reviews.update(actor, id, reviewForm.toCommand());
                    shown = ReviewForm.of(review);
                }
                reviews.signOff(actor, id);
                redirect.addFlashAttribute("notice", "review.signedOff");
                return "redirect:/reviews/" + id;
            } catch (ReviewChangedMeanwhile e) {
                return showChangedMeanwhile(actor, e, reviewForm, model, response);
            } catch (InvalidRequest e) {
                Forms.reject(result, e);
            }
        }
        return showAgain(actor, review, shown, result, model);
    }

    /**
     * Someone else saved the review while this person was editing it: the page says who and when,
     * shows what they changed beside what this person wrote, and keeps this person's words in the
     * form, now at the version saved, so that saving again after merging goes through. It answers
     * 409, as the API does: nothing was saved.
     */
    private String showChangedMeanwhile(Actor actor, ReviewChangedMeanwhile e, ReviewForm yours, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        ReviewView current = e.current();
        var changer = e.changedBy() == null ? null
                : people.persons(actor.organisationId(), Set.of(e.changedBy())).get(e.changedBy());
        String name = changer == null ? null : changer.displayName();
        model.addAttribute("conflict", ReviewConflict.of(name, e.changedAt(), current.signedOff(), e.changes(), yours, clock));
        model.addAttribute("reviewForm", yours.withBlankFindings().atVersion(current.version()));
        return prepareReview(actor, current, model);
    }

    /** The review's page again with the form as it is to be shown and the errors found in what was sent. */
    private String showAgain(Actor actor, ReviewView review, ReviewForm shown, BindingResult errors, Model model) {
        var result = new BeanPropertyBindingResult(shown, "reviewForm");
        result.addAllErrors(errors);
        model.addAttribute("reviewForm", shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "reviewForm", result);
        return prepareReview(actor, review, model);
    }


    private String prepareOpen(Actor actor, EventView event, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("types", LearningResponse.values());
        model.addAttribute("leads", leadsFor(actor, event.serviceId()));
        var related = events.search(actor, new EventSearch(event.serviceId(), null, event.category(),
                event.occurredAt().atZone(org.learnloop.shared.UkTime.LONDON).toLocalDate().minusDays(90), null, null,
                new PageOf.Request(0, RELATED_EVENTS + 1)));
        model.addAttribute("related", related.items().stream().filter(e -> !e.id().equals(event.id())).limit(RELATED_EVENTS).toList());
        return "review/open-review";
    }

    private String prepareReview(Actor actor, ReviewView review, Model model) {
        model.addAttribute("review", review);
        model.addAttribute("events", reviews.eventsOf(actor, review));
        model.addAttribute("factors", ContributoryFactor.values());
        Set<UUID> ids = new HashSet<>();
        ids.add(review.leadId());
        if (review.signedOffBy() != null) {
            ids.add(review.signedOffBy());
        }
        model.addAttribute("persons", people.persons(actor.organisationId(), ids));
        model.addAttribute("service", people.service(actor.organisationId(), review.serviceId()).orElseThrow());
        model.addAttribute("canEdit", actor.manages() && !review.signedOff());
        return "review/review";
    }

    private List<org.learnloop.people.PersonSummary> leadsFor(Actor actor, UUID serviceId) {
        List<org.learnloop.people.PersonSummary> leads = new ArrayList<>(people.staffOf(actor.organisationId(), List.of(serviceId)));
        people.actorByUsername(actor.username())
                .filter(a -> leads.stream().noneMatch(p -> p.id().equals(a.personId())))
                .ifPresent(a -> leads.add(0, new org.learnloop.people.PersonSummary(a.personId(), a.username(), a.displayName(), a.role())));
        leads.sort(java.util.Comparator.comparing((org.learnloop.people.PersonSummary p) -> p.role() == Role.CARE_WORKER)
                .thenComparing(org.learnloop.people.PersonSummary::displayName));
        return leads;
    }
}
