package org.learnloop.people.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.learnloop.people.Actor;
import org.learnloop.people.ApiTokens;
import org.learnloop.people.ApiTokens.CreatedToken;
import org.learnloop.people.ApiTokens.TokenSummary;
import org.learnloop.people.Passwords;
import org.learnloop.people.People;
import org.learnloop.people.ServiceSummary;
import org.learnloop.people.TwoStepVerification;
import org.learnloop.shared.InvalidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, my password, my two-step verification, my API tokens, and the services I can see. */
@RestController
@RequestMapping("/api/v1")
class MeApiController {

    private final People people;
    private final ApiTokens tokens;
    private final Passwords passwords;
    private final TwoStepVerification twoStep;

    MeApiController(People people, ApiTokens tokens, Passwords passwords, TwoStepVerification twoStep) {
        this.people = people;
        this.tokens = tokens;
        this.passwords = passwords;
        this.twoStep = twoStep;
    }

    /** Whether my sign-in asks for a code, and whether my role may turn that on. */
    record TwoStepStatus(boolean enabled, boolean offered) {
    }

    record TwoStepConfirmation(String code, String currentPassword) {
    }

    record TwoStepOff(String currentPassword) {
    }

    record Me(String username, String displayName, List<String> roles, List<ServiceView> services) {
    }

    record ServiceView(UUID id, String code, String name, String kind, String nation) {

        static ServiceView of(ServiceSummary s) {
            return new ServiceView(s.id(), s.code(), s.name(), s.kind().name(), s.nation().name());
        }
    }

    record TokenRequest(String name) {
    }

    record PasswordRequest(String currentPassword, String newPassword) {
    }

    @GetMapping("/me")
    Me showMe(Actor actor) {
        return new Me(actor.username(), actor.displayName(), List.of(actor.role().name()),
                people.visibleServices(actor).stream().map(ServiceView::of).toList());
    }

    @GetMapping("/services")
    List<ServiceView> listServices(Actor actor) {
        return people.visibleServices(actor).stream().map(ServiceView::of).toList();
    }

    /** Choose a new password; the only call open to someone who still holds a one-time password. */
    @PostMapping("/me/password")
    ResponseEntity<Void> changePassword(Actor actor, @RequestBody(required = false) PasswordRequest request) {
        if (request == null) {
            throw InvalidRequest.of("body", "Send currentPassword and newPassword as a JSON object");
        }
        passwords.change(actor, request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me/two-step")
    TwoStepStatus showTwoStep(Actor actor) {
        return new TwoStepStatus(twoStep.isOn(actor), TwoStepVerification.offeredTo(actor.role()));
    }

    /** Starts setting up: answers the key to type into an authenticator app, shown only until it is confirmed. */
    @PostMapping("/me/two-step/setup")
    TwoStepVerification.Setup beginTwoStep(Actor actor) {
        return twoStep.begin(actor);
    }

    /** Turns it on with a code from the app and the current password. */
    @PostMapping("/me/two-step/confirmation")
    ResponseEntity<Void> confirmTwoStep(Actor actor, @RequestBody(required = false) TwoStepConfirmation request) {
        if (request == null) {
            throw InvalidRequest.of("body", "Send code and currentPassword as a JSON object");
        }
        twoStep.turnOn(actor, request.code(), request.currentPassword());
        return ResponseEntity.noContent().build();
    }

    /** Turns it off with the current password. */
    @PostMapping("/me/two-step/off")
    ResponseEntity<Void> turnOffTwoStep(Actor actor, @RequestBody(required = false) TwoStepOff request) {
        if (request == null) {
            throw InvalidRequest.of("body", "Send currentPassword as a JSON object");
        }
        twoStep.turnOff(actor, request.currentPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/me/tokens")
    ResponseEntity<CreatedToken> createToken(Actor actor, @RequestBody(required = false) TokenRequest request) {
        CreatedToken token = tokens.create(actor, request == null ? null : request.name());
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.id())).body(token);
    }

    @GetMapping("/me/tokens")
    List<TokenSummary> listTokens(Actor actor) {
        return tokens.list(actor);
    }

    @DeleteMapping("/me/tokens/{id}")
    ResponseEntity<Void> revokeToken(Actor actor, @PathVariable UUID id) {
        tokens.revoke(actor, id);
        return ResponseEntity.noContent().build();
    }
}
