package org.learnloop.shared;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work that runs once however many Learnloop servers share the database. Every server
 * fires its {@code @Scheduled} jobs; a job that must happen once also carries {@code @SchedulerLock},
 * and only the server that takes its row in the {@code shedlock} table runs it, the others skip
 * that turn. The lock's times are the database's, so servers whose clocks disagree still agree on
 * who holds it. A lock is given up when the job ends, or after the job's {@code lockAtMostFor}
 * when its server died holding it.
 * <p>
 * Spring Session's cleanup of expired sessions is not under this lock and need not be: it is a
 * single {@code delete ... where expiry_time < now} that any number of servers can run at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT1H")
class ScheduledWork {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
