package io.tierbench.api.config;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Client profiles: a folder of {@code <pid>.cfg} files (factory configurations as {@code <factoryPid>-<name>.cfg})
 * listing only the keys a client changes from the installed edition's defaults, and an optional
 * {@code profile.properties} ({@code name}, {@code client}, {@code description}).
 *
 * <p>A profile is checked as a whole: every file is UTF-8 and parses, every PID is one Tierbench reads, every value
 * fits its attribute's type, options and cardinality, every {@link ConfigurationValidator} of the PID accepts the
 * merged configuration (edition default plus the profile's keys), and the files agree with each other (e.g. the
 * tier policy reads no classifier the profile disables). Applying writes, for each PID, the edition's default file
 * with the profile's keys replaced in place or appended, so comments stay; Configuration Admin picks the files up
 * live.
 *
 * @since 1.0
 */
@ProviderType
public interface ProfileService {

    /**
     * @param folder the profile folder
     * @return every problem found; nothing is written
     * @throws java.io.UncheckedIOException when the folder cannot be read
     */
    ProfileCheck check(Path folder);

    /**
     * Checks the profile and, when it has no problem, writes its files into {@code etc/} and records it as the
     * active profile. Files a previous profile configured and this one does not are put back to the edition's.
     *
     * @param folder the profile folder
     * @return what was written, or the check's problems with nothing written
     * @throws java.io.UncheckedIOException when a write fails; the files already replaced are put back first
     */
    ProfileApplication apply(Path folder);

    /** @return the active profile, the edition, and every key in force that differs from the edition's defaults */
    ProfileStatus status();
}
