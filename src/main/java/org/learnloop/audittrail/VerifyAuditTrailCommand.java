package org.learnloop.audittrail;

import java.io.PrintStream;
import java.util.OptionalInt;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar learnloop.jar --verify-audit-trail}: checks every organisation's audit trail link
 * by link, prints {@code Audit trail intact: N entries in M organisations} or the first broken link,
 * and exits with status 0 (intact) or 1 (broken). It runs before any other start-up work, and
 * Learnloop serves nothing meanwhile ({@link VerifyAuditTrailEnvironment} opens no port).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class VerifyAuditTrailCommand implements ApplicationRunner {

    static final String OPTION = "verify-audit-trail";

    private final AuditTrail trail;
    private final ConfigurableApplicationContext context;

    VerifyAuditTrailCommand(AuditTrail trail, ConfigurableApplicationContext context) {
        this.trail = trail;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        OptionalInt status = execute(args, System.out);
        if (status.isPresent()) {
            int code = status.getAsInt();
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    /** Verifies when the option is given, printing the result; answers the exit status, or nothing. */
    OptionalInt execute(ApplicationArguments args, PrintStream out) {
        if (!args.containsOption(OPTION)) {
            return OptionalInt.empty();
        }
        Verification verification = trail.verifyEveryOrganisation();
        if (verification.intact()) {
            out.println("Audit trail intact: " + count(verification.entries(), "entry", "entries") + " in "
                    + count(verification.organisations(), "organisation", "organisations"));
            return OptionalInt.of(0);
        }
        out.println("Audit trail broken: " + verification.firstBrokenLink().describe());
        return OptionalInt.of(1);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
