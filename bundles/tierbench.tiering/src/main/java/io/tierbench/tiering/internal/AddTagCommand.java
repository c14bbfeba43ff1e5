package io.tierbench.tiering.internal;

import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UpsertOutcome;
import io.tierbench.api.workbench.WorkbenchCommand;
import io.tierbench.api.workbench.WorkbenchCommandService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's "Add a tag" command: gives the selected customers a manual tag ({@code VIP}, or
 * {@code group/name}), which no rule ever changes, all or nothing. A customer tag records no author, so who added it
 * is logged.
 */
@Component(service = WorkbenchCommand.class)
@WorkbenchCommandService(id = "add-tag", titleEn = "Add a tag", titleZh = "添加标签", role = "analyst",
        parameters = AddTagCommand.TAG + "|Tag|标签")
public final class AddTagCommand implements WorkbenchCommand {

    /** The parameter holding the tag. */
    static final String TAG = "tag";

    /** The longest group or name the store keeps. */
    private static final int MAX_LENGTH = 255;

    private static final Logger LOG = LoggerFactory.getLogger(AddTagCommand.class);

    private final CustomerRepository customers;

    @Activate
    public AddTagCommand(@Reference(name = "customers") CustomerRepository customers) {
        this.customers = Objects.requireNonNull(customers, "customers");
    }

    /**
     * @throws IllegalArgumentException when no customer is selected, a selected customer is unknown, or the tag is
     *         blank or too long; nothing is written then
     */
    @Override
    public String run(List<String> customerIds, Map<String, String> parameters, String user) {
        Set<String> selected = new LinkedHashSet<>(customerIds == null ? List.of() : customerIds);
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("customers: select at least one customer");
        }
        String tag = parameters == null || parameters.get(TAG) == null ? "" : parameters.get(TAG).trim();
        int slash = tag.lastIndexOf('/');
        String group = slash < 0 ? null : tag.substring(0, slash).trim();
        String name = tag.substring(slash + 1).trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException(TAG + ": enter a tag, e.g. VIP or 客户类型/老客户");
        }
        if (name.length() > MAX_LENGTH || (group != null && group.length() > MAX_LENGTH)) {
            throw new IllegalArgumentException(TAG + ": a tag's group and name are at most " + MAX_LENGTH
                    + " characters each");
        }
        long added;
        try (RepositoryTransaction transaction = customers.begin()) {
            List<String> unknown = selected.stream().filter(id -> !transaction.customerExists(id)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("customers: no customer with id " + String.join(", ", unknown));
            }
            List<CustomerTag> tags = new ArrayList<>();
            selected.forEach(id -> tags.add(new CustomerTag(id, group, name, CustomerTag.MANUAL)));
            added = transaction.upsertTags(tags).stream().filter(UpsertOutcome.INSERTED::equals).count();
            transaction.commit();
        }
        String shown = group == null || group.isEmpty() ? name : group + "/" + name;
        LOG.info("{} added the manual tag '{}' to {} of {} selected customers", user, shown, added, selected.size());
        long had = selected.size() - added;
        return "Added the tag " + shown + " to " + added + " of " + selected.size() + " customers"
                + (had == 0 ? "" : "; " + had + " already had it") + ". 已为 " + added + " 位客户添加标签 " + shown
                + (had == 0 ? "" : "，" + had + " 位已有此标签") + "。";
    }
}
