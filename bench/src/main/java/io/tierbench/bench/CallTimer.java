package io.tierbench.bench;

import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;

/**
 * Wraps a repository so that the time spent inside each transaction call is added up by method name. The importer
 * calls the repository once per batch of 1 000 rows (and asks about a customer once per customer it has not seen
 * lately), so the wrapping costs nothing measurable, and what is left of the wall time is the importer's own work:
 * reading, parsing and validating rows.
 */
final class CallTimer {

    private final Map<String, Long> nanos = new TreeMap<>();

    CustomerRepository wrap(CustomerRepository repository) {
        return proxy(CustomerRepository.class, (self, method, args) -> {
            Object result = invoke(repository, method, args);
            return method.getName().equals("begin")
                    ? timed((RepositoryTransaction) result) : result;
        });
    }

    /** @return milliseconds spent inside each call, by method name, since the timer was made */
    Map<String, Long> millis() {
        Map<String, Long> millis = new TreeMap<>();
        nanos.forEach((name, total) -> millis.put(name, total / 1_000_000));
        return millis;
    }

    private RepositoryTransaction timed(RepositoryTransaction transaction) {
        return proxy(RepositoryTransaction.class, (self, method, args) -> {
            long started = System.nanoTime();
            try {
                return invoke(transaction, method, args);
            } finally {
                nanos.merge(method.getName(), System.nanoTime() - started, Long::sum);
            }
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
