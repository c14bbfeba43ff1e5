package io.tierbench.rest.internal;

import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierService;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.importer.ImporterService;
import io.tierbench.api.report.ReportGenerator;
import io.tierbench.api.report.ReportGeneratorService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/** The plugins of the running framework, found in the service registry at each call and released after use. */
final class OsgiPlugins implements Plugins {

    private static final String[] TYPE_NAMES = {"", "string", "long", "integer", "short", "character", "byte",
        "double", "float", "biginteger", "bigdecimal", "boolean", "password"};

    private final BundleContext context;
    private final Supplier<MetaTypeService> metaTypes;

    OsgiPlugins(BundleContext context, Supplier<MetaTypeService> metaTypes) {
        this.context = context;
        this.metaTypes = metaTypes;
    }

    @Override
    public List<InstalledClassifier> classifiers(String language) {
        List<InstalledClassifier> classifiers = new ArrayList<>();
        for (ServiceReference<Classifier> reference : references(Classifier.class, null)) {
            Classifier classifier = context.getService(reference);
            if (classifier == null) {
                continue;
            }
            try {
                classifiers.add(new InstalledClassifier(property(reference, ClassifierService.ID),
                        property(reference, ClassifierService.NAME), property(reference, ClassifierService.VERSION),
                        pidOf(reference), classifier.configuration(), descriptions(reference, language)));
            } finally {
                context.ungetService(reference);
            }
        }
        classifiers.sort(Comparator.comparing(InstalledClassifier::id));
        return classifiers;
    }

    @Override
    public Optional<Held<Classifier>> classifier(String id) {
        if (!ContributionProperties.ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return references(Classifier.class, "(" + ClassifierService.ID + "=" + id + ")").stream().findFirst()
                .flatMap(reference -> hold(reference, Map.of("pid", pidOf(reference))));
    }

    /** As the engine and the profile checks name a classifier's configuration: {@code service.pid}, else by id. */
    static String pidOf(ServiceReference<?> reference) {
        Object pid = reference.getProperty(Constants.SERVICE_PID);
        if (pid instanceof String text) {
            return text;
        }
        return ClassifierService.PREFIX_ + reference.getProperty(ClassifierService.ID);
    }

    @Override
    public List<Held<Importer>> importers(String extension) {
        List<Held<Importer>> held = new ArrayList<>();
        for (ServiceReference<Importer> reference : references(Importer.class,
                "(" + ImporterService.EXTENSIONS + "=" + extension + ")")) {
            hold(reference, Map.of()).ifPresent(held::add);
        }
        return held;
    }

    @Override
    public Optional<Held<ReportGenerator>> reportGenerator(String id) {
        return references(ReportGenerator.class, "(" + ReportGeneratorService.ID + "=" + id + ")").stream()
                .findFirst()
                .flatMap(reference -> hold(reference, Map.of("format", property(reference,
                        ReportGeneratorService.FORMAT))));
    }

    @Override
    public List<String> reportGeneratorIds() {
        return references(ReportGenerator.class, null).stream()
                .map(reference -> property(reference, ReportGeneratorService.ID)).sorted().toList();
    }

    private <T> Optional<Held<T>> hold(ServiceReference<T> reference, Map<String, String> properties) {
        T service = context.getService(reference);
        if (service == null) {
            return Optional.empty();
        }
        return Optional.of(new Held<>(idOf(reference), properties, service, () -> context.ungetService(reference)));
    }

    private static String idOf(ServiceReference<?> reference) {
        for (String key : List.of(ImporterService.ID, ReportGeneratorService.ID, ClassifierService.ID)) {
            if (reference.getProperty(key) != null) {
                return property(reference, key);
            }
        }
        return "service " + reference.getProperty("service.id");
    }

    private List<ConfigurationDescription> descriptions(ServiceReference<?> reference, String language) {
        MetaTypeService metaTypeService = metaTypes.get();
        if (metaTypeService == null) {
            return List.of();
        }
        MetaTypeInformation information = metaTypeService.getMetaTypeInformation(reference.getBundle());
        if (information == null) {
            return List.of();
        }
        List<ConfigurationDescription> descriptions = new ArrayList<>();
        for (String pid : information.getPids()) {
            ObjectClassDefinition definition = information.getObjectClassDefinition(pid, language);
            if (definition != null) {
                descriptions.add(describe(pid, definition));
            }
        }
        return descriptions;
    }

    static ConfigurationDescription describe(String pid, ObjectClassDefinition definition) {
        AttributeDefinition[] required = definition.getAttributeDefinitions(ObjectClassDefinition.REQUIRED);
        List<String> requiredIds = required == null ? List.of()
                : Arrays.stream(required).map(AttributeDefinition::getID).toList();
        List<AttributeDescription> attributes = new ArrayList<>();
        AttributeDefinition[] all = definition.getAttributeDefinitions(ObjectClassDefinition.ALL);
        for (AttributeDefinition attribute : all == null ? new AttributeDefinition[0] : all) {
            attributes.add(new AttributeDescription(attribute.getID(), attribute.getName(),
                    attribute.getDescription(), typeName(attribute.getType()), attribute.getCardinality(),
                    requiredIds.contains(attribute.getID()), list(attribute.getDefaultValue()),
                    options(attribute.getOptionValues(), attribute.getOptionLabels())));
        }
        return new ConfigurationDescription(pid, definition.getName(), definition.getDescription(), attributes);
    }

    private static String typeName(int type) {
        return type > 0 && type < TYPE_NAMES.length ? TYPE_NAMES[type] : "type-" + type;
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : List.of(values);
    }

    private static List<Option> options(String[] values, String[] labels) {
        if (values == null) {
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            options.add(new Option(values[i], labels != null && i < labels.length ? labels[i] : values[i]));
        }
        return options;
    }

    private <T> List<ServiceReference<T>> references(Class<T> type, String filter) {
        try {
            Collection<ServiceReference<T>> found = context.getServiceReferences(type, filter);
            return found.stream().sorted(Comparator.reverseOrder()).toList();
        } catch (InvalidSyntaxException e) {
            throw Problem.badRequest("filter", "not a valid name: " + filter);
        }
    }

    private static String property(ServiceReference<?> reference, String key) {
        Object value = reference.getProperty(key);
        return value == null ? null : Objects.toString(value);
    }
}
