package com.jobmatch.resume.work;

import com.jobmatch.resume.config.ResumeConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads documents (text extracted and structured) on threads of its own, each within resume.work.parse-timeout. The
 * worker waits no longer than that: a document past it is given up and its thread interrupted (PDF and DOCX reading
 * stop at the next page or element), so no document holds a worker or its queue step for long, however it is made.
 * There are as many reading threads as workers, so reading uses no more CPU than it did on the workers themselves;
 * a reading that ignores the interrupt keeps its thread until it ends, and while every thread is kept so, further
 * readings are refused at once ({@link Busy}) rather than queued behind it.
 */
@ApplicationScoped
public class BoundedReader {

    /** One reading: a document's text and structure, or why it has none. */
    @FunctionalInterface
    public interface Reading<T> {
        T read() throws IOException;
    }

    /** The document was not read within the time limit. */
    public static final class TooSlow extends Exception {
        TooSlow(Duration limit) {
            super("reading took longer than " + limit);
        }
    }

    /** Every reading thread is still held by a document past its time limit; try again later. */
    public static final class Busy extends Exception {
        Busy() {
            super("every reading thread is busy");
        }
    }

    private final ExecutorService pool;
    private final Duration limit;

    public BoundedReader(ResumeConfig config) {
        this.limit = config.work().parseTimeout();
        int threads = WorkRunner.workerCount(config);
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new SynchronousQueue<>(),
                task -> Thread.ofPlatform().daemon().name("resume-read-" + count.getAndIncrement()).unstarted(task));
    }

    /** The limit, for the reason given to a document's owner. */
    public Duration limit() {
        return limit;
    }

    /** Runs the reading and waits for it at most the limit; the reading's own IOException or runtime failure passes through. */
    public <T> T read(Reading<T> reading) throws TooSlow, Busy, IOException, InterruptedException {
        Future<T> future;
        try {
            future = pool.submit(reading::read);
        } catch (RejectedExecutionException e) {
            throw new Busy();
        }
        try {
            return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new TooSlow(limit);
        } catch (InterruptedException e) {
            // The worker is being stopped: the reading is of no use to anyone any more.
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
