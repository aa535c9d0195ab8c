package org.learnloop;

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
        SpringApplication.run(LearnloopApplication.class, args);
    }
}
