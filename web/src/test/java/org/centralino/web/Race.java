package org.centralino.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Sends {@code n} requests at once (each thread waits at a gate opened when all are queued) to provoke races. */
final class Race {
    /** One request of the race; {@code i} tells the racers apart. */
    @FunctionalInterface
    interface Request {
        Api.Resp send(int i) throws Exception;
    }

    private Race() {
    }

    /** The answers, in the racers' order. */
    static List<Api.Resp> run(int n, Request request) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Resp>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            for (int i = 0; i < n; i++) {
                int racer = i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return request.send(racer);
                }));
            }
            go.countDown();
            List<Api.Resp> out = new ArrayList<>();
            for (Future<Api.Resp> f : answers) {
                out.add(f.get());
            }
            return out;
        }
    }
}
