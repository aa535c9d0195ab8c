package org.learnloop.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learnloop.LearnloopApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Learnloop servers in one JVM, each with its own web server on a free loopback port, both on
 * one database, as behind a load balancer without sticky sessions. On H2 the database is a named
 * in-memory one that both share (and no other test uses); when the tests run on PostgreSQL
 * ({@code SPRING_DATASOURCE_URL} is set) both use that.
 */
public final class TwoServers implements AutoCloseable {

    private static final String SHARED_H2 = "jdbc:h2:mem:two-servers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private final List<ConfigurableApplicationContext> servers = new ArrayList<>();

    private TwoServers() {
    }

    /** Starts server A, then server B (so that only A migrates the database), with these extra properties. */
    public static TwoServers start(Map<String, Object> properties) {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("spring.datasource.url", url == null || url.isBlank() ? SHARED_H2 : url);
        all.put("server.port", 0);
        all.put("server.address", "127.0.0.1");
        all.put("spring.main.banner-mode", "off");
        all.putAll(properties);
        // As arguments, which come before application.yml (default properties would come after it).
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        TwoServers two = new TwoServers();
        try {
            for (int i = 0; i < 2; i++) {
                two.servers.add(new SpringApplicationBuilder(LearnloopApplication.class).run(args));
            }
        } catch (RuntimeException e) {
            two.close();
            throw e;
        }
        return two;
    }

    public ConfigurableApplicationContext a() {
        return servers.get(0);
    }

    public ConfigurableApplicationContext b() {
        return servers.get(1);
    }

    /** The base address of a server, such as {@code http://127.0.0.1:41234}. */
    public static String address(ConfigurableApplicationContext server) {
        return "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        servers.forEach(ConfigurableApplicationContext::close);
        servers.clear();
    }
}
