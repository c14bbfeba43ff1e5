package io.tierbench.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class VisitorFeedTest {

    @Test
    void handsOverEveryItemInOrder() {
        List<Integer> seen = new ArrayList<>();
        try (VisitorFeed<Integer> feed = new VisitorFeed<>("numbers", numbers(10_007), 100, 3)) {
            feed.forEachRemaining(seen::add);
        }
        assertEquals(10_007, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void neverReadsMoreThanItsBoundAheadOfTheConsumer() {
        AtomicLong produced = new AtomicLong();
        AtomicLong consumed = new AtomicLong();
        AtomicLong maxAhead = new AtomicLong();
        Consumer<Consumer<Integer>> read = visitor -> {
            for (int i = 0; i < 100_000; i++) {
                maxAhead.accumulateAndGet(produced.incrementAndGet() - consumed.get(), Math::max);
                visitor.accept(i);
            }
        };
        try (VisitorFeed<Integer> feed = new VisitorFeed<>("numbers", read, 64, 2)) {
            while (feed.hasNext()) {
                feed.next();
                consumed.incrementAndGet();
            }
        }
        assertEquals(100_000, consumed.get());
        assertTrue(maxAhead.get() <= 64 * (2 + 2), "read ahead by " + maxAhead.get());
    }

    @Test
    void theReadsFailureReachesTheConsumerAfterTheItemsBeforeIt() {
        IllegalStateException failure = new IllegalStateException("disk gone");
        List<Integer> seen = new ArrayList<>();
        try (VisitorFeed<Integer> feed = new VisitorFeed<>("failing", visitor -> {
            visitor.accept(1);
            visitor.accept(2);
            throw failure;
        }, 10, 1)) {
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> feed.forEachRemaining(seen::add));
            assertSame(failure, thrown);
        }
        assertEquals(List.of(1, 2), seen);
    }

    @Test
    void closingEarlyStopsTheRead() {
        AtomicInteger visited = new AtomicInteger();
        AtomicInteger stoppedWith = new AtomicInteger(-1);
        Consumer<Consumer<Integer>> endless = visitor -> {
            try {
                for (int i = 0; ; i++) {
                    visited.incrementAndGet();
                    visitor.accept(i);
                }
            } catch (RuntimeException e) {
                stoppedWith.set(visited.get());
                throw e;
            }
        };
        VisitorFeed<Integer> feed = new VisitorFeed<>("endless", endless, 16, 1);
        assertEquals(0, feed.next());
        feed.close();

        assertTrue(stoppedWith.get() > 0, "the read was stopped by an exception from its visitor");
        assertTrue(stoppedWith.get() <= 16 * 3 + 1, "stopped after " + stoppedWith.get() + " items");
        assertThrows(IllegalStateException.class, feed::hasNext);
    }

    @Test
    void anEmptyReadEndsAtOnce() {
        try (VisitorFeed<Integer> feed = VisitorFeed.of("nothing", visitor -> { })) {
            assertFalse(feed.hasNext());
        }
    }

    private static Consumer<Consumer<Integer>> numbers(int count) {
        return visitor -> {
            for (int i = 0; i < count; i++) {
                visitor.accept(i);
            }
        };
    }
}
