package io.tierbench.profile.internal;

import io.tierbench.api.config.ConfigurationValidator;
import io.tierbench.api.config.ProfileApplication;
import io.tierbench.api.config.ProfileCheck;
import io.tierbench.api.config.ProfileService;
import io.tierbench.api.config.ProfileStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.MetaTypeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client profiles over the installed edition: checked against metatype and every registered
 * {@link ConfigurationValidator}, written into {@code etc/} (FileInstall hands them to Configuration Admin), and
 * recorded under {@code data/tierbench/profile/}. Applications are serialised.
 */
@Component(service = ProfileService.class)
public final class ProfileManager implements ProfileService {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileManager.class);

    private final Supplier<FeatureDefaults.Defaults> defaults;
    private final ConfigurationSchemas schemas;
    private final ValidatorEntries validators;
    private final ConfigDirectory etc;
    private final ActiveProfileStore store;
    private final Clock clock;

    @Activate
    public ProfileManager(BundleContext context, @Reference(name = "features") FeaturesService features,
            @Reference(name = "metaType") MetaTypeService metaType) {
        this(() -> FeatureDefaults.of(new KarafFeatureCatalog(features)), new MetaTypeSchemas(context, metaType),
                new ValidatorEntries(), new ConfigDirectory(TierbenchPaths.etc()),
                new ActiveProfileStore(TierbenchPaths.profileData()), Clock.systemUTC());
    }

    ProfileManager(Supplier<FeatureDefaults.Defaults> defaults, ConfigurationSchemas schemas,
            ValidatorEntries validators, ConfigDirectory etc, ActiveProfileStore store, Clock clock) {
        this.defaults = defaults;
        this.schemas = schemas;
        this.validators = validators;
        this.etc = etc;
        this.store = store;
        this.clock = clock;
    }

    @Reference(name = "validators", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addValidator(ConfigurationValidator validator, Map<String, Object> properties) {
        validators.add(validator, properties);
    }

    void removeValidator(ConfigurationValidator validator) {
        validators.remove(validator);
    }

    @Override
    public ProfileCheck check(Path folder) {
        return checker(defaults.get()).check(ProfileFolder.read(folder)).check();
    }

    @Override
    public synchronized ProfileApplication apply(Path folder) {
        FeatureDefaults.Defaults edition = defaults.get();
        ProfileChecker.Result result = checker(edition).check(ProfileFolder.read(folder));
        if (!result.check().valid()) {
            LOG.warn("Client profile {} ({}) not applied: {} problems", result.check().profile(),
                    result.check().folder(), result.check().problems().size());
            return new ProfileApplication(result.check(), false, null, java.util.List.of());
        }
        try {
            ProfileApplication application = new ProfileApplier(etc, store, clock).apply(result, edition,
                    store.read());
            application.changes().forEach(change -> LOG.info("Client profile {}: {} {} ({} keys changed)",
                    result.check().profile(), change.action(), change.file(), change.keys().size()));
            return application;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the active profile record in " + store.folder(), e);
        }
    }

    @Override
    public ProfileStatus status() {
        try {
            return StatusCalculator.status(defaults.get(), store.read(), etc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration: " + e.getMessage(), e);
        }
    }

    private ProfileChecker checker(FeatureDefaults.Defaults edition) {
        return new ProfileChecker(edition, schemas, validators, etc);
    }
}
