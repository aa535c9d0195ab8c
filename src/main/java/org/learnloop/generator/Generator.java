package org.learnloop.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.learnloop.assurance.AssuranceSettings;
import org.learnloop.audittrail.ChainForBulkWrites;
import org.learnloop.generator.ProviderPlan.Person;
import org.learnloop.generator.ProviderPlan.ServicePlan;
import org.learnloop.people.Enrolment;
import org.learnloop.people.PersonAdded;
import org.learnloop.people.ServiceAdded;
import org.learnloop.shared.Nation;
import org.learnloop.triage.DutyRules;
import org.learnloop.triage.TriageSettings;
import org.learnloop.triage.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a generated provider group: the group and its people first, then
 * each service's history on its own connection and transaction, several services at a time. Each
 * service's random source is seeded from the run's seed and the service's place in the list, so
 * the same settings give the same data whatever the number of threads.
 */
@Component
class Generator {

    private static final Logger log = LoggerFactory.getLogger(Generator.class);

    private final DataSource dataSource;
    private final Enrolment enrolment;
    private final PasswordEncoder passwords;
    private final TriageSettings triageSettings;
    private final WorkingDays workingDays;
    private final AssuranceSettings assuranceSettings;
    private final Clock clock;

    Generator(DataSource dataSource, Enrolment enrolment, PasswordEncoder passwords, TriageSettings triageSettings,
            WorkingDays workingDays, AssuranceSettings assuranceSettings, Clock clock) {
        this.dataSource = dataSource;
        this.enrolment = enrolment;
        this.passwords = passwords;
        this.triageSettings = triageSettings;
        this.workingDays = workingDays;
        this.assuranceSettings = assuranceSettings;
        this.clock = clock;
    }

    Generation generate(GeneratorSettings settings) {
        if (enrolment.organisationCount() > 0) {
            throw new IllegalStateException("--generate refused: this database already holds a provider. "
                    + "Point Learnloop at an empty database to generate one.");
        }
        long started = System.nanoTime();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        int days = settings.years() * 365 + settings.years() / 4;
        ProviderPlan provider = ProviderPlan.of(settings, days);
        Map<Table, LongAdder> written = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            written.put(table, new LongAdder());
        }
        Database database = Database.of(dataSource);
        int threads = settings.threads() > 0 ? settings.threads() : database.writers();
        log.info("Generating {} services and {} events over {} years with {} threads", settings.services(),
                settings.events(), settings.years(), threads);
        database.beforeBulkWrites();
        ChainTurns chain = new ChainTurns(new ChainForBulkWrites(provider.organisationId()));
        Rows group = group(provider, now, days);
        chain.take(-1, group);
        write(group, written);

        Map<Nation, DutyRules> rules = new EnumMap<>(Nation.class);
        for (Nation nation : Nation.values()) {
            rules.put(nation, DutyRules.forNation(nation, triageSettings, workingDays));
        }
        ServiceHistory.Context context = new ServiceHistory.Context(provider, now, days, rules,
                assuranceSettings.checkAfter(), assuranceSettings.recheckAfter());
        int[] counts = shares(provider.services(), settings.events());
        AtomicInteger done = new AtomicInteger();
        LongAdder makingNanos = new LongAdder();
        LongAdder writingNanos = new LongAdder();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (ServicePlan service : provider.services()) {
                futures.add(workers.submit(() -> {
                    long making = System.nanoTime();
                    Rows rows = new Rows();
                    try {
                        ServiceHistory.write(context, service, counts[service.index()],
                                settings.seed() * 1_000_003L + service.index(), rows);
                        chain.take(service.index(), rows);
                    } catch (RuntimeException | Error e) {
                        chain.breakOff();
                        throw e;
                    }
                    long writing = System.nanoTime();
                    write(rows, written);
                    makingNanos.add(writing - making);
                    writingNanos.add(System.nanoTime() - writing);
                    int finished = done.incrementAndGet();
                    if (finished % Math.max(1, settings.services() / 20) == 0 || finished == settings.services()) {
                        log.info("{} of {} services written: {} events, {} rows, {} s", finished, settings.services(),
                                written.get(Table.EVENT).sum(), written.values().stream().mapToLong(LongAdder::sum).sum(),
                                (System.nanoTime() - started) / 1_000_000_000);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Generation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Generation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            workers.shutdownNow();
            database.afterBulkWrites();
        }
        write(chain.head(), written);
        log.info("Threads spent {} s making rows and {} s writing them", makingNanos.sum() / 1_000_000_000,
                writingNanos.sum() / 1_000_000_000);
        Map<String, Long> rows = new LinkedHashMap<>();
        written.forEach((table, count) -> rows.put(table.tableName(), count.sum()));
        return new Generation(settings, rows, (System.nanoTime() - started) / 1e9);
    }

    /** The group, its services and people, as the administrator would have added them. */
    private Rows group(ProviderPlan provider, Instant now, int days) {
        Rows rows = new Rows();
        Instant start = ProviderPlan.start(now, days);
        java.util.UUID org = provider.organisationId();
        rows.add(Table.ORGANISATION, org, provider.name(), true, start);
        String hash = passwords.encode(ProviderPlan.PASSWORD);
        Person admin = provider.admin();
        for (ServicePlan service : provider.services()) {
            rows.add(Table.SERVICE, service.id(), org, service.code(), service.name(), service.kind(), service.nation(), 0);
            rows.audit(new ServiceAdded(org, admin.id(), start, service.id(), service.code(), service.kind(),
                    service.nation()));
        }
        for (Person person : provider.everyone()) {
            rows.add(Table.PERSON, person.id(), org, person.username(), person.displayName(), null, hash, person.role(),
                    true, start, false, 0);
            Set<java.util.UUID> services = person.serviceId() == null ? Set.of() : Set.of(person.serviceId());
            services.forEach(s -> rows.add(Table.MEMBERSHIP, org, person.id(), s));
            rows.audit(new PersonAdded(org, admin.id(), start, person.id(), person.role(), services));
        }
        return rows;
    }

    private void write(Rows rows, Map<Table, LongAdder> written) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                rows.flush(connection, written);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write generated rows: " + e.getMessage(), e);
        }
    }

    /**
     * The organisation's audit chain, taken in turn: the group's entries first, then each service's in
     * the order of the list, whichever thread made them and however long it took, so that the same
     * settings give the same chain. Hashing is quick; only the writing runs side by side.
     */
    private static final class ChainTurns {

        private final ChainForBulkWrites chain;
        private int next = -1;
        private boolean broken;

        ChainTurns(ChainForBulkWrites chain) {
            this.chain = chain;
        }

        /** Chains these rows' audit entries when the entries of every earlier turn have been chained. */
        synchronized void take(int turn, Rows rows) {
            while (next != turn && !broken) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Generation interrupted", e);
                }
            }
            if (broken) {
                throw new IllegalStateException("Generation stopped: an earlier service failed");
            }
            rows.chain(chain);
            next++;
            notifyAll();
        }

        /** Releases every waiting turn when one of them has failed. */
        synchronized void breakOff() {
            broken = true;
            notifyAll();
        }

        /** The end of the chain, for {@code audit_chain_head}. */
        synchronized Rows head() {
            Rows rows = new Rows();
            rows.add(Table.AUDIT_CHAIN_HEAD, chain.head());
            return rows;
        }
    }

    /** Each service's number of events, in proportion to its size, adding up to exactly {@code events}. */
    static int[] shares(List<ServicePlan> services, int events) {
        double total = services.stream().mapToDouble(ServicePlan::weight).sum();
        int[] counts = new int[services.size()];
        double[] remainders = new double[services.size()];
        int given = 0;
        for (ServicePlan service : services) {
            double exact = events * service.weight() / total;
            counts[service.index()] = (int) Math.floor(exact);
            remainders[service.index()] = exact - counts[service.index()];
            given += counts[service.index()];
        }
        while (given < events) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        return counts;
    }
}
