package org.learnloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SqlTests {

    @Test
    void aLongListOfKeysIsQueriedInChunksEachKeyOnceAndTheAnswersJoinedInOrder() {
        List<Integer> keys = new ArrayList<>(IntStream.range(0, 1_234).boxed().toList());
        keys.addAll(List.of(7, 8, 9));
        List<Set<Integer>> chunks = new ArrayList<>();

        List<String> answers = Sql.inChunks(keys, chunk -> {
            chunks.add(chunk);
            return chunk.stream().sorted().map(k -> "row " + k).toList();
        });

        assertThat(chunks).extracting(Set::size).containsExactly(500, 500, 234);
        assertThat(chunks.stream().flatMap(Set::stream).sorted().toList()).as("each key asked for once")
                .isEqualTo(IntStream.range(0, 1_234).boxed().toList());
        assertThat(answers).hasSize(1_234).startsWith("row 0", "row 1").endsWith("row 1233");
    }

    @Test
    void aShortListIsOneQueryAndNoKeysNone() {
        List<Set<Integer>> chunks = new ArrayList<>();
        assertThat(Sql.inChunks(List.of(3, 1, 2), chunk -> {
            chunks.add(chunk);
            return List.copyOf(chunk);
        })).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(chunks).hasSize(1);

        assertThat(Sql.<Integer, Integer>inChunks(List.of(), chunk -> {
            chunks.add(chunk);
            return List.of();
        })).isEmpty();
        assertThat(chunks).as("no query for no keys").hasSize(1);
    }
}
