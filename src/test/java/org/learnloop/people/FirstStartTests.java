package org.learnloop.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class FirstStartTests {

    /** Records what the first start enrols, without a database. */
    static final class RecordingEnrolment extends Enrolment {

        final long organisations;
        final List<String> people = new ArrayList<>();
        boolean mustChangePassword;

        RecordingEnrolment(long organisations) {
            super(null, null, null, null);
            this.organisations = organisations;
        }

        @Override
        public long organisationCount() {
            return organisations;
        }

        @Override
        public UUID createOrganisation(String name, boolean demo) {
            return UUID.randomUUID();
        }

        @Override
        public UUID createPerson(UUID organisationId, String username, String displayName, Role role, String rawPassword,
                Collection<UUID> serviceIds, boolean mustChangePassword) {
            people.add(username + ":" + role);
            this.mustChangePassword = mustChangePassword;
            return UUID.randomUUID();
        }
    }

    @Test
    void firstStartCreatesAnAdministratorWhoMustChangeTheOneTimePassword() {
        RecordingEnrolment enrolment = new RecordingEnrolment(0);

        new FirstStart(enrolment).run(new DefaultApplicationArguments());

        assertThat(enrolment.people).as("people enrolled").containsExactly("admin:ADMINISTRATOR");
        assertThat(enrolment.mustChangePassword).as("must change the one-time password").isTrue();
    }

    @Test
    void laterStartsAndTheDemoEnrolNobody() {
        RecordingEnrolment existing = new RecordingEnrolment(1);
        RecordingEnrolment demo = new RecordingEnrolment(0);

        new FirstStart(existing).run(new DefaultApplicationArguments());
        new FirstStart(demo).run(new DefaultApplicationArguments("--demo"));

        assertThat(existing.people).as("people enrolled on a later start").isEmpty();
        assertThat(demo.people).as("people enrolled by the first start with --demo").isEmpty();
    }
}
