/**
 * Configuration checks and client profiles: {@link io.tierbench.api.config.ConfigurationValidator} is the
 * whiteboard SPI a bundle implements to check the configurations it reads before they are written, and
 * {@link io.tierbench.api.config.ProfileService} checks, applies and reports a client profile (a folder of
 * {@code <pid>.cfg} files listing the keys a client changes from the installed edition's defaults).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.tierbench.api.config;
