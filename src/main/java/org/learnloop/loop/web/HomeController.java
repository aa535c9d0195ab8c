package org.learnloop.loop.web;

import org.learnloop.people.Actor;
import org.learnloop.people.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each person to the page they start their day on. */
@Controller
class HomeController {

    @GetMapping("/")
    String showHome(Actor actor) {
        if (actor.is(Role.CARE_WORKER)) {
            return "redirect:/my-reports";
        }
        if (actor.is(Role.ADMINISTRATOR)) {
            return "redirect:/admin/audit-trail";
        }
        return "redirect:/attention";
    }
}
