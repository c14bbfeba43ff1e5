package io.tierbench.api.tiering;

import io.tierbench.api.model.Label;
import java.util.Objects;

/**
 * One tier of the business, with what to do for its customers.
 *
 * @param label the tier's key and its English and Chinese names, e.g. {@code diamond}, Diamond, 钻石
 * @param strategyEn the recommended strategy in English, e.g. "Dedicated service and VIP offers"
 * @param strategyZh the recommended strategy in Chinese, e.g. 专属服务与 VIP 优惠
 * @since 1.0
 */
public record TierDefinition(Label label, String strategyEn, String strategyZh) {

    public TierDefinition {
        Objects.requireNonNull(label, "label");
        strategyEn = strategyEn == null ? "" : strategyEn;
        strategyZh = strategyZh == null || strategyZh.isBlank() ? strategyEn : strategyZh;
    }

    /** @return the tier's key */
    public String key() {
        return label.key();
    }

    /** @return the strategy in the given language ({@code zh} for Chinese, anything else English) */
    public String strategy(String language) {
        return "zh".equals(language) ? strategyZh : strategyEn;
    }
}
