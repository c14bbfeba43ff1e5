package io.tierbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import io.tierbench.api.classifier.ClassificationException;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.engine.ClassificationService;
import io.tierbench.api.engine.RunReport;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.api.repository.RunInfo.ClassifierRun;
import io.tierbench.api.repository.RunRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Hashtable;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.ExamFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.nat.internal.NativeTestContainerFactory;
import org.ops4j.pax.exam.options.UrlProvisionOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The engine's whiteboard in a plain Felix with only the bundles it needs: a classifier registered while the runtime
 * runs is used by the next run and gone once unregistered, and a classifier that throws fails its own part of the run
 * only, with the reason stored, while RFM completes.
 *
 * <p>The test installs the repository bundle itself, once its configuration points at a database under target/, so
 * nothing ever opens the default one. The framework serves the whole class; every test unregisters what it
 * registered.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@ExamFactory(NativeTestContainerFactory.class)
public class EngineBundlesIT {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(30);
    private static final String REPOSITORY = "tierbench.repository.h2";
    private static final String RFM = "rfm";

    @Inject
    private BundleContext bundleContext;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    private TrackedServices services;
    private ClassificationService classification;
    private RunRepository runs;

    /** Evaluated outside the framework, by the JUnit runner. */
    @Configuration
    public Option[] felix() {
        return options(
                junitBundles(),
                systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"),
                bundle("pax-logging-api"),
                bundle("org.apache.felix.configadmin"),
                bundle("org.osgi.util.function"),
                bundle("org.osgi.util.promise"),
                bundle("org.osgi.service.component"),
                bundle("org.apache.felix.scr"),
                bundle("org.apache.felix.metatype"),
                bundle("org.osgi.service.jdbc"),
                bundle("h2"),
                bundle("commons-io"),
                bundle("commons-codec"),
                bundle("commons-csv"),
                bundle("tierbench.api"),
                bundle("tierbench.engine"),
                bundle("tierbench.importer.csv"),
                bundle("tierbench.classifier.rfm"));
    }

    /** A bundle copied by the build into target/osgi-bundles (file names without versions). */
    private static UrlProvisionOption bundle(String name) {
        return CoreOptions.bundle(bundleLocation(name));
    }

    private static String bundleLocation(String name) {
        return Path.of(System.getProperty("tierbench.osgi.bundles"), name + ".jar").toUri().toString();
    }

    @Before
    public void startRepositoryAndImportSampleShop() throws Exception {
        startRepositoryOnTestDatabase();
        services = new TrackedServices(bundleContext, SERVICE_TIMEOUT);
        classification = services.await(ClassificationService.class, null);
        runs = services.await(RunRepository.class, null);
        SampleShop.importInto(services.await(Importer.class, "(tierbench.importer.extensions=csv)"),
                services.await(CustomerRepository.class, null), Path.of(System.getProperty("tierbench.samples")));
    }

    @After
    public void releaseServices() {
        services.close();
    }

    @Test
    public void aClassifierRegisteredAtRunTimeIsUsedByTheNextRunAndGoneOnceUnregistered() throws Exception {
        String id = "itest-buyers";
        RunReport with;
        ServiceRegistration<Classifier> registration = TestClassifiers.register(bundleContext, id,
                TestClassifiers.buyers());
        try {
            with = classification.classify(AS_OF);
        } finally {
            registration.unregister();
        }
        RunLabels labels = RunLabels.of(runs, with);
        assertTrue(with.toString(), RunLabels.succeeded(with, id));
        assertTrue(labels.toString(), labels.keys(id, TestClassifiers.BUYERS_SCHEME).contains("buyer"));
        assertEquals(with.customers(), labels.customers(id, TestClassifiers.BUYERS_SCHEME));
        assertTrue(RunLabels.succeeded(with, RFM));

        RunReport after = classification.classify(AS_OF);
        assertFalse(after.toString(), RunLabels.outcome(after, id).isPresent());
        assertFalse(RunLabels.of(runs, after).hasClassifier(id));
        assertTrue(RunLabels.succeeded(after, RFM));
    }

    @Test
    public void aClassifierThatThrowsFailsAloneWithItsReasonStoredWhileRfmCompletes() throws Exception {
        String declining = "itest-not-converging";
        String broken = "itest-broken";
        RunReport run;
        ServiceRegistration<Classifier> first = TestClassifiers.register(bundleContext, declining, context -> {
            throw new ClassificationException("model did not converge after 50 iterations");
        });
        ServiceRegistration<Classifier> second = TestClassifiers.register(bundleContext, broken, context -> {
            throw new IllegalStateException("index out of step");
        });
        try {
            run = classification.classify(AS_OF);
        } finally {
            first.unregister();
            second.unregister();
        }
        RunInfo stored = runs.run(run.runId()).orElseThrow();
        assertNotNull("run finished", stored.finishedAt());
        ClassifierRun notConverging = classifierRun(stored, declining);
        assertFalse(notConverging.succeeded());
        assertEquals("model did not converge after 50 iterations", notConverging.failureReason());
        ClassifierRun bug = classifierRun(stored, broken);
        assertFalse(bug.succeeded());
        assertEquals("IllegalStateException: index out of step", bug.failureReason());
        ClassifierRun rfm = classifierRun(stored, RFM);
        assertTrue(rfm.succeeded());
        assertNull(rfm.failureReason());

        RunLabels labels = RunLabels.of(runs, run);
        assertEquals(labels.toString(), run.customers(), labels.customers(RFM, "segment"));
        assertFalse(labels.hasClassifier(declining));
        assertFalse(labels.hasClassifier(broken));
    }

    /**
     * Points the repository at a fresh database under target/, then installs and starts its bundle: once for the
     * class, and never with the default database.
     */
    private void startRepositoryOnTestDatabase() throws Exception {
        if (Arrays.stream(bundleContext.getBundles()).anyMatch(b -> REPOSITORY.equals(b.getSymbolicName()))) {
            return;
        }
        Path directory = Path.of(System.getProperty("tierbench.exam.work"), "engine-bundles-db").toAbsolutePath();
        KarafProcess.deleteRecursively(directory);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("url", "jdbc:h2:file:" + directory.resolve("tierbench"));
        configurationAdmin.getConfiguration(REPOSITORY, null).update(properties);
        bundleContext.installBundle(bundleLocation(REPOSITORY)).start();
    }

    private static ClassifierRun classifierRun(RunInfo run, String classifierId) {
        return run.classifiers().stream().filter(c -> c.classifier().id().equals(classifierId)).findFirst()
                .orElseThrow(() -> new AssertionError("no part of " + classifierId + " in " + run));
    }
}
