package io.tierbench.shell.internal;

import io.tierbench.api.model.TierOverride;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UpsertOutcome;
import io.tierbench.api.tiering.PolicyDescription;
import io.tierbench.api.tiering.TierDefinition;
import io.tierbench.api.tiering.TierPolicy;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "tierbench", name = "override",
        description = "Sets a customer's tier by hand, with a reason, an author and an optional expiry; rules never "
                + "overwrite it until it expires. --clear removes it, --list shows all (手动调整客户等级). Options "
                + "come first: tierbench:override --reason R --author A [--until yyyy-MM-dd] CUSTOMER TIER")
public class OverrideCommand implements Action {

    @Argument(index = 0, name = "customer", description = "The customer's external id.")
    String customerId;

    @Argument(index = 1, name = "tier", description = "The tier key of the policy, e.g. diamond.")
    String tier;

    @Option(name = "--reason", description = "Why (required to set).")
    String reason;

    @Option(name = "--author", description = "Who decides (required to set).")
    String author;

    @Option(name = "--until", description = "Last as-of date it applies to, yyyy-MM-dd. Default: no expiry.")
    String until;

    @Option(name = "--clear", description = "Remove the customer's override.")
    boolean clear;

    @Option(name = "--list", description = "List every override, expired ones included.")
    boolean list;

    @Reference
    CustomerRepository customers;

    @Reference(optional = true)
    TierPolicy tierPolicy;

    @Override
    public Object execute() {
        if (list) {
            TextTable table = new TextTable("Customer", "Tier", "Until", "Author", "Reason", "Set at");
            customers.tierOverrides().forEach(o -> table.addRow(o.customerId(), o.tier(),
                    o.until() == null ? "no expiry" : o.until(), o.author(), o.reason(), o.createdAt()));
            table.print(System.out);
            return null;
        }
        if (customerId == null) {
            throw new IllegalArgumentException("give the customer's id (or --list)");
        }
        if (customers.findCustomer(customerId).isEmpty()) {
            throw new IllegalArgumentException("no customer " + customerId);
        }
        if (clear) {
            boolean removed = write(t -> t.clearTierOverride(customerId));
            System.out.println(removed ? "Override of " + customerId + " removed; the rules decide from the next run."
                    : customerId + " had no override.");
            return null;
        }
        TierOverride override = new TierOverride(customerId, required(tier, "the tier"), required(reason, "--reason"),
                required(author, "--author"), Instant.now(), until == null ? null : LocalDate.parse(until));
        String tierName = checkedTier(override.tier());
        UpsertOutcome outcome = write(t -> t.setTierOverride(override));
        System.out.printf("%s -> %s%s, %s (%s); applies from the next run (tierbench:classify).%n", customerId,
                tierName, override.until() == null ? ", no expiry" : ", until " + override.until(),
                outcome == UpsertOutcome.UNCHANGED ? "unchanged" : "set", override.reason());
        return null;
    }

    /** @return the tier's names, after checking it against the policy in force when there is one */
    private String checkedTier(String key) {
        PolicyDescription policy = tierPolicy == null ? null : tierPolicy.status().policy().orElse(null);
        if (policy == null) {
            System.out.println("Note: no tier policy in force, the tier '" + key + "' is not checked.");
            return key;
        }
        TierDefinition definition = policy.tier(key).orElseThrow(() -> new IllegalArgumentException("unknown tier '"
                + key + "' (tiers: " + String.join(", ", policy.tiers().stream().map(TierDefinition::key).toList())
                + ")"));
        return definition.label().en() + " " + definition.label().zh();
    }

    private <R> R write(java.util.function.Function<RepositoryTransaction, R> work) {
        try (RepositoryTransaction transaction = customers.begin()) {
            R result = work.apply(transaction);
            transaction.commit();
            return result;
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required to set an override");
        }
        return value;
    }
}
