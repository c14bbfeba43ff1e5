/**
 * The customer-lifetime model (BG/NBD for purchases, Gamma-Gamma for spend) fitted on a run's customer base, offered
 * as a service by the CLV bundle so other classifiers (lifecycle) can use P(alive) when it is installed.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.tierbench.api.clv;
