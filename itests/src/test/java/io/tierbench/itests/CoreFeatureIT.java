package io.tierbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierService;
import io.tierbench.api.engine.ClassificationService;
import io.tierbench.api.engine.RunReport;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RunRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Set;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.ExamFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.container.internal.KarafTestContainerFactory;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The built distribution archive, booted by Pax Exam's Karaf container with tierbench-core as its boot feature, driven
 * through its services: a plugin bundle installed at run time is used by the next run and gone once uninstalled, and
 * a change of the RFM configuration through Config Admin changes the next run. No restart.
 *
 * <p>One Karaf serves the whole class (booting it takes most of the time); every test imports the sample shop itself
 * (an upsert) and undoes what it changed, so none depends on another or on their order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@ExamFactory(KarafTestContainerFactory.class)
public class CoreFeatureIT {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String PLUGIN = "big-spender";
    private static final String RFM = "rfm";
    private static final String RFM_PID = "tierbench.classifier.rfm";
    private static final String SEGMENT_LABELS_ZH = "segment.labels.zh";
    /** Matches the services of components configured from a file in etc/. */
    private static final String FROM_ETC = "(felix.fileinstall.filename=*)";

    @Inject
    private BundleContext bundleContext;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    private TrackedServices services;
    private ClassificationService classification;
    private RunRepository runs;

    /** Evaluated outside the container, by the JUnit runner. */
    @Configuration
    public Option[] karaf() throws IOException {
        return KarafContainerOptions.distribution("core-feature",
                KarafContainerOptions.propagate("tierbench.example.plugin"));
    }

    /**
     * At first boot FileInstall turns the configfiles of tierbench-core into configurations a second or so after the
     * features started, and the repository, the engine and RFM restart then. Only services obtained afterwards are
     * current, and only then would a configuration change made here not be overwritten by the files.
     */
    @Before
    public void awaitShippedConfigurationAndImportSampleShop() throws Exception {
        services = new TrackedServices(bundleContext, DEADLINE);
        services.awaitMatching("(&(objectClass=io.tierbench.repository.h2.internal.H2Database)" + FROM_ETC + ")");
        services.await(Classifier.class, "(&(" + ClassifierService.ID + "=" + RFM + ")" + FROM_ETC + ")");
        classification = services.await(ClassificationService.class, null);
        runs = services.await(RunRepository.class, null);
        SampleShop.importInto(services.await(Importer.class, "(tierbench.importer.extensions=csv)"),
                services.await(CustomerRepository.class, null), Path.of(System.getProperty("karaf.home"), "samples"));
    }

    @After
    public void releaseServices() {
        services.close();
    }

    @Test
    public void aPluginInstalledAtRunTimeLabelsTheNextRunNextToRfm() throws Exception {
        Bundle plugin = installExamplePlugin();
        try {
            RunReport run = awaitRunWith(PLUGIN);
            RunLabels labels = RunLabels.of(runs, run);
            assertEquals(labels.toString(), Set.of("big-spender", "regular"), labels.keys(PLUGIN, "spend"));
            assertEquals("大额客户", labels.label(PLUGIN, "spend", "big-spender").orElseThrow().zh());
            assertEquals(run.customers(), labels.customers(PLUGIN, "spend"));
            assertTrue(RunLabels.succeeded(run, RFM));
            assertTrue(labels.toString(), labels.keys(RFM, "segment").contains("champions"));
            assertEquals(run.customers(), labels.customers(RFM, "segment"));
        } finally {
            plugin.uninstall();
        }
    }

    @Test
    public void aPluginUninstalledAtRunTimeIsGoneFromTheNextRun() throws Exception {
        Bundle plugin = installExamplePlugin();
        try {
            awaitRunWith(PLUGIN);
        } finally {
            plugin.uninstall();
        }
        // Uninstalling stops the bundle, and stopping it unregisters its components' services before returning.
        RunReport next = classification.classify(AS_OF);
        RunLabels labels = RunLabels.of(runs, next);
        assertFalse(next.toString(), RunLabels.outcome(next, PLUGIN).isPresent());
        assertFalse(labels.toString(), labels.hasClassifier(PLUGIN));
        assertTrue(RunLabels.succeeded(next, RFM));
        assertTrue(labels.toString(), labels.keys(RFM, "segment").contains("champions"));
    }

    @Test
    public void aChangedRfmConfigurationChangesTheNextRun() throws Exception {
        org.osgi.service.cm.Configuration rfm = configurationAdmin.getConfiguration(RFM_PID, null);
        Dictionary<String, Object> shipped = rfm.getProperties();
        assertNotNull("the configuration from etc/" + RFM_PID + ".cfg", shipped);
        assertEquals("冠军客户", championsZh(classification.classify(AS_OF)));
        try {
            Hashtable<String, Object> changed = new Hashtable<>();
            Collections.list(shipped.keys()).forEach(key -> changed.put(key, shipped.get(key)));
            changed.put(SEGMENT_LABELS_ZH, "Champions=王牌客户");
            rfm.update(changed);
            RunReport run = Await.until(DEADLINE, "a run with the new Chinese label",
                    () -> classifyWith(rfm, changed), r -> "王牌客户".equals(championsZh(r)));
            assertTrue(RunLabels.succeeded(run, RFM));
        } finally {
            rfm.update(shipped);
        }
        Await.until(DEADLINE, "a run with the shipped Chinese label again", () -> classifyWith(rfm, shipped),
                r -> "冠军客户".equals(championsZh(r)));
    }

    /**
     * Classifies once the configuration holds the wanted label setting. File Install saves every Config Admin update
     * back to etc/ and watches that folder; seen once in about twenty runs, its first scan after the boot overwrote
     * an update made right after the boot, so an update found reverted is made again.
     */
    private RunReport classifyWith(org.osgi.service.cm.Configuration rfm, Dictionary<String, Object> wanted)
            throws Exception {
        Object current = rfm.getProperties().get(SEGMENT_LABELS_ZH);
        if (!String.valueOf(wanted.get(SEGMENT_LABELS_ZH)).equals(String.valueOf(current))) {
            rfm.update(wanted);
        }
        return classification.classify(AS_OF);
    }

    private Bundle installExamplePlugin() throws Exception {
        Path jar = Path.of(System.getProperty("tierbench.example.plugin"));
        Bundle plugin = bundleContext.installBundle(jar.toUri().toString());
        try {
            plugin.start();
        } catch (BundleException | RuntimeException e) {
            plugin.uninstall();
            throw e;
        }
        return plugin;
    }

    private RunReport awaitRunWith(String classifierId) throws Exception {
        return Await.until(DEADLINE, "a run in which " + classifierId + " completed",
                () -> classification.classify(AS_OF), r -> RunLabels.succeeded(r, classifierId));
    }

    /** @return the Chinese label of the champions segment, or {@code null} when RFM stored none in the run */
    private String championsZh(RunReport run) {
        return RunLabels.of(runs, run).label(RFM, "segment", "champions").map(Label::zh).orElse(null);
    }
}
