package org.learnloop.generator;

import java.util.Map;

/** What a run of the generator wrote: rows per table, and how long it took. */
record Generation(GeneratorSettings settings, Map<String, Long> rows, double seconds) {

    long total() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    long events() {
        return rows.getOrDefault("event", 0L);
    }

    /** The figures, one table a line, for the log and the benchmark results. */
    String report() {
        StringBuilder text = new StringBuilder();
        text.append("Generated %,d services, %,d events over %d years (seed %d) in %.1f s: %,d rows, %,.0f rows/s%n"
                .formatted(settings.services(), events(), settings.years(), settings.seed(), seconds, total(),
                        total() / Math.max(seconds, 0.001)));
        rows.forEach((table, count) -> text.append("  %-24s %,12d%n".formatted(table, count)));
        return text.toString();
    }
}
