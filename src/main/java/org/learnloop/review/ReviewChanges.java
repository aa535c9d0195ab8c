package org.learnloop.review;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed in a review's write-up between two versions, part by part: what happened, the
 * contributory factors added and removed, and the findings added, removed and reworded. A manager
 * whose save was refused reads it to see what a colleague changed while they were editing.
 * <p>
 * Findings are matched by their id; a finding with the same words under a new id (a write-up sent
 * through the API without ids) is the same finding, not one removed and one added.
 */
public record ReviewChanges(boolean summaryChanged, String summaryBefore, String summaryAfter,
        List<ContributoryFactor> factorsAdded, List<ContributoryFactor> factorsRemoved, List<Finding> findingsAdded,
        List<Finding> findingsRemoved, List<ChangedFinding> findingsChanged) {

    /** A finding kept under the same id with other words. */
    public record ChangedFinding(UUID id, String before, String after) {
    }

    public static ReviewChanges between(ReviewVersion before, ReviewVersion after) {
        String summaryBefore = blankAsNull(before.summary());
        String summaryAfter = blankAsNull(after.summary());

        Set<ContributoryFactor> added = factors(after.contributoryFactors());
        added.removeAll(before.contributoryFactors());
        Set<ContributoryFactor> removed = factors(before.contributoryFactors());
        removed.removeAll(after.contributoryFactors());

        Map<UUID, Finding> beforeById = byId(before.findings());
        Map<UUID, Finding> afterById = byId(after.findings());
        List<Finding> findingsAdded = new ArrayList<>(after.findings().stream().filter(f -> !beforeById.containsKey(f.id())).toList());
        List<Finding> findingsRemoved = new ArrayList<>(before.findings().stream().filter(f -> !afterById.containsKey(f.id())).toList());
        for (Iterator<Finding> it = findingsAdded.iterator(); it.hasNext();) {
            Finding finding = it.next();
            if (findingsRemoved.removeIf(gone -> gone.text().equals(finding.text()))) {
                it.remove();
            }
        }
        List<ChangedFinding> findingsChanged = after.findings().stream()
                .filter(f -> beforeById.containsKey(f.id()) && !beforeById.get(f.id()).text().equals(f.text()))
                .map(f -> new ChangedFinding(f.id(), beforeById.get(f.id()).text(), f.text()))
                .toList();

        return new ReviewChanges(!Objects.equals(summaryBefore, summaryAfter), summaryBefore, summaryAfter,
                List.copyOf(added), List.copyOf(removed), List.copyOf(findingsAdded), List.copyOf(findingsRemoved),
                findingsChanged);
    }

    /** True when the two versions say the same. */
    public boolean none() {
        return !summaryChanged && factorsAdded.isEmpty() && factorsRemoved.isEmpty() && findingsAdded.isEmpty()
                && findingsRemoved.isEmpty() && findingsChanged.isEmpty();
    }

    private static Set<ContributoryFactor> factors(Set<ContributoryFactor> factors) {
        return factors.isEmpty() ? EnumSet.noneOf(ContributoryFactor.class) : EnumSet.copyOf(factors);
    }

    private static Map<UUID, Finding> byId(List<Finding> findings) {
        return findings.stream().collect(Collectors.toMap(Finding::id, Function.identity(), (a, b) -> a));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
