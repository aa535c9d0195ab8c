package org.learnloop.people;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first start of a real installation (without {@code --demo}): creates the provider and one
 * administrator, whose one-time password is printed once and never stored in clear. The
 * administrator must choose their own password at first sign-in, then adds the services and staff.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final Enrolment enrolment;

    FirstStart(Enrolment enrolment) {
        this.enrolment = enrolment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("demo") || enrolment.organisationCount() > 0) {
            return;
        }
        String password = OneTimePasswords.generate();
        var organisation = enrolment.createOrganisation("My care provider", false);
        enrolment.createPerson(organisation, "admin", "Administrator", Role.ADMINISTRATOR, password, List.of(), true);
        log.warn("""

                ==============================================================
                 Learnloop is set up. Sign in at /login as 'admin' with the
                 one-time password:  {}
                 It is shown only this once. You will choose your own password
                 as soon as you sign in.
                ==============================================================""", password);
    }
}
