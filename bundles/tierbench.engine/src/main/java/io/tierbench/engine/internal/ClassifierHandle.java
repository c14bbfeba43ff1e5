package io.tierbench.engine.internal;

import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.repository.ClassifierInfo;

/**
 * One classifier as found at the start of a run: its identity and a way to reach the service, which may have left
 * by the time it is called.
 */
interface ClassifierHandle {

    /** @return id, name and version from the service properties; configuration is read when the run reaches it */
    ClassifierInfo identity();

    /** @return the service, or {@code null} when it has left since the run started */
    Classifier acquire();

    /** @return whether the service is still registered */
    boolean isPresent();

    /** Releases what {@link #acquire()} obtained. */
    void release();

    /** @return the configuration PID: the service's {@code service.pid}, else {@code tierbench.classifier.<id>} */
    default String pid() {
        return ClassifierSelector.PID_PREFIX + identity().id();
    }
}
