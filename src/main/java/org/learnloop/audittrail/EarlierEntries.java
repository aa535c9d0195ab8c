package org.learnloop.audittrail;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, before Learnloop serves anyone, chains the entries recorded before the trail became a
 * hash chain: once, one organisation per transaction, in the order they were recorded. When several
 * servers start together, the lock on each organisation's chain lets only one of them do it.
 */
@Component
class EarlierEntries implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EarlierEntries.class);

    private final AuditChain chain;
    private final TransactionTemplate transaction;

    EarlierEntries(AuditChain chain, PlatformTransactionManager transactions) {
        this.chain = chain;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (UUID organisation : chain.organisationsWithEarlierEntries()) {
            Integer chained = transaction.execute(status -> chain.chainEarlierEntries(organisation));
            if (chained != null && chained > 0) {
                log.info("Chained {} earlier audit entries of organisation {}", chained, organisation);
            }
        }
    }
}
