package io.tierbench.rest.internal;

import io.tierbench.api.engine.ClassificationService;
import io.tierbench.api.engine.RunReport;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunRepository;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts classification runs off the request thread, one at a time, and finds the run each request became.
 *
 * <p>{@link ClassificationService#classify} names its run only when it returns; the engine stores the run as it
 * starts, though, so while it works the request's run is the first unfinished run with the request's as-of date
 * stored after the request was made. A run started at the same moment from the shell with the same date could be
 * taken for it; the request's own answer, once it returns, is exact.
 */
final class RunLauncher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunLauncher.class);
    private static final long POLL_MILLIS = 20;

    /** A run asked for through the API. */
    static final class Request {
        private final String id;
        private final LocalDate asOf;
        private final long lastRunBefore;
        private final String user;
        private final CompletableFuture<RunReport> outcome = new CompletableFuture<>();
        private volatile Long runId;

        Request(String id, LocalDate asOf, long lastRunBefore, String user) {
            this.id = id;
            this.asOf = asOf;
            this.lastRunBefore = lastRunBefore;
            this.user = user;
        }

        String id() {
            return id;
        }

        LocalDate asOf() {
            return asOf;
        }

        String user() {
            return user;
        }

        /** @return queued, running, finished or failed */
        String status() {
            if (outcome.isCompletedExceptionally()) {
                return "failed";
            }
            return outcome.isDone() ? "finished" : runId == null ? "queued" : "running";
        }

        Long runId() {
            return runId;
        }

        /** @return why the run failed, or {@code null} */
        String failure() {
            if (!outcome.isCompletedExceptionally()) {
                return null;
            }
            try {
                outcome.join();
                return null;
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            }
        }
    }

    private final RunRepository runs;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "tierbench-rest-runs");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Request> requests = new ConcurrentHashMap<>();

    RunLauncher(RunRepository runs) {
        this.runs = runs;
    }

    Request start(ClassificationService service, LocalDate asOf, String user) {
        long lastRunBefore = runs.runs().stream().mapToLong(RunInfo::runId).max().orElse(0);
        Request request = new Request(UUID.randomUUID().toString(), asOf, lastRunBefore, user);
        requests.put(request.id(), request);
        executor.execute(() -> {
            try {
                RunReport report = service.classify(asOf);
                request.runId = report.runId();
                request.outcome.complete(report);
                LOG.info("Run {} as of {} asked for by {} finished in {} ms", report.runId(), asOf, user,
                        report.elapsed().toMillis());
            } catch (RuntimeException | LinkageError e) {
                request.outcome.completeExceptionally(e);
                LOG.error("Run as of {} asked for by {} failed", asOf, user, e);
            }
        });
        return request;
    }

    /**
     * Waits until the request's run is stored, the request ends, or the time is up.
     *
     * @return the request's run id, or empty when it has not started within the time
     */
    Optional<Long> awaitRun(Request request, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<Long> found = findRun(request);
            if (found.isPresent() || request.outcome.isDone() || System.nanoTime() >= deadline) {
                return found;
            }
            try {
                request.outcome.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // not done yet, or failed: looked at on the next turn
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return findRun(request);
            }
        }
    }

    /** @return the request, its run id filled in when the run is stored */
    Optional<Request> request(String id) {
        Request request = requests.get(id);
        if (request != null) {
            findRun(request);
        }
        return Optional.ofNullable(request);
    }

    private Optional<Long> findRun(Request request) {
        if (request.runId == null) {
            runs.runs().stream()
                    .filter(run -> run.runId() > request.lastRunBefore && run.asOf().equals(request.asOf())
                            && run.finishedAt() == null)
                    .mapToLong(RunInfo::runId).min()
                    .ifPresent(id -> request.runId = id);
        }
        return Optional.ofNullable(request.runId);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
