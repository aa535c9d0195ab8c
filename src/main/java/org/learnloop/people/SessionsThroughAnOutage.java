package org.learnloop.people;

import java.util.function.Consumer;

import org.learnloop.shared.web.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions are kept in the database, so that every server knows every signed-in person. When the
 * database cannot be reached, the answer a request has already made (the "try again" page, or a
 * report form given back with everything typed) must still reach the person: a session that
 * cannot be saved then is left as it was, with a warning, instead of turning that answer into a
 * failure. Reading a session during an outage still fails, and the person is told to try again.
 */
@Configuration(proxyBeanMethods = false)
class SessionsThroughAnOutage {

    private static final Logger log = LoggerFactory.getLogger(SessionsThroughAnOutage.class);

    /**
     * The transactions Spring Session runs its statements in (each one of its own, as Spring
     * Session's default), by the name it looks for; no other bean is given it.
     */
    @Bean(name = "springSessionTransactionOperations", defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new TransactionOperations() {

            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return template.execute(action);
            }

            @Override
            public void executeWithoutResult(Consumer<TransactionStatus> action) {
                try {
                    template.executeWithoutResult(action);
                } catch (RuntimeException e) {
                    if (!DatabaseOutage.causedBy(e)) {
                        throw e;
                    }
                    log.warn("Session not saved while the database cannot be reached: {}", e.getMessage());
                }
            }
        };
    }
}
