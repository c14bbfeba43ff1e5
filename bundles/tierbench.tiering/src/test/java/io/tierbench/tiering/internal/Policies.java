package io.tierbench.tiering.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The hand-built policy and classifier outputs of the tests. */
final class Policies {

    /** What "the latest run" produced, for checking classifier variables. */
    static final ClassifierOutputs OUTPUTS = new ClassifierOutputs(7, Map.of(
            "clv", new ClassifierOutputs.Output("clv", Set.of("predictive", "historical"), Set.of("clv", "p_alive")),
            "lifecycle", new ClassifierOutputs.Output("lifecycle", Set.of("stage"), null),
            "abc", new ClassifierOutputs.Output("abc", Set.of("class"), null)));

    private Policies() {
    }

    /** Five tiers, four rules, two tag rules: see PolicyEvaluatorTest for what each customer should get. */
    static Map<String, Object> standard() {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("service.pid", "tierbench.tiering");
        policy.put("tiers", "diamond; gold; silver; regular; winback");
        policy.put("tier.diamond", "Diamond | 钻石 | Dedicated service and VIP offers | 专属服务与VIP优惠");
        policy.put("tier.gold", "Gold | 金 | Regular contact and promotions | 定期联系与促销");
        policy.put("tier.silver", "Silver | 银 | Activation content | 激活内容");
        policy.put("tier.regular", "Regular | 普通");
        policy.put("tier.winback", "Win back | 待挽回 | Win-back offers | 挽回优惠");
        policy.put("default.tier", "regular");
        policy.put("rule.10", "lifecycle.stage == \"churned\" -> winback");
        policy.put("rule.20", "clv.predictive == \"top\" && facts.purchases_90d >= 2 -> diamond");
        policy.put("rule.30", "clv.predictive == 'top' || has_tag(\"高频购买\") -> gold");
        policy.put("rule.40", "facts.days_since_last_purchase <= 30 -> silver");
        policy.put("tag.高频购买", "facts.purchases_90d >= 3");
        policy.put("tag.行为/沉睡", "facts.purchase_count > 0 && facts.days_since_last_purchase > 180");
        return policy;
    }

    static Map<String, Object> with(String key, Object value) {
        Map<String, Object> policy = standard();
        policy.put(key, value);
        return policy;
    }

    static ParsedPolicy parse(Map<String, Object> properties) {
        return new PolicyParser(new RuleLanguage()).parse(properties, OUTPUTS);
    }
}
