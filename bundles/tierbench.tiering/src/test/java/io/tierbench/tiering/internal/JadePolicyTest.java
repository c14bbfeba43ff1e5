package io.tierbench.tiering.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.PurchaseFacts;
import io.tierbench.api.tiering.PolicyDescription;
import io.tierbench.api.tiering.TagRule;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The jade edition's policy (features/src/main/cfg/jade) validates against the built-in classifiers with the real
 * parser and gives hand-built jade customers the tiers and tags its rules say.
 */
class JadePolicyTest {

    private static final Path JADE = Path.of("..", "..", "features", "src", "main", "cfg", "jade",
            "tierbench.tiering.cfg");
    private static final ClassifierOutputs BUILT_IN = new ClassifierOutputs(1, Map.of(
            "rfm", new ClassifierOutputs.Output("rfm", Set.of("segment", "value"), null),
            "abc", new ClassifierOutputs.Output("abc", Set.of("class"), null),
            "clv", new ClassifierOutputs.Output("clv", Set.of("predictive", "historical"), null),
            "lifecycle", new ClassifierOutputs.Output("lifecycle", Set.of("stage"), null),
            "satisfaction", new ClassifierOutputs.Output("satisfaction", Set.of("level", "nps"), null),
            "jade", new ClassifierOutputs.Output("jade", Set.of("preference", "membership"), null)));
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Test
    void theJadePolicyValidatesWithItsTiersRulesAndTags() throws IOException {
        PolicyDescription policy = parse().description();

        assertEquals(List.of("diamond", "gold", "silver", "regular", "winback"),
                policy.tiers().stream().map(tier -> tier.key()).toList());
        assertEquals("regular", policy.defaultTier());
        assertEquals(4, policy.rules().size());
        assertEquals(List.of("佩戴客户", "即将升级", "外地客户", "大额消费", "投资客户", "收藏客户", "本地客户", "沉睡", "钻石会员",
                "需要售后服务", "高净值", "高频购买"), policy.tagRules().stream().map(TagRule::name).sorted().toList());
    }

    @Test
    void aLocalCollectorWhoSpentATwoHundredAndFiftyThousandIsDiamond() throws IOException {
        Decision decision = decide(customer("j1", "杭州", "收藏"),
                facts("j1", 300, 20, 2, "250000", "120000"), new int[] {0, 1, 1, 2},
                labels("active", "a", "middle", "collection", "diamond"), 0);

        assertEquals("diamond", decision.tier().label().key());
        assertEquals("钻石", decision.tier().label().zh());
        assertEquals(List.of("大额消费", "收藏客户", "本地客户", "钻石会员", "高净值"), tags(decision));
        assertEquals(Map.of(), decision.errors());
    }

    @Test
    void aRemoteWearerWhoSpentSixtyThousandAndLeftIsOnTheWinBackList() throws IOException {
        // Gold by spend, but churned with past value: rule.10 comes first.
        Decision decision = decide(customer("j2", "上海", "佩戴"),
                facts("j2", 1500, 800, 3, "60000", "40000"), new int[] {0, 0, 0, 0},
                labels("churned", "b", "low", "wearing", "gold"), 0);

        assertEquals("winback", decision.tier().label().key());
        assertEquals(List.of("佩戴客户", "外地客户", "大额消费", "沉睡"), tags(decision));
        assertEquals(Map.of(), decision.errors());
    }

    @Test
    void anInvestorWhoBoughtTwiceSmallIsSilverByPreference() throws IOException {
        Decision decision = decide(customer("j3", "宁波", "投资"),
                facts("j3", 200, 40, 2, "8000", "5000"), new int[] {0, 1, 2, 2},
                labels("active", "c", "middle", "investment", "regular"), 1);

        assertEquals("silver", decision.tier().label().key());
        assertEquals(List.of("外地客户", "投资客户", "需要售后服务"), tags(decision));
        assertEquals(Map.of(), decision.errors());
    }

    @Test
    void withoutJadeLabelsThePreferenceRuleAndTagsDoNotHoldAndNothingFails() throws IOException {
        // the same investor while the jade classifier is not installed: jade.* reads null, so rule.40's
        // preference branch and the preference and membership tags are false, without an error
        Map<String, List<Classification>> withoutJade = labels("active", "c", "middle", "investment", "regular");
        withoutJade.remove("jade");
        Decision decision = decide(customer("j3", "宁波", "投资"),
                facts("j3", 200, 40, 2, "8000", "5000"), new int[] {0, 1, 2, 2}, withoutJade, 1);

        assertEquals("regular", decision.tier().label().key());
        assertEquals(List.of("外地客户", "需要售后服务"), tags(decision));
        assertEquals(Map.of(), decision.errors());
    }

    @Test
    void aMemberCloseToTheNextLevelIsTaggedAndADiamondMemberWithoutANextLevelIsNot() throws IOException {
        Map<String, List<Classification>> close = labels("active", "c", "low", "wearing", "silver");
        close.put("jade", List.of(label("preference", "wearing"), new Classification("c1", "membership",
                new Label("silver", "silver", "silver"), Map.of("points", new BigDecimal("3750"),
                        "points_to_next_level", new BigDecimal("250")), "test")));
        Decision closeDecision = decide(customer("j5", "杭州", "佩戴"),
                facts("j5", 100, 100, 1, "3000", "3000"), new int[] {0, 0, 1, 1}, close, 0);
        Decision diamond = decide(customer("j6", "杭州", "佩戴"),
                facts("j6", 100, 100, 1, "3000", "3000"), new int[] {0, 0, 1, 1},
                labels("active", "c", "low", "wearing", "diamond"), 0);

        assertEquals(List.of("佩戴客户", "即将升级", "本地客户"), tags(closeDecision));
        assertEquals(List.of("佩戴客户", "本地客户", "钻石会员"), tags(diamond));
        assertEquals(Map.of(), closeDecision.errors());
        assertEquals(Map.of(), diamond.errors());
    }

    @Test
    void aLocalWearerWithOnePendantIsRegular() throws IOException {
        Decision decision = decide(customer("j4", "杭州", "佩戴"),
                facts("j4", 100, 100, 1, "3000", "3000"), new int[] {0, 0, 1, 1},
                labels("active", "c", "low", "wearing", "regular"), 0);

        assertEquals("regular", decision.tier().label().key());
        assertEquals(List.of("佩戴客户", "本地客户"), tags(decision));
        assertEquals(Map.of(), decision.errors());
    }

    private static Decision decide(Customer customer, PurchaseFacts facts, int[] purchasesInWindows,
            Map<String, List<Classification>> labels, int servicesIn30Days) throws IOException {
        BigDecimal[] spend = new BigDecimal[purchasesInWindows.length];
        java.util.Arrays.fill(spend, BigDecimal.ZERO);
        int[][] interactions = new int[Variables.INTERACTION_KINDS.size()][Variables.INTERACTION_WINDOWS.size()];
        int service = Variables.INTERACTION_KINDS.indexOf("service");
        for (int window = 0; window < Variables.INTERACTION_WINDOWS.size(); window++) {
            interactions[service][window] = servicesIn30Days;
        }
        return new PolicyEvaluator(parse(), new RuleLanguage()).decide(new CustomerInputs(customer.externalId(),
                customer, facts, new PurchaseWindows.Counts(purchasesInWindows, spend),
                new InteractionCounts.Counts(interactions), Set.of(), labels, null), AS_OF);
    }

    private static Customer customer(String id, String city, String preference) {
        return new Customer(id, id, CustomerType.PERSON, null, null, null, "女", 1980, null, null, "中国", null, city,
                null, null, "门店", null, LocalDate.of(2020, 1, 1), Map.of("preference", preference,
                        "membership_level", "普通会员", "points", "0"));
    }

    private static PurchaseFacts facts(String id, int daysSinceFirst, int daysSinceLast, int purchases, String total,
            String maxOrder) {
        return new PurchaseFacts(id, AS_OF.minusDays(daysSinceFirst), AS_OF.minusDays(daysSinceLast), purchases,
                purchases, new BigDecimal(total), BigDecimal.ZERO, new BigDecimal(maxOrder), null, null);
    }

    private static Map<String, List<Classification>> labels(String stage, String abcClass, String clvTier,
            String preference, String membership) {
        Map<String, List<Classification>> labels = new HashMap<>();
        labels.put("lifecycle", List.of(label("stage", stage)));
        labels.put("abc", List.of(label("class", abcClass)));
        labels.put("clv", List.of(label("predictive", clvTier), label("historical", clvTier)));
        labels.put("jade", List.of(label("preference", preference), label("membership", membership)));
        return labels;
    }

    private static List<String> tags(Decision decision) {
        return decision.ruleTags().stream().map(tag -> tag.name()).sorted().toList();
    }

    private static ParsedPolicy parse() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(JADE, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, Object> map = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
        return new PolicyParser(new RuleLanguage()).parse(map, BUILT_IN);
    }

    private static Classification label(String scheme, String key) {
        return new Classification("c1", scheme, new Label(key, key, key), Map.of(), "test");
    }
}
