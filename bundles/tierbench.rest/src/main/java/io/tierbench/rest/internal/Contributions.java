package io.tierbench.rest.internal;

import io.tierbench.api.workbench.CustomerColumn;
import io.tierbench.api.workbench.WorkbenchCommand;
import io.tierbench.api.workbench.WorkbenchView;
import java.util.List;
import java.util.Optional;

/**
 * What plugins contribute to the workbench now: views, customer columns and commands. Looked up at each call, so a
 * bundle installed or removed is seen by the next page load. Where two contributions share an id, the one with the
 * highest service ranking is used.
 */
interface Contributions {

    /** @return every view, in no particular order */
    List<ViewDescriptor> views();

    /** @return the view with the id, held until closed; empty when none has it */
    Optional<Contribution<ViewDescriptor, WorkbenchView>> view(String id);

    /** @return every column, in no particular order */
    List<ColumnDescriptor> columns();

    /** @return every column with its service, each held until closed */
    List<Contribution<ColumnDescriptor, CustomerColumn>> useColumns();

    /** @return every command, in no particular order */
    List<CommandDescriptor> commands();

    /** @return the command with the id, held until closed; empty when none has it */
    Optional<Contribution<CommandDescriptor, WorkbenchCommand>> command(String id);

    /**
     * A contributed service held until closed, with what its service properties say about it.
     *
     * @param descriptor the service properties, read
     * @param service the service object
     * @param release gives the service back
     */
    record Contribution<D, T>(D descriptor, T service, Runnable release) implements AutoCloseable {

        @Override
        public void close() {
            release.run();
        }
    }

    /**
     * A view as its service properties describe it.
     *
     * @param icon an icon name or a path below the view's folder, or {@code null}
     * @param classifier the classifier whose results it shows, or {@code null}
     */
    record ViewDescriptor(String id, String titleEn, String titleZh, String placement, String module, String icon,
            int order, String classifier) {
    }

    /** A customer column as its service properties describe it; personal values are masked for viewers. */
    record ColumnDescriptor(String id, String titleEn, String titleZh, boolean personal) {
    }

    /** A command as its service properties describe it, with the role a user needs to run it. */
    record CommandDescriptor(String id, String titleEn, String titleZh, Role role, List<CommandParameter> parameters) {
    }

    /** A value the user enters for a command, with its labels. */
    record CommandParameter(String name, String labelEn, String labelZh) {
    }
}
