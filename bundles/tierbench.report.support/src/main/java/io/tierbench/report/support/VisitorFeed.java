package io.tierbench.report.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns a visitor-style read ({@code forEachX(visitor)}) into an iterator, so that several sorted reads can be merged
 * in one pass. The read runs on a thread of its own and hands its items over in chunks through a bounded queue: it
 * is never more than {@code chunkSize * (chunksAhead + 2)} items ahead of the consumer, whatever the size of the
 * data.
 *
 * <p>The repository reads on a connection per call, so the read thread and the consumer do not share one. Closing
 * the feed before the end stops the read at its next item; the read's own failure is rethrown to the consumer.
 */
public final class VisitorFeed<T> implements Iterator<T>, AutoCloseable {

    private static final Object END = new Object();

    private final String name;
    private final int chunkSize;
    private final BlockingQueue<Object> queue;
    private final Thread reader;
    private volatile boolean closed;
    private Iterator<T> chunk = Collections.emptyIterator();
    private boolean ended;

    /**
     * @param name what is read, for the thread name and error messages, e.g. {@code purchase facts}
     * @param read starts the read with the given visitor, e.g. {@code v -> customers.forEachTag(v)}
     * @param chunkSize items per hand-over
     * @param chunksAhead chunks the read may queue before it waits for the consumer
     */
    public VisitorFeed(String name, Consumer<Consumer<T>> read, int chunkSize, int chunksAhead) {
        if (chunkSize < 1 || chunksAhead < 1) {
            throw new IllegalArgumentException("chunkSize and chunksAhead must be positive");
        }
        this.name = name;
        this.chunkSize = chunkSize;
        this.queue = new ArrayBlockingQueue<>(chunksAhead);
        this.reader = new Thread(() -> read(read), "tierbench-report " + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** A feed with chunks of 256 items, four ahead. */
    public static <T> VisitorFeed<T> of(String name, Consumer<Consumer<T>> read) {
        return new VisitorFeed<>(name, read, 256, 4);
    }

    private void read(Consumer<Consumer<T>> read) {
        List<List<T>> pending = new ArrayList<>(1);
        pending.add(new ArrayList<>(chunkSize));
        Object last = END;
        try {
            read.accept(item -> {
                if (closed) {
                    throw new Stopped();
                }
                List<T> current = pending.get(0);
                current.add(item);
                if (current.size() == chunkSize) {
                    handOver(current);
                    pending.set(0, new ArrayList<>(chunkSize));
                }
            });
        } catch (Stopped stopped) {
            return;
        } catch (RuntimeException | Error e) {
            last = new Failure(e);
        }
        try {
            if (!pending.get(0).isEmpty()) {
                handOver(pending.get(0));
            }
            handOver(last);
        } catch (Stopped stopped) {
            // closed meanwhile: nobody is left to tell
        }
    }

    /** Waits for room in bounded slices, so that a feed closed meanwhile is noticed without interrupting the read. */
    private void handOver(Object item) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            throw new IllegalStateException(name + ": feed closed");
        }
        while (!chunk.hasNext() && !ended) {
            Object next = take();
            if (next == END) {
                ended = true;
            } else if (next instanceof Failure failure) {
                ended = true;
                throw failure.rethrown(name);
            } else {
                @SuppressWarnings("unchecked")
                List<T> items = (List<T>) next;
                chunk = items.iterator();
            }
        }
        return chunk.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException(name + ": no more items");
        }
        return chunk.next();
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + name, e);
        }
    }

    /** Stops the read if it is still going and waits for its thread, so that its connection is closed on return. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.clear();
    }

    /** Unwinds the read once the consumer has gone. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private record Failure(Throwable cause) {
        RuntimeException rethrown(String name) {
            if (cause instanceof RuntimeException runtime) {
                return runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            return new IllegalStateException("reading " + name + " failed: " + cause, cause);
        }
    }
}
