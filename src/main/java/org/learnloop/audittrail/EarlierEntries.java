package org.learnloop.audittrail;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, before Learnloop serves anyone, chains the entries recorded before the trail became a
 * hash chain: once, in the order they were recorded, a few thousand entries per transaction so that
 * millions of them need no more memory than a few. When several servers start together, the lock on
 * each organisation's chain lets only one of them chain each batch.
 */
@Component
class EarlierEntries implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EarlierEntries.class);
    private static final int BATCH = 5_000;

    private final AuditChain chain;
    private final TransactionTemplate transaction;

    private final int batchSize;

    @Autowired
    EarlierEntries(AuditChain chain, PlatformTransactionManager transactions) {
        this(chain, transactions, BATCH);
    }

    EarlierEntries(AuditChain chain, PlatformTransactionManager transactions, int batchSize) {
        this.chain = chain;
        this.transaction = new TransactionTemplate(transactions);
        this.batchSize = batchSize;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (UUID organisation : chain.organisationsWithEarlierEntries()) {
            long chained = 0;
            long afterRow = 0;
            while (true) {
                long after = afterRow;
                AuditChain.EarlierBatch batch = transaction.execute(
                        status -> chain.chainEarlierEntries(organisation, after, batchSize));
                if (batch == null || batch.entries() == 0) {
                    break;
                }
                chained += batch.entries();
                afterRow = batch.lastRow();
            }
            if (chained > 0) {
                log.info("Chained {} earlier audit entries of organisation {}", chained, organisation);
            }
        }
    }
}
