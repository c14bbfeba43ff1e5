package io.tierbench.rest.internal;

import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.report.ReportGenerator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plugins installed now: classifiers with their configuration descriptions, importers and report generators.
 * Looked up at each request, so a bundle installed or removed is seen at once.
 */
interface Plugins {

    /**
     * @param language {@code en} or {@code zh}, for the configuration descriptions
     * @return every installed classifier, by id
     */
    List<InstalledClassifier> classifiers(String language);

    /**
     * @param id a classifier's id
     * @return the classifier, or empty when none has the id; the caller closes it
     */
    Optional<Held<Classifier>> classifier(String id);

    /**
     * @param extension a file name ending, lower case, without the dot
     * @return the importers of that ending, highest service ranking first; the caller closes each
     */
    List<Held<Importer>> importers(String extension);

    /**
     * @param id a report generator's id
     * @return the generator, or empty when none has the id; the caller closes it
     */
    Optional<Held<ReportGenerator>> reportGenerator(String id);

    /** @return the ids of the installed report generators, sorted */
    List<String> reportGeneratorIds();

    /**
     * A service held until closed.
     *
     * @param id the plugin's id
     * @param properties its service properties that the API shows (e.g. the report format)
     * @param service the service object
     * @param release gives the service back
     */
    record Held<T>(String id, Map<String, String> properties, T service, Runnable release) implements AutoCloseable {

        @Override
        public void close() {
            release.run();
        }
    }

    /**
     * @param id the classifier's id
     * @param name its name
     * @param version its version
     * @param pid its configuration PID: its {@code service.pid}, else {@code tierbench.classifier.<id>}
     * @param configuration its effective configuration, as it reports it
     * @param descriptions the metatype descriptions of its bundle's configurations; empty without metatype
     */
    record InstalledClassifier(String id, String name, String version, String pid, Map<String, String> configuration,
            List<ConfigurationDescription> descriptions) {
    }

    /**
     * @param pid the configuration PID, e.g. {@code tierbench.classifier.rfm}
     * @param name the configuration's name
     * @param description what it configures
     * @param attributes its attributes
     */
    record ConfigurationDescription(String pid, String name, String description,
            List<AttributeDescription> attributes) {
    }

    /**
     * @param id the property key, e.g. {@code window.days}
     * @param name its name for people
     * @param description what it does
     * @param type the metatype type in lower case: string, long, integer, double, boolean, password, ...
     * @param cardinality 0 for one value, n for up to n values in an array, -n for up to n in a list
     * @param required whether a value is required
     * @param defaults the default values, empty for none
     * @param options the allowed values with their labels, empty when any value is allowed
     */
    record AttributeDescription(String id, String name, String description, String type, int cardinality,
            boolean required, List<String> defaults, List<Option> options) {
    }

    /** An allowed value of an attribute and its label. */
    record Option(String value, String label) {
    }
}
