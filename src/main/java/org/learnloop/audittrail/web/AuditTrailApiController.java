package org.learnloop.audittrail.web;

import org.learnloop.audittrail.AuditTrail;
import org.learnloop.people.Actor;
import org.learnloop.shared.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail through the API, for administrators. */
@RestController
class AuditTrailApiController {

    private final AuditTrail trail;

    AuditTrailApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit-trail")
    PageOf<AuditTrail.Entry> listAuditTrail(Actor actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return trail.entries(actor, action, PageOf.Request.of(page, size));
    }
}
