package org.learnloop.people.web;

import jakarta.servlet.http.HttpServletRequest;

import org.learnloop.people.SignInFailure;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form it posts. */
@Controller
class LoginController {

    @GetMapping("/login")
    String showSignIn(@RequestParam(required = false) String error, HttpServletRequest request, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("username", error != null ? SignInFailure.takeUsername(request.getSession(false)) : "");
        return "people/sign-in";
    }
}
