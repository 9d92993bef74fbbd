package app.gaitway.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Requests that reach the server at the same moment: each task on a thread of its own, all held at one gate until
 * every thread is ready, then released together. The answers come back in the order of the tasks; a task that
 * fails or does not answer in time fails the race, with its cause.
 */
public final class Race {

    /** Long enough for a slow request on a loaded machine, short enough that a hung one fails the test. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Race() {}

    @SafeVarargs
    public static <T> List<T> together(Callable<T>... tasks) {
        return together(List.of(tasks));
    }

    public static <T> List<T> together(List<? extends Callable<T>> tasks) {
        CyclicBarrier gate = new CyclicBarrier(tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> task : tasks) {
                running.add(pool.submit(() -> {
                    gate.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : running) {
                answers.add(answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            }
            return answers;
        } catch (ExecutionException e) {
            throw new AssertionError("a request of the race failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("a request of the race did not answer within " + TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the race", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
