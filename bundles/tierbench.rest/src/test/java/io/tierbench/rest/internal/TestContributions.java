package io.tierbench.rest.internal;

import io.tierbench.api.workbench.CustomerColumn;
import io.tierbench.api.workbench.Placement;
import io.tierbench.api.workbench.WorkbenchCommand;
import io.tierbench.api.workbench.WorkbenchView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The contributions of the tests, counting the services held so a test can see each one given back:
 * <ul>
 * <li>views {@code test-card} (its files under {@code src/test/resources/views/test-card}), {@code b-card},
 * {@code early-card} (dashboard cards of order 10, 10 and 1) and {@code a-page} (a page, order 5);</li>
 * <li>columns {@code spend-band} (high from 500.00 of spend, else low), {@code purchases} (the purchase count) and
 * {@code contact} (the phone, personal);</li>
 * <li>commands {@code tag} (analyst; parameter {@code tag}, required) and {@code purge} (admin).</li>
 * </ul>
 */
final class TestContributions implements Contributions {

    /** One call of a command: the customers, the parameters and the user. */
    record Call(String command, List<String> customerIds, Map<String, String> parameters, String user) {
    }

    final AtomicInteger held = new AtomicInteger();
    final List<Call> calls = new CopyOnWriteArrayList<>();

    private static final List<ViewDescriptor> VIEWS = List.of(
            new ViewDescriptor("test-card", "Test card", "测试卡片", Placement.DASHBOARD_CARD, "card.js",
                    "img/icon.svg", 10, "rfm"),
            new ViewDescriptor("b-card", "B card", "B 卡片", Placement.DASHBOARD_CARD, "view.js", null, 10, null),
            new ViewDescriptor("early-card", "Early card", "早卡片", Placement.DASHBOARD_CARD, "view.js", null, 1,
                    null),
            new ViewDescriptor("a-page", "A page", "A 页面", Placement.PAGE, "page.js", null, 5, null));

    private static final List<ColumnDescriptor> COLUMNS = List.of(
            new ColumnDescriptor("spend-band", "Spend band", "消费档", false),
            new ColumnDescriptor("purchases", "Purchases", "购买次数", false),
            new ColumnDescriptor("contact", "Contact", "联系方式", true));

    private static final List<CommandDescriptor> COMMANDS = List.of(
            new CommandDescriptor("tag", "Add a tag", "添加标签", Role.ANALYST,
                    List.of(new CommandParameter("tag", "Tag", "标签"))),
            new CommandDescriptor("purge", "Purge", "清除", Role.ADMIN, List.of()));

    @Override
    public List<ViewDescriptor> views() {
        return VIEWS;
    }

    @Override
    public Optional<Contribution<ViewDescriptor, WorkbenchView>> view(String id) {
        return VIEWS.stream().filter(view -> view.id().equals(id)).findFirst().map(view -> hold(view,
                path -> WorkbenchView.bundled(TestContributions.class, "/views/" + view.id(), path)));
    }

    @Override
    public List<ColumnDescriptor> columns() {
        return COLUMNS;
    }

    @Override
    public List<Contribution<ColumnDescriptor, CustomerColumn>> useColumns() {
        List<Contribution<ColumnDescriptor, CustomerColumn>> columns = new ArrayList<>();
        columns.add(hold(COLUMNS.get(0), (customer, facts) ->
                facts.totalSpend().compareTo(new BigDecimal("500.00")) >= 0 ? "high" : "low"));
        columns.add(hold(COLUMNS.get(1), (customer, facts) -> facts.purchaseCount()));
        columns.add(hold(COLUMNS.get(2), (customer, facts) -> customer.phone()));
        return columns;
    }

    @Override
    public List<CommandDescriptor> commands() {
        return COMMANDS;
    }

    @Override
    public Optional<Contribution<CommandDescriptor, WorkbenchCommand>> command(String id) {
        return COMMANDS.stream().filter(command -> command.id().equals(id)).findFirst()
                .map(command -> hold(command, (customerIds, parameters, user) -> {
                    if (command.id().equals("tag") && parameters.get("tag") == null) {
                        throw new IllegalArgumentException("parameter tag is required");
                    }
                    calls.add(new Call(command.id(), customerIds, parameters, user));
                    return command.titleEn() + ": " + customerIds.size() + " customers";
                }));
    }

    private <D, T> Contribution<D, T> hold(D descriptor, T service) {
        held.incrementAndGet();
        return new Contribution<>(descriptor, service, held::decrementAndGet);
    }
}
