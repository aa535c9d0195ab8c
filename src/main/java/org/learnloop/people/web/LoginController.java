package org.learnloop.people.web;

import jakarta.servlet.http.HttpServletRequest;

import org.learnloop.people.PeopleSettings;
import org.learnloop.people.SignInFailure;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page, and the page that asks for the code of someone with two-step verification.
 * Spring Security takes the sign-in form; the code is taken by the filter that holds the sign-in
 * until it is given, which also sends anyone here who has no sign-in waiting back to sign in.
 */
@Controller
class LoginController {

    private final PeopleSettings settings;

    LoginController(PeopleSettings settings) {
        this.settings = settings;
    }

    /** {@code locked} is the number of minutes a lockout has left, as the sign-in was refused. */
    @GetMapping("/login")
    String showSignIn(@RequestParam(required = false) String locked, HttpServletRequest request, Model model) {
        boolean failed = request.getParameterMap().containsKey("error");
        model.addAttribute("failed", failed);
        model.addAttribute("username", failed ? SignInFailure.takeUsername(request.getSession(false)) : "");
        model.addAttribute("lockedMinutes", minutes(locked));
        return "people/sign-in";
    }

    @GetMapping("/login/code")
    String showCodeForm() {
        return "people/sign-in-code";
    }

    private Long minutes(String locked) {
        if (locked == null) {
            return null;
        }
        long longest = Math.max(1, settings.lockoutDuration().toMinutes());
        try {
            return Math.min(longest, Math.max(1, Long.parseLong(locked.trim())));
        } catch (NumberFormatException e) {
            return longest;
        }
    }
}
