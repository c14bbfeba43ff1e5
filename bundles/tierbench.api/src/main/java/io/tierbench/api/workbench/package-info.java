/**
 * Tierbench API: the workbench's extension points. A plugin contributes views (dashboard cards, customer tabs, pages),
 * customer table columns and commands on selected customers as whiteboard services; the workbench lists them at each
 * page load, so installing or removing a bundle adds or removes its contributions with no restart.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.tierbench.api.workbench;
