package org.learnloop.audittrail;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Started with {@code --verify-audit-trail} on the command line, Learnloop runs as a command: its web
 * server opens no port ({@code server.port=-1}; the application is otherwise set up as usual), no
 * banner, and no redelivery of unfinished event reactions, so that checking the trail serves nobody
 * and changes nothing beyond what every start does (migrations).
 */
class VerifyAuditTrailEnvironment implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE = "verifyAuditTrailCommand";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PropertySource<?> commandLine = environment.getPropertySources()
                .get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        if (commandLine == null || !commandLine.containsProperty(VerifyAuditTrailCommand.OPTION)) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "server.port", "-1",
                "spring.main.banner-mode", "off",
                "spring.modulith.events.republish-outstanding-events-on-restart", "false")));
    }
}
