package io.tierbench.itests;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Repeats an action until its result satisfies a condition, or fails once a deadline has passed. There is no sleep
 * between attempts: the actions used here (a classification run) pace the loop themselves.
 */
final class Await {

    /** An action that may throw, such as a classification run or an import. */
    @FunctionalInterface
    interface Attempt<T> {
        T get() throws Exception;
    }

    private Await() {
    }

    /**
     * @param timeout how long to keep trying
     * @param what the awaited state, for the failure message
     * @param attempt the action to repeat
     * @param condition what its result must satisfy
     * @return the first result that satisfies the condition
     * @throws AssertionError with the last result when the deadline passes first
     */
    static <T> T until(Duration timeout, String what, Attempt<T> attempt, Predicate<? super T> condition)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        T result = attempt.get();
        while (!condition.test(result)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": not reached within " + timeout + "; last result: " + result);
            }
            result = attempt.get();
        }
        return result;
    }
}
