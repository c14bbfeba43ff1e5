package io.tierbench.rest.internal;

import io.tierbench.api.workbench.CustomerColumn;
import io.tierbench.api.workbench.WorkbenchCommand;
import io.tierbench.api.workbench.WorkbenchView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The contributions registered in the framework now, read from the service registry at each call. */
final class OsgiContributions implements Contributions {

    private final BundleContext context;

    OsgiContributions(BundleContext context) {
        this.context = context;
    }

    @Override
    public List<ViewDescriptor> views() {
        return List.copyOf(viewReferences().keySet());
    }

    @Override
    public Optional<Contribution<ViewDescriptor, WorkbenchView>> view(String id) {
        return find(viewReferences(), ViewDescriptor::id, id);
    }

    @Override
    public List<ColumnDescriptor> columns() {
        return List.copyOf(columnReferences().keySet());
    }

    @Override
    public List<Contribution<ColumnDescriptor, CustomerColumn>> useColumns() {
        List<Contribution<ColumnDescriptor, CustomerColumn>> held = new ArrayList<>();
        columnReferences().forEach((descriptor, reference) -> hold(descriptor, reference).ifPresent(held::add));
        return held;
    }

    @Override
    public List<CommandDescriptor> commands() {
        return List.copyOf(commandReferences().keySet());
    }

    @Override
    public Optional<Contribution<CommandDescriptor, WorkbenchCommand>> command(String id) {
        return find(commandReferences(), CommandDescriptor::id, id);
    }

    private Map<ViewDescriptor, ServiceReference<WorkbenchView>> viewReferences() {
        return described(WorkbenchView.class, ContributionProperties::view, ViewDescriptor::id);
    }

    private Map<ColumnDescriptor, ServiceReference<CustomerColumn>> columnReferences() {
        return described(CustomerColumn.class, ContributionProperties::column, ColumnDescriptor::id);
    }

    private Map<CommandDescriptor, ServiceReference<WorkbenchCommand>> commandReferences() {
        return described(WorkbenchCommand.class, ContributionProperties::command, CommandDescriptor::id);
    }

    private <D, T> Optional<Contribution<D, T>> find(Map<D, ServiceReference<T>> references, Function<D, String> idOf,
            String id) {
        return references.entrySet().stream().filter(entry -> idOf.apply(entry.getKey()).equals(id)).findFirst()
                .flatMap(entry -> hold(entry.getKey(), entry.getValue()));
    }

    /** @return each usable contribution's descriptor and reference, the highest ranking one per id */
    private <D, T> Map<D, ServiceReference<T>> described(Class<T> type,
            Function<Function<String, Object>, Optional<D>> describe, Function<D, String> idOf) {
        List<ServiceReference<T>> references;
        try {
            references = new ArrayList<>(context.getServiceReferences(type, null));
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a null filter cannot be invalid", e);
        }
        references.sort(Comparator.reverseOrder());
        Map<String, Boolean> seen = new LinkedHashMap<>();
        Map<D, ServiceReference<T>> described = new LinkedHashMap<>();
        for (ServiceReference<T> reference : references) {
            describe.apply(reference::getProperty).ifPresent(descriptor -> {
                if (seen.putIfAbsent(idOf.apply(descriptor), Boolean.TRUE) == null) {
                    described.put(descriptor, reference);
                }
            });
        }
        return described;
    }

    private <D, T> Optional<Contribution<D, T>> hold(D descriptor, ServiceReference<T> reference) {
        T service = context.getService(reference);
        if (service == null) {
            return Optional.empty();
        }
        return Optional.of(new Contribution<>(descriptor, service, () -> context.ungetService(reference)));
    }
}
