package org.learnloop.audittrail.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.learnloop.audittrail.AuditTrail;
import org.learnloop.audittrail.BrokenLink;
import org.learnloop.audittrail.ChainProblem;
import org.learnloop.audittrail.RestrictedRead;
import org.learnloop.audittrail.Verification;
import org.learnloop.people.Actor;
import org.learnloop.shared.PageOf;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail through the API: its entries and whether its chain is intact for administrators, who read what for quality leads too. */
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

    @GetMapping("/api/v1/audit-trail/verification")
    VerificationJson verifyAuditTrail(Actor actor) {
        return VerificationJson.of(trail.verify(actor));
    }

    @GetMapping("/api/v1/audit-trail/restricted-reads")
    PageOf<RestrictedReadJson> listRestrictedReads(Actor actor,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return trail.restrictedReads(actor, from, to, PageOf.Request.of(page, size)).map(RestrictedReadJson::of);
    }

    /** Whether the organisation's chain is intact; when not, its first broken link. */
    record VerificationJson(boolean intact, long entries, BrokenLinkJson firstBrokenLink) {

        static VerificationJson of(Verification verification) {
            BrokenLink broken = verification.firstBrokenLink();
            return new VerificationJson(verification.intact(), verification.entries(),
                    broken == null ? null : new BrokenLinkJson(broken.sequence(), broken.problem(),
                            broken.problem().explanation()));
        }
    }

    /** Where the chain breaks: the entry's sequence number, the kind of problem and what does not match. */
    record BrokenLinkJson(Long sequence, ChainProblem problem, String detail) {
    }

    /** One person's reads of one restricted record in the period. */
    record RestrictedReadJson(String username, String displayName, String recordType, UUID recordId,
            String reference, long times, Instant firstReadAt, Instant lastReadAt) {

        static RestrictedReadJson of(RestrictedRead read) {
            return new RestrictedReadJson(read.readerUsername(), read.readerName(), read.recordType(),
                    read.recordId(), read.reference(), read.times(), read.firstReadAt(), read.lastReadAt());
        }
    }
}
