package io.tierbench.intake.internal;

import io.tierbench.api.importer.EntityKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells what a file holds from its name: the first of {@code customers}, {@code orders}, {@code interactions},
 * {@code tags} (or 客户, 订单, 互动, 标签) written in it, so that {@code 01-customers.csv} and {@code 客户名单.xlsx}
 * need no option.
 */
final class KindFromName {

    private static final Map<String, EntityKind> WORDS = Map.of(
            "customer", EntityKind.CUSTOMERS, "客户", EntityKind.CUSTOMERS,
            "order", EntityKind.ORDERS, "订单", EntityKind.ORDERS,
            "interaction", EntityKind.INTERACTIONS, "互动", EntityKind.INTERACTIONS,
            "tag", EntityKind.TAGS, "标签", EntityKind.TAGS);

    private KindFromName() {
    }

    static Optional<EntityKind> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        EntityKind first = null;
        int firstAt = Integer.MAX_VALUE;
        for (Map.Entry<String, EntityKind> word : WORDS.entrySet()) {
            int at = name.indexOf(word.getKey());
            if (at >= 0 && at < firstAt) {
                first = word.getValue();
                firstAt = at;
            }
        }
        return Optional.ofNullable(first);
    }
}
