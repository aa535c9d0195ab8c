package org.learnloop.audittrail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The entries of one transaction's changes, chained in that transaction just before it commits.
 * Chaining last keeps the lock on the end of the organisation's chain for the shortest time, and
 * means a transaction never waits for that lock while it still has work to do (a read of a
 * restricted record recorded in a transaction of its own, for one). If the chaining fails, the
 * transaction fails with it: no change is saved without its entry.
 * <p>
 * Entries that arrive while the transaction commits (from another synchronization's
 * {@code beforeCommit}) are chained at once. A transaction whose first entry arrives that late would
 * commit without it, since Spring runs no synchronization registered during commit; that is logged
 * as an error. No listener in Learnloop publishes changes before commit.
 */
final class PendingEntries implements TransactionSynchronization {

    private static final Logger log = LoggerFactory.getLogger(PendingEntries.class);

    private final AuditChain chain;
    private final List<EntryContent> entries = new ArrayList<>();
    private boolean chained;

    private PendingEntries(AuditChain chain) {
        this.chain = chain;
    }

    /** Records the entry in the current transaction's chaining, or chains it now when there is none. */
    static void add(AuditChain chain, EntryContent entry) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            chain.append(entry.organisationId(), List.of(entry));
            return;
        }
        PendingEntries pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof PendingEntries p && p.chain == chain)
                .map(PendingEntries.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    PendingEntries created = new PendingEntries(chain);
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        pending.add(entry);
    }

    private void add(EntryContent entry) {
        if (chained) {
            chain.append(entry.organisationId(), List.of(entry));
        } else {
            entries.add(entry);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        chained = true;
        Map<UUID, List<EntryContent>> byOrganisation = new LinkedHashMap<>();
        entries.forEach(e -> byOrganisation.computeIfAbsent(e.organisationId(), k -> new ArrayList<>()).add(e));
        byOrganisation.keySet().stream().sorted()
                .forEach(organisation -> chain.append(organisation, byOrganisation.get(organisation)));
        entries.clear();
    }

    @Override
    public void afterCompletion(int status) {
        if (status == STATUS_COMMITTED && !entries.isEmpty()) {
            log.error("{} audit entries were published while their transaction was committing and were not recorded",
                    entries.size());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
