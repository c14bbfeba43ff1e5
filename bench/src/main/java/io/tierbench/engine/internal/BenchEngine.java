package io.tierbench.engine.internal;

import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.engine.RunReport;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunRepository;
import java.time.LocalDate;
import java.util.List;

/**
 * The engine's own run path (shared facts, execution, storage) driven without OSGi, so the benchmark measures what a
 * real run does. It sits in the engine's package because the engine keeps those classes private to its bundle.
 */
public final class BenchEngine {

    private BenchEngine() {
    }

    public static RunReport run(CustomerRepository customers, RunRepository runs, LocalDate asOf,
            ClassifierInfo identity, Classifier classifier) {
        ClassifierHandle handle = new ClassifierHandle() {
            @Override
            public ClassifierInfo identity() {
                return identity;
            }

            @Override
            public Classifier acquire() {
                return classifier;
            }

            @Override
            public boolean isPresent() {
                return true;
            }

            @Override
            public void release() {
            }
        };
        return new RunExecutor(runs).execute(new RunContext(customers, asOf), List.of(handle));
    }
}
