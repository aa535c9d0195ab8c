package org.learnloop.people;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person signed in on this request, if any. */
public final class SignedIn {

    private SignedIn() {
    }

    public static Optional<Actor> actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Accounts.SignedInPerson person) {
            return Optional.of(person.actor());
        }
        return Optional.empty();
    }
}
