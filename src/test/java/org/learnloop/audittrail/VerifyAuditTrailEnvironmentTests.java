package org.learnloop.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

class VerifyAuditTrailEnvironmentTests {

    private final VerifyAuditTrailEnvironment processor = new VerifyAuditTrailEnvironment();

    private static StandardEnvironment startedWith(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        if (args.length > 0) {
            environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        }
        return environment;
    }

    @Test
    void verifyOptionStartsLearnloopWithoutOpeningAPort() {
        StandardEnvironment environment = startedWith("--verify-audit-trail");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.port")).as("no port, so nothing is served").isEqualTo("-1");
        assertThat(environment.getProperty("spring.modulith.events.republish-outstanding-events-on-restart"))
                .as("no unfinished reactions are redelivered by a check").isEqualTo("false");
    }

    @Test
    void ordinaryStartIsLeftAlone() {
        StandardEnvironment environment = startedWith("--demo");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(VerifyAuditTrailEnvironment.PROPERTY_SOURCE)).isFalse();
    }

    @Test
    void onlyTheCommandLineAsksForVerification() {
        StandardEnvironment environment = startedWith();
        environment.getPropertySources().addFirst(new MapPropertySource("elsewhere", Map.of("verify-audit-trail", "")));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(VerifyAuditTrailEnvironment.PROPERTY_SOURCE)).isFalse();
    }
}
