package io.tierbench.shell.internal;

import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "tierbench", name = "tag",
        description = "Adds or removes a manual tag of a customer; rules never change manual tags (手动标签). "
                + "Options come first: tierbench:tag [--remove] CUSTOMER TAG")
public class TagCommand implements Action {

    @Argument(index = 0, name = "customer", required = true, description = "The customer's external id.")
    String customerId;

    @Argument(index = 1, name = "tag", required = true, description = "The tag, e.g. VIP, or group/name.")
    String tag;

    @Option(name = "--remove", description = "Remove the manual tag instead of adding it.")
    boolean remove;

    @Reference
    CustomerRepository customers;

    @Override
    public Object execute() {
        if (customers.findCustomer(customerId).isEmpty()) {
            throw new IllegalArgumentException("no customer " + customerId);
        }
        int slash = tag.lastIndexOf('/');
        CustomerTag manual = new CustomerTag(customerId, slash < 0 ? null : tag.substring(0, slash),
                tag.substring(slash + 1), CustomerTag.MANUAL);
        try (RepositoryTransaction transaction = customers.begin()) {
            if (remove) {
                List<CustomerTag> kept = customers.tagsOf(customerId).stream()
                        .filter(t -> t.source().equals(CustomerTag.MANUAL) && !t.equals(manual)).toList();
                transaction.replaceTags(customerId, CustomerTag.MANUAL, kept);
            } else {
                transaction.upsertTags(List.of(manual));
            }
            transaction.commit();
        }
        TextTable table = new TextTable("Tag", "Source");
        customers.tagsOf(customerId).forEach(t -> table.addRow(t.qualifiedName(), t.source()));
        System.out.println("Tags of " + customerId + " (客户标签):");
        table.print(System.out);
        return null;
    }
}
