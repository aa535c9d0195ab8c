package org.learnloop.people.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.learnloop.people.Actor;
import org.learnloop.people.ApiTokens;
import org.learnloop.people.ApiTokens.CreatedToken;
import org.learnloop.people.Passwords;
import org.learnloop.people.People;
import org.learnloop.people.TwoStepVerification;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My account: who I am, my password, two-step verification, and my personal API tokens. */
@Controller
class AccountController {

    private final People people;
    private final Passwords passwords;
    private final ApiTokens tokens;
    private final TwoStepVerification twoStep;

    AccountController(People people, Passwords passwords, ApiTokens tokens, TwoStepVerification twoStep) {
        this.people = people;
        this.passwords = passwords;
        this.tokens = tokens;
        this.twoStep = twoStep;
    }

    /** Turning two-step verification on: a code from the app, and my current password. */
    record TwoStepForm(String code, String currentPassword) {
    }

    /** Turning two-step verification off: my current password. */
    record TwoStepOffForm(String currentPassword) {
    }

    /** Changing my password. The browser must not fill the new password in from the old one. */
    record PasswordForm(String currentPassword, String newPassword) {
    }

    /** A new API token: only its name is asked. */
    record TokenForm(String name) {
    }

    @GetMapping("/account")
    String showAccount(Actor actor, Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(null));
        }
        return prepareAccount(actor, model);
    }

    /** Creates the token and answers My account with it, once (see {@link ShownOnce}), and the form empty again. */
    @PostMapping("/account/tokens")
    String processTokenForm(Actor actor, @ModelAttribute TokenForm tokenForm, BindingResult result, Model model,
            HttpServletResponse response) {
        try {
            CreatedToken token = tokens.create(actor, tokenForm.name());
            ShownOnce.doNotStore(response);
            model.addAttribute("createdToken", token);
            model.addAttribute("tokenForm", new TokenForm(null));
            return prepareAccount(actor, model);
        } catch (InvalidRequest e) {
            Forms.reject(result, e);
            return prepareAccount(actor, model);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(actor, id);
        redirect.addFlashAttribute("notice", "account.token.revoked");
        return "redirect:/account";
    }

    @GetMapping("/account/password")
    String initPasswordForm(Actor actor, Model model) {
        model.addAttribute("passwordForm", new PasswordForm(null, null));
        return preparePassword(actor, model);
    }

    @PostMapping("/account/password")
    String processPasswordForm(Actor actor, @ModelAttribute PasswordForm passwordForm, BindingResult result,
            Model model, RedirectAttributes redirect) {
        boolean wasOneTime = passwords.mustChange(actor);
        try {
            passwords.change(actor, passwordForm.currentPassword(), passwordForm.newPassword());
        } catch (InvalidRequest e) {
            Forms.reject(result, e);
            return preparePassword(actor, model);
        }
        redirect.addFlashAttribute("notice", "password.changed");
        return wasOneTime ? "redirect:/" : "redirect:/account";
    }

    /** Two-step verification: set it up (the key, then a code to confirm), or turn it off. */
    @GetMapping("/account/two-step")
    String initTwoStepForm(Actor actor, Model model) {
        if (!twoStep.isOn(actor) && twoStep.pendingSetup(actor).isEmpty()
                && !TwoStepVerification.offeredTo(actor.role())) {
            throw Forbidden.because("Two-step verification is for managers and administrators.");
        }
        model.addAttribute("twoStepForm", new TwoStepForm(null, null));
        model.addAttribute("twoStepOffForm", new TwoStepOffForm(null));
        return prepareTwoStep(actor, model);
    }

    @PostMapping("/account/two-step/setup")
    String beginTwoStep(Actor actor) {
        if (!twoStep.isOn(actor)) {
            twoStep.begin(actor);
        }
        return "redirect:/account/two-step";
    }

    @PostMapping("/account/two-step")
    String processTwoStepForm(Actor actor, @ModelAttribute TwoStepForm twoStepForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            twoStep.turnOn(actor, twoStepForm.code(), twoStepForm.currentPassword());
        } catch (InvalidRequest e) {
            Forms.reject(result, e);
            model.addAttribute("twoStepOffForm", new TwoStepOffForm(null));
            return prepareTwoStep(actor, model);
        }
        redirect.addFlashAttribute("notice", "twoStep.turnedOn");
        return "redirect:/account";
    }

    @PostMapping("/account/two-step/off")
    String processTwoStepOffForm(Actor actor, @ModelAttribute TwoStepOffForm twoStepOffForm, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            twoStep.turnOff(actor, twoStepOffForm.currentPassword());
        } catch (InvalidRequest e) {
            Forms.reject(result, e);
            model.addAttribute("twoStepForm", new TwoStepForm(null, null));
            return prepareTwoStep(actor, model);
        }
        redirect.addFlashAttribute("notice", "twoStep.turnedOff");
        return "redirect:/account";
    }

    private String prepareAccount(Actor actor, Model model) {
        model.addAttribute("services", people.visibleServices(actor));
        model.addAttribute("tokens", tokens.list(actor));
        model.addAttribute("twoStepOn", twoStep.isOn(actor));
        model.addAttribute("twoStepOffered", TwoStepVerification.offeredTo(actor.role()));
        model.addAttribute("twoStepPending", twoStep.pendingSetup(actor).isPresent());
        return "people/account";
    }

    private String prepareTwoStep(Actor actor, Model model) {
        model.addAttribute("twoStepOn", twoStep.isOn(actor));
        model.addAttribute("setup", twoStep.pendingSetup(actor).orElse(null));
        return "people/two-step";
    }

    private String preparePassword(Actor actor, Model model) {
        model.addAttribute("oneTime", passwords.mustChange(actor));
        return "people/change-password";
    }
}
