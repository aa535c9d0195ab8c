package org.learnloop.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChainWalkTests {

    private static final UUID ORGANISATION = UUID.randomUUID();

    /** A chain of five entries as Learnloop writes it, with its head. */
    private record Chain(List<ChainedEntry> entries, ChainHead head, long highest, long outside) {

        static Chain ofFive() {
            List<ChainedEntry> entries = new ArrayList<>();
            String previous = ChainHash.GENESIS;
            for (long sequence = 1; sequence <= 5; sequence++) {
                EntryContent content = new EntryContent(ORGANISATION, UUID.randomUUID(), "CHANGE", "EVENT",
                        UUID.randomUUID(), "Reported OAK-2026-000" + sequence,
                        Instant.parse("2026-11-20T10:00:00Z").plusSeconds(sequence));
                String hash = ChainHash.of(sequence, content, previous);
                entries.add(new ChainedEntry(sequence, content, previous, hash));
                previous = hash;
            }
            return new Chain(entries, new ChainHead(5, previous), 5, 0);
        }

        Chain replace(long sequence, UnaryOperator<ChainedEntry> change) {
            List<ChainedEntry> changed = new ArrayList<>(entries.stream()
                    .map(e -> e.sequence() == sequence ? change.apply(e) : e).toList());
            return new Chain(changed, head, highest, outside);
        }

        Chain without(long sequence) {
            return new Chain(entries.stream().filter(e -> e.sequence() != sequence).toList(), head,
                    entries.stream().filter(e -> e.sequence() != sequence).mapToLong(ChainedEntry::sequence).max()
                            .orElse(0), outside);
        }

        Chain withHead(ChainHead other) {
            return new Chain(entries, other, highest, outside);
        }

        Chain withHighest(long other) {
            return new Chain(entries, head, other, outside);
        }

        Chain withOutside(long other) {
            return new Chain(entries, head, highest, other);
        }

        Verification walk() {
            ChainWalk walk = new ChainWalk(ORGANISATION, head);
            entries.stream().filter(e -> e.sequence() <= head.lastSequence()).forEach(walk::next);
            return walk.end(highest, outside);
        }
    }

    private static ChainedEntry describedAs(ChainedEntry entry, String description) {
        EntryContent c = entry.content();
        return new ChainedEntry(entry.sequence(), new EntryContent(c.organisationId(), c.actorId(), c.action(),
                c.subjectType(), c.subjectId(), description, c.at()), entry.previousHash(), entry.hash());
    }

    private static ChainedEntry rehashed(ChainedEntry entry) {
        return new ChainedEntry(entry.sequence(), entry.content(), entry.previousHash(), ChainHash.of(entry));
    }

    static Stream<Arguments> brokenChains() {
        Chain chain = Chain.ofFive();
        return Stream.of(
                Arguments.of("description changed", chain.replace(3, e -> describedAs(e, "Reported nothing")),
                        3L, ChainProblem.ENTRY_CHANGED),
                Arguments.of("hash emptied", chain.replace(2, e -> new ChainedEntry(2, e.content(), e.previousHash(), null)),
                        2L, ChainProblem.ENTRY_CHANGED),
                Arguments.of("description changed and its hash recomputed",
                        chain.replace(3, e -> rehashed(describedAs(e, "Reported nothing"))), 4L, ChainProblem.LINK_BROKEN),
                Arguments.of("first entry deleted", chain.without(1), 1L, ChainProblem.ENTRY_MISSING),
                Arguments.of("middle entry deleted", chain.without(3), 3L, ChainProblem.ENTRY_MISSING),
                Arguments.of("last entry deleted", chain.without(5), 5L, ChainProblem.ENTRY_MISSING),
                Arguments.of("previous hash changed", chain.replace(4, e -> new ChainedEntry(4, e.content(),
                        "f".repeat(64), e.hash())), 4L, ChainProblem.LINK_BROKEN),
                Arguments.of("end of chain changed", chain.withHead(new ChainHead(5, "e".repeat(64))), 5L,
                        ChainProblem.END_CHANGED),
                Arguments.of("entry slipped in beyond the end", chain.withHighest(9), 9L, ChainProblem.BEYOND_END),
                Arguments.of("end moved back over the last entry", chain.withHead(new ChainHead(4,
                        chain.entries().get(3).hash())), 5L, ChainProblem.BEYOND_END),
                Arguments.of("entry outside the chain", chain.withOutside(1), null, ChainProblem.OUTSIDE_CHAIN));
    }

    @ParameterizedTest(name = "{0}: entry {2}, {3}")
    @MethodSource("brokenChains")
    void firstBrokenLinkIsNamed(String tampering, Chain chain, Long sequence, ChainProblem problem) {
        Verification verification = chain.walk();

        assertThat(verification.intact()).as(tampering).isFalse();
        assertThat(verification.firstBrokenLink())
                .as(tampering)
                .isEqualTo(new BrokenLink(ORGANISATION, sequence, problem));
    }

    @Test
    void chainAsWrittenIsIntact() {
        Verification verification = Chain.ofFive().walk();

        assertThat(verification.intact()).as("untouched chain").isTrue();
        assertThat(verification.entries()).isEqualTo(5);
        assertThat(verification.organisations()).isEqualTo(1);
    }

    @Test
    void emptyChainIsIntact() {
        assertThat(new ChainWalk(ORGANISATION, ChainHead.EMPTY).end(0, 0).intact()).isTrue();
    }

    @Test
    void onlyTheFirstBrokenLinkIsKeptButEveryEntryIsCounted() {
        Chain chain = Chain.ofFive().replace(2, e -> describedAs(e, "x")).replace(4, e -> describedAs(e, "y"));

        Verification verification = chain.walk();

        assertThat(verification.firstBrokenLink().sequence()).as("the first of two changed entries").isEqualTo(2);
        assertThat(verification.entries()).isEqualTo(5);
    }

    @Test
    void brokenLinkDescribesOrganisationEntryAndProblem() {
        BrokenLink link = new BrokenLink(ORGANISATION, 12L, ChainProblem.ENTRY_CHANGED);

        assertThat(link.describe()).isEqualTo("organisation " + ORGANISATION
                + ", entry 12: the entry was changed after it was recorded: what it says no longer matches its hash");
    }
}
