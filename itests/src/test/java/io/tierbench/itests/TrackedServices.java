package io.tierbench.itests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Services a test waits for with a deadline (event-driven, through service trackers), held until {@link #close()}
 * releases them.
 */
final class TrackedServices implements AutoCloseable {

    private final BundleContext bundleContext;
    private final Duration timeout;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    TrackedServices(BundleContext bundleContext, Duration timeout) {
        this.bundleContext = bundleContext;
        this.timeout = timeout;
    }

    /**
     * @param type the service interface
     * @param filter an LDAP filter on the service properties, or {@code null}
     * @return the service, once registered
     * @throws AssertionError when none is registered within the timeout
     */
    <T> T await(Class<T> type, String filter) throws InvalidSyntaxException, InterruptedException {
        String objectClass = "(objectClass=" + type.getName() + ")";
        return type.cast(awaitMatching(filter == null ? objectClass : "(&" + objectClass + filter + ")"));
    }

    /**
     * @param filter an LDAP filter on the service properties, {@code objectClass} included
     * @return a service matching it, once registered
     * @throws AssertionError when none is registered within the timeout
     */
    Object awaitMatching(String filter) throws InvalidSyntaxException, InterruptedException {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(bundleContext, bundleContext.createFilter(filter),
                null);
        trackers.add(tracker);
        tracker.open();
        Object service = tracker.waitForService(timeout.toMillis());
        if (service == null) {
            throw new AssertionError("no service " + filter + " within " + timeout);
        }
        return service;
    }

    @Override
    public void close() {
        trackers.forEach(ServiceTracker::close);
        trackers.clear();
    }
}
