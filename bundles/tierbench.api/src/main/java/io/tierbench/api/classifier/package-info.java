/**
 * The classifier SPI: a classifier is a whiteboard service implementing
 * {@link io.tierbench.api.classifier.Classifier}, declared with {@link io.tierbench.api.classifier.ClassifierService}.
 * The engine finds every such service at each run, so a bundle installed into a running system is used by the next
 * run with no restart.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package io.tierbench.api.classifier;
