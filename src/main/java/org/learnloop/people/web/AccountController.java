package org.learnloop.people.web;

import java.util.UUID;

import org.learnloop.people.Actor;
import org.learnloop.people.ApiTokens;
import org.learnloop.people.ApiTokens.CreatedToken;
import org.learnloop.people.Passwords;
import org.learnloop.people.People;
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

/** My account: who I am, my password, and my personal API tokens. */
@Controller
class AccountController {

    private final People people;
    private final Passwords passwords;
    private final ApiTokens tokens;

    AccountController(People people, Passwords passwords, ApiTokens tokens) {
        this.people = people;
        this.passwords = passwords;
        this.tokens = tokens;
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

    @PostMapping("/account/tokens")
    String processTokenForm(Actor actor, @ModelAttribute TokenForm tokenForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            CreatedToken token = tokens.create(actor, tokenForm.name());
            redirect.addFlashAttribute("createdToken", token);
            redirect.addFlashAttribute("notice", "account.token.created");
            return "redirect:/account";
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

    private String prepareAccount(Actor actor, Model model) {
        model.addAttribute("services", people.visibleServices(actor));
        model.addAttribute("tokens", tokens.list(actor));
        return "people/account";
    }

    private String preparePassword(Actor actor, Model model) {
        model.addAttribute("oneTime", passwords.mustChange(actor));
        return "people/change-password";
    }
}
