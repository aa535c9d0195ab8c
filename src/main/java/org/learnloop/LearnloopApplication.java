package org.learnloop;

import org.learnloop.backup.RestoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Learnloop: turns incidents, complaints, near misses and concerns in adult social care into
 * learning that changes practice, and proves it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@Modulithic(sharedModules = "shared")
public class LearnloopApplication {

    public static void main(String[] args) {
        if (RestoreCommand.requested(args)) {
            // Put a backup back as the embedded database, before anything opens it, and exit.
            System.exit(RestoreCommand.run(args, System.out));
        }
        if (java.util.Arrays.stream(args).anyMatch(a -> a.equals("--generate"))) {
            // Fill an empty database and exit; meanwhile the web server listens only on a spare loopback port.
            String[] generating = java.util.Arrays.copyOf(args, args.length + 2);
            generating[args.length] = "--server.port=0";
            generating[args.length + 1] = "--server.address=127.0.0.1";
            System.exit(SpringApplication.exit(SpringApplication.run(LearnloopApplication.class, generating)));
        }
        SpringApplication.run(LearnloopApplication.class, args);
    }
}
