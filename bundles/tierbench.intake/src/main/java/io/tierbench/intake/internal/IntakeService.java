package io.tierbench.intake.internal;

import io.tierbench.api.importer.ColumnMapping;
import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportOptions;
import io.tierbench.api.importer.ImportOutcome;
import io.tierbench.api.importer.ImportService;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.importer.ImporterService;
import io.tierbench.api.repository.CustomerRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The import service of a running Tierbench: importers are looked up at each import, so an importer bundle
 * installed or removed takes effect on the next file, and mappings are read from Config Admin at each import.
 */
@Component(service = ImportService.class, configurationPid = IntakeConfiguration.PID)
@Designate(ocd = IntakeConfiguration.class)
public final class IntakeService implements ImportService {

    private final BundleContext bundleContext;
    private final CustomerRepository repository;
    private final ConfigurationAdmin configurationAdmin;
    private volatile Intake intake;

    @Activate
    public IntakeService(BundleContext bundleContext, @Reference CustomerRepository repository,
            @Reference ConfigurationAdmin configurationAdmin, IntakeConfiguration configuration) {
        this.bundleContext = bundleContext;
        this.repository = repository;
        this.configurationAdmin = configurationAdmin;
        modified(configuration);
    }

    @Modified
    void modified(IntakeConfiguration configuration) {
        intake = new Intake(repository, new InstalledImporters(), new ConfiguredMappings(),
                home(configuration.reportsDirectory()), configuration.unknownCustomers(), Clock.systemDefaultZone());
    }

    @Override
    public ImportOutcome importFile(Path file, EntityKind kind, ImportOptions options) throws ImportException {
        return intake.importFile(file, kind, options == null ? ImportOptions.defaults() : options);
    }

    @Override
    public List<String> mappings() {
        return intake.mappingNames();
    }

    /** @return a path as configured, relative ones resolved against the Tierbench home ({@code karaf.base}) */
    static Path home(String configured) {
        Path path = Paths.get(configured);
        return path.isAbsolute() ? path : Paths.get(System.getProperty("karaf.base", ".")).resolve(path).normalize();
    }

    private final class InstalledImporters implements Intake.Importers {

        @Override
        public List<Intake.Candidate> forExtension(String extension) {
            List<Intake.Candidate> candidates = new ArrayList<>();
            for (ServiceReference<Importer> reference : references("(" + ImporterService.EXTENSIONS + "="
                    + extension + ")")) {
                Importer importer = bundleContext.getService(reference);
                if (importer != null) {
                    // Held for this import only, and released after it.
                    candidates.add(new Intake.Candidate(String.valueOf(reference.getProperty(ImporterService.ID)),
                            importer, () -> bundleContext.ungetService(reference)));
                }
            }
            return candidates;
        }

        @Override
        public List<String> extensions() {
            TreeSet<String> extensions = new TreeSet<>();
            for (ServiceReference<Importer> reference : references(null)) {
                Object value = reference.getProperty(ImporterService.EXTENSIONS);
                if (value instanceof String[] many) {
                    extensions.addAll(Arrays.asList(many));
                } else if (value != null) {
                    extensions.add(value.toString());
                }
            }
            return List.copyOf(extensions);
        }

        private List<ServiceReference<Importer>> references(String filter) {
            try {
                Collection<ServiceReference<Importer>> found = bundleContext.getServiceReferences(Importer.class,
                        filter);
                return found.stream().sorted(Comparator.reverseOrder()).toList();
            } catch (InvalidSyntaxException e) {
                throw new IllegalArgumentException("bad file name ending: " + filter, e);
            }
        }
    }

    private final class ConfiguredMappings implements Intake.Mappings {

        @Override
        public ColumnMapping named(String name) throws ImportException {
            // Only the mapping asked for is parsed: a mistake in another client's file must not stop this import.
            for (Configuration configuration : configurations()) {
                if (nameOf(configuration).equals(name)) {
                    return ColumnMappings.fromProperties(configuration.getPid(), configuration.getProperties());
                }
            }
            throw new ImportException("no column mapping named '" + name + "' (configured: "
                    + String.join(", ", names()) + "); write etc/" + ColumnMappings.FACTORY_PID + "-" + name
                    + ".cfg");
        }

        @Override
        public List<String> names() {
            List<String> names = new ArrayList<>();
            for (Configuration configuration : configurations()) {
                names.add(nameOf(configuration));
            }
            return names.stream().sorted().toList();
        }

        private String nameOf(Configuration configuration) {
            Object name = configuration.getProperties().get(ColumnMappings.NAME);
            return name == null ? ColumnMappings.nameFromPid(configuration.getPid()) : name.toString().strip();
        }

        private List<Configuration> configurations() {
            try {
                Configuration[] found = configurationAdmin.listConfigurations(
                        "(service.factoryPid=" + ColumnMappings.FACTORY_PID + ")");
                return found == null ? List.of() : List.of(found);
            } catch (IOException | InvalidSyntaxException e) {
                throw new IllegalStateException("cannot read the column mappings: " + e.getMessage(), e);
            }
        }
    }
}
