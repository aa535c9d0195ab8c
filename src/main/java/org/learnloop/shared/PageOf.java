package org.learnloop.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as the API answers it: {@code items}, {@code page}, {@code size}, {@code total}. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** A page request, clamped to sensible bounds. */
    public record Request(int page, int size) {

        public Request {
            if (page < 0) {
                throw InvalidRequest.of("page", "Page must be 0 or more");
            }
            if (size < 1 || size > MAX_SIZE) {
                throw InvalidRequest.of("size", "Size must be between 1 and " + MAX_SIZE);
            }
        }

        public static Request of(Integer page, Integer size) {
            return new Request(page == null ? 0 : page, size == null ? 50 : size);
        }

        public long offset() {
            return (long) page * size;
        }
    }
}
