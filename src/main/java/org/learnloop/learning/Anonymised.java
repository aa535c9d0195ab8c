package org.learnloop.learning;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Text with its identifying details replaced by placeholders, and how many of each kind were
 * removed, so that the person sharing it can see what was taken out. The removed details
 * themselves are not kept.
 */
public record Anonymised(String text, Map<IdentifyingDetail, Integer> removed) {

    public Anonymised {
        EnumMap<IdentifyingDetail, Integer> counts = new EnumMap<>(IdentifyingDetail.class);
        removed.forEach((kind, count) -> {
            if (count != null && count > 0) {
                counts.put(kind, count);
            }
        });
        removed = Collections.unmodifiableMap(counts);
    }

    /** How many details of this kind were removed. */
    public int count(IdentifyingDetail kind) {
        return removed.getOrDefault(kind, 0);
    }

    /** How many details were removed in all. */
    public int total() {
        return removed.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean nothingRemoved() {
        return removed.isEmpty();
    }

    /** The counts of two texts together, for example a lesson's title and summary. */
    public static Map<IdentifyingDetail, Integer> sum(Anonymised first, Anonymised second) {
        EnumMap<IdentifyingDetail, Integer> counts = new EnumMap<>(IdentifyingDetail.class);
        counts.putAll(first.removed());
        second.removed().forEach((kind, count) -> counts.merge(kind, count, Integer::sum));
        return counts;
    }
}
