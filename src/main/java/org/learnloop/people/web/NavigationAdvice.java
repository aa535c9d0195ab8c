package org.learnloop.people.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.learnloop.people.Actor;
import org.learnloop.people.Role;
import org.learnloop.people.SignedIn;
import org.learnloop.shared.web.PageModel;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in person and the menu their role needs on every page, error pages included. */
@ControllerAdvice
class NavigationAdvice implements PageModel {

    /** One menu entry: where it goes and the message key of its label. */
    record NavigationItem(String path, String label, boolean current) {
    }

    @ModelAttribute("currentActor")
    Actor currentActor() {
        return SignedIn.actor().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(HttpServletRequest request) {
        Actor actor = currentActor();
        if (actor == null) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<NavigationItem> items = new ArrayList<>();
        add(items, path, "/events/new", "nav.report");
        add(items, path, "/my-reports", "nav.myReports");
        if (actor.manages() || actor.is(Role.SPEAK_UP_GUARDIAN) || actor.is(Role.TEAM_LEADER)) {
            add(items, path, "/attention", "nav.attention");
            add(items, path, "/events", "nav.events");
        }
        add(items, path, "/actions", "nav.actions");
        if (actor.manages()) {
            add(items, path, "/checks", "nav.checks");
        }
        add(items, path, "/lessons", "nav.lessons");
        if (actor.manages()) {
            add(items, path, "/evidence", "nav.evidence");
        }
        if (actor.is(Role.ADMINISTRATOR)) {
            add(items, path, "/admin", "nav.admin");
            add(items, path, "/admin/audit-trail", "nav.auditTrail");
        }
        if (actor.is(Role.ADMINISTRATOR) || actor.is(Role.QUALITY_LEAD)) {
            add(items, path, "/admin/restricted-reads", "nav.restrictedReads");
        }
        add(items, path, "/account", "nav.account");
        return items;
    }

    @Override
    public Map<String, Object> attributes(HttpServletRequest request) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("currentActor", currentActor());
        attributes.put("navigation", navigation(request));
        return attributes;
    }

    private static void add(List<NavigationItem> items, String path, String target, String label) {
        items.add(new NavigationItem(target, label, path.equals(target)));
    }
}
