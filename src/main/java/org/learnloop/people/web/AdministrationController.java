package org.learnloop.people.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.learnloop.people.Actor;
import org.learnloop.people.Administration;
import org.learnloop.people.NewPassword;
import org.learnloop.people.Role;
import org.learnloop.people.ServiceDetails;
import org.learnloop.people.ServiceKind;
import org.learnloop.people.StaffMember;
import org.learnloop.people.web.AdminForms.PersonChangeForm;
import org.learnloop.people.web.AdminForms.PersonForm;
import org.learnloop.people.web.AdminForms.ServiceForm;
import org.learnloop.people.web.AdminForms.ServiceNameForm;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.Nation;
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

/** The administrator's pages: the provider's services and its people. */
@Controller
class AdministrationController {

    private static final int PEOPLE_PER_PAGE = 100;

    private final Administration administration;

    AdministrationController(Administration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin")
    String showAdministration(Actor actor, Model model) {
        model.addAttribute("serviceCount", administration.services(actor, new PageOf.Request(0, 1)).total());
        model.addAttribute("personCount", administration.people(actor, new PageOf.Request(0, 1)).total());
        return "people/admin";
    }

    // Services

    @GetMapping("/admin/services")
    String listServices(Actor actor, Model model) {
        model.addAttribute("services", administration.services(actor, new PageOf.Request(0, PageOf.MAX_SIZE)));
        return "people/admin-services";
    }

    @GetMapping("/admin/services/new")
    String initServiceForm(Actor actor, Model model) {
        administration.services(actor, new PageOf.Request(0, 1));
        model.addAttribute("serviceForm", new ServiceForm(null, null, null, null));
        return prepareServiceForm(model);
    }

    @PostMapping("/admin/services")
    String processServiceForm(Actor actor, @ModelAttribute ServiceForm serviceForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.addService(actor, serviceForm.toCommand());
                redirect.addFlashAttribute("notice", "admin.service.added");
                return "redirect:/admin/services";
            } catch (InvalidRequest e) {
                Forms.reject(result, e);
            }
        }
        return prepareServiceForm(model);
    }

    @GetMapping("/admin/services/{id}")
    String initServiceNameForm(Actor actor, @PathVariable UUID id, Model model) {
        ServiceDetails service = administration.service(actor, id);
        model.addAttribute("serviceNameForm", new ServiceNameForm(service.name(), service.version()));
        model.addAttribute("service", service);
        return "people/admin-service";
    }

    @PostMapping("/admin/services/{id}")
    String processServiceNameForm(Actor actor, @PathVariable UUID id, @ModelAttribute ServiceNameForm serviceNameForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        ServiceDetails service = administration.service(actor, id);
        if (!result.hasErrors()) {
            try {
                administration.renameService(actor, id, serviceNameForm.name(), serviceNameForm.version());
                redirect.addFlashAttribute("notice", "admin.service.renamed");
                return "redirect:/admin/services";
            } catch (InvalidRequest e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("service", service);
        return "people/admin-service";
    }

    // People

    @GetMapping("/admin/people")
    String listPeople(Actor actor, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("people", administration.people(actor, PageOf.Request.of(page, PEOPLE_PER_PAGE)));
        return "people/admin-people";
    }

    @GetMapping("/admin/people/new")
    String initPersonForm(Actor actor, Model model) {
        model.addAttribute("personForm", new PersonForm(null, null, null, null, null));
        return preparePersonForm(actor, model);
    }

    /**
     * Adds the person and answers their page with the one-time password, once (see
     * {@link ShownOnce}). Sent again (the browser's refresh), it is refused: the username is taken.
     */
    @PostMapping("/admin/people")
    String processPersonForm(Actor actor, @ModelAttribute PersonForm personForm, BindingResult result, Model model,
            HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                NewPassword created = administration.addPerson(actor, personForm.toCommand());
                return showNewPassword(actor, created, "admin.person.added", model, response);
            } catch (InvalidRequest e) {
                Forms.reject(result, e);
            }
        }
        return preparePersonForm(actor, model);
    }

    @GetMapping("/admin/people/{id}")
    String showPerson(Actor actor, @PathVariable UUID id, Model model) {
        StaffMember person = administration.person(actor, id);
        model.addAttribute("personChangeForm", PersonChangeForm.of(person));
        return preparePerson(actor, person, model);
    }

    @PostMapping("/admin/people/{id}")
    String processPersonChangeForm(Actor actor, @PathVariable UUID id, @ModelAttribute PersonChangeForm personChangeForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        StaffMember person = administration.person(actor, id);
        if (!result.hasErrors()) {
            try {
                administration.changePerson(actor, id, personChangeForm.toCommand(person.enabled()));
                redirect.addFlashAttribute("notice", "admin.person.changed");
                return "redirect:/admin/people/" + id;
            } catch (InvalidRequest e) {
                Forms.reject(result, e);
            }
        }
        return preparePerson(actor, person, model);
    }

    @PostMapping("/admin/people/{id}/enabled")
    String processEnabled(Actor actor, @PathVariable UUID id, @RequestParam boolean enabled,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        StaffMember person = administration.person(actor, id);
        try {
            administration.changePerson(actor, id, new PersonChangeForm(person.role(), person.serviceIds(), version)
                    .toCommand(enabled));
            redirect.addFlashAttribute("notice", enabled ? "admin.person.enabled" : "admin.person.disabled");
            return "redirect:/admin/people/" + id;
        } catch (InvalidRequest e) {
            PersonChangeForm form = PersonChangeForm.of(person);
            BindingResult result = new BeanPropertyBindingResult(form, "personChangeForm");
            Forms.reject(result, e);
            model.addAttribute("personChangeForm", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "personChangeForm", result);
            return preparePerson(actor, person, model);
        }
    }

    /** Sets a new one-time password and answers the person's page with it, once (see {@link ShownOnce}). */
    @PostMapping("/admin/people/{id}/password-reset")
    String processPasswordReset(Actor actor, @PathVariable UUID id, Model model, HttpServletResponse response) {
        NewPassword reset = administration.resetPassword(actor, id);
        return showNewPassword(actor, reset, "admin.person.passwordReset", model, response);
    }

    @PostMapping("/admin/people/{id}/unlock")
    String processUnlock(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        administration.unlock(actor, id);
        redirect.addFlashAttribute("notice", "admin.person.unlocked");
        return "redirect:/admin/people/" + id;
    }

    @PostMapping("/admin/people/{id}/two-step/off")
    String processTwoStepOff(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        administration.turnOffTwoStepVerification(actor, id);
        redirect.addFlashAttribute("notice", "admin.person.twoStepOff");
        return "redirect:/admin/people/" + id;
    }

    private String showNewPassword(Actor actor, NewPassword password, String notice, Model model,
            HttpServletResponse response) {
        StaffMember person = administration.person(actor, password.personId());
        ShownOnce.doNotStore(response);
        model.addAttribute("newPassword", password);
        model.addAttribute("notice", notice);
        model.addAttribute("personChangeForm", PersonChangeForm.of(person));
        return preparePerson(actor, person, model);
    }

    private String prepareServiceForm(Model model) {
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("nations", Nation.values());
        return "people/admin-service-form";
    }

    private String preparePersonForm(Actor actor, Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("services", administration.services(actor, new PageOf.Request(0, PageOf.MAX_SIZE)).items());
        return "people/admin-person-form";
    }

    private String preparePerson(Actor actor, StaffMember person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("self", person.id().equals(actor.personId()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("services", administration.services(actor, new PageOf.Request(0, PageOf.MAX_SIZE)).items());
        return "people/admin-person";
    }
}
