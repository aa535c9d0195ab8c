package org.learnloop.audittrail.web;

import java.time.LocalDate;

import org.learnloop.audittrail.AuditTrail;
import org.learnloop.people.Actor;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.PageOf;
import org.learnloop.shared.web.Forms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's view of the audit trail and whether it is intact, and who read restricted records. */
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

    /** The period of the restricted reads report, as typed in its filter form. */
    record ReadsFilter(@DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            Integer page) {
    }

    @GetMapping("/admin/restricted-reads")
    String listRestrictedReads(Actor actor, @ModelAttribute("filter") ReadsFilter filter, BindingResult result,
            Model model) {
        if (!result.hasErrors()) {
            try {
                model.addAttribute("reads", trail.restrictedReads(actor, filter.from(), filter.to(),
                        PageOf.Request.of(filter.page(), PAGE_SIZE)));
            } catch (InvalidRequest e) {
                Forms.reject(result, e);
            }
        }
        return "audittrail/restricted-reads";
    }
}
