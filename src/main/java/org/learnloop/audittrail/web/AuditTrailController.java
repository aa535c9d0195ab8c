package org.learnloop.audittrail.web;


import org.learnloop.audittrail.AuditTrail;
import org.learnloop.people.Actor;
import org.learnloop.shared.PageOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's view of the audit trail, and whether it is intact. */
@Controller
class AuditTrailController {

    private static final int PAGE_SIZE = 100;

    private final AuditTrail trail;

    AuditTrailController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit-trail")
    String showAuditTrail(Actor actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("entries", trail.entries(actor, action, PageOf.Request.of(page, PAGE_SIZE)));
        model.addAttribute("verification", trail.verify(actor));
        model.addAttribute("action", action);
        return "audittrail/audit-trail";
    }
}
