package io.tierbench.api.importer;

import java.util.Locale;
import java.util.Optional;

/** What the rows of an import file describe. */
public enum EntityKind {
    CUSTOMERS("customer", "客户"),
    ORDERS("order", "订单"),
    INTERACTIONS("interaction", "互动"),
    /** @since 1.1 */
    TAGS("tag", "标签");

    private final String englishWord;
    private final String chineseWord;

    EntityKind(String englishWord, String chineseWord) {
        this.englishWord = englishWord;
        this.chineseWord = chineseWord;
    }

    /**
     * Tells what a file holds from its name: the kind whose word ({@code customer}, {@code order},
     * {@code interaction}, {@code tag}, or 客户, 订单, 互动, 标签) comes first in it, so that {@code 01-customers.csv}
     * and {@code 客户名单.xlsx} need no option. The import service and the workbench's import preview both use it, so
     * a preview and its commit read the same file the same way.
     *
     * @param fileName a file name, without its folder
     * @return the kind, or empty when the name holds none of the words
     * @since 1.2
     */
    public static Optional<EntityKind> fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        EntityKind first = null;
        int firstAt = Integer.MAX_VALUE;
        for (EntityKind kind : values()) {
            for (String word : new String[] {kind.englishWord, kind.chineseWord}) {
                int at = name.indexOf(word);
                if (at >= 0 && at < firstAt) {
                    first = kind;
                    firstAt = at;
                }
            }
        }
        return Optional.ofNullable(first);
    }
}
