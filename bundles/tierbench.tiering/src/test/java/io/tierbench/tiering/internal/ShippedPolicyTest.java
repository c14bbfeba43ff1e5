package io.tierbench.tiering.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.classifier.Classification;
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

/** The policy shipped in features/src/main/cfg validates against the built-in classifiers and decides as it says. */
class ShippedPolicyTest {

    private static final Path SHIPPED = Path.of("..", "..", "features", "src", "main", "cfg", "tierbench.tiering.cfg");
    private static final ClassifierOutputs BUILT_IN = new ClassifierOutputs(1, Map.of(
            "rfm", new ClassifierOutputs.Output("rfm", Set.of("segment", "value"), null),
            "abc", new ClassifierOutputs.Output("abc", Set.of("class"), null),
            "clv", new ClassifierOutputs.Output("clv", Set.of("predictive", "historical"), null),
            "lifecycle", new ClassifierOutputs.Output("lifecycle", Set.of("stage"), null),
            "satisfaction", new ClassifierOutputs.Output("satisfaction", Set.of("level", "nps"), null)));
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Test
    void theShippedPolicyValidatesWithItsFourRuleTags() throws IOException {
        PolicyDescription policy = parse().description();

        assertEquals(List.of("diamond", "gold", "silver", "regular", "winback"),
                policy.tiers().stream().map(tier -> tier.key()).toList());
        assertEquals(List.of("大额消费", "沉睡", "需要售后服务", "高频购买"),
                policy.tagRules().stream().map(TagRule::name).sorted().toList());
        assertEquals(4, policy.rules().size());
    }

    @Test
    void aFrequentChampionWithAComplaintIsGoldAndTaggedAsTheFileSays() throws IOException {
        PolicyEvaluator evaluator = new PolicyEvaluator(parse(), new RuleLanguage());
        PurchaseFacts facts = new PurchaseFacts("c1", AS_OF.minusDays(300), AS_OF.minusDays(3), 6, 6,
                new BigDecimal("18000"), new BigDecimal("15000"), new BigDecimal("12000"), 40.0, 20);
        PurchaseWindows.Counts windows = new PurchaseWindows.Counts(new int[] {1, 3, 4, 6}, new BigDecimal[] {
            BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE});
        int[][] interactions = new int[Variables.INTERACTION_KINDS.size()][Variables.INTERACTION_WINDOWS.size()];
        interactions[Variables.INTERACTION_KINDS.indexOf("complaint")][0] = 1;
        Map<String, List<Classification>> labels = new HashMap<>();
        labels.put("rfm", List.of(label("segment", "champions"), label("value", "important-value")));
        labels.put("clv", List.of(label("predictive", "middle"), label("historical", "middle")));
        labels.put("lifecycle", List.of(label("stage", "active")));

        Decision decision = evaluator.decide(new CustomerInputs("c1", null, facts, windows,
                new InteractionCounts.Counts(interactions), Set.of(), labels, null), AS_OF);

        assertEquals("gold", decision.tier().label().key());
        assertEquals(List.of("大额消费", "需要售后服务", "高频购买"),
                decision.ruleTags().stream().map(tag -> tag.name()).sorted().toList());
        assertEquals(Map.of(), decision.errors());
    }

    private static ParsedPolicy parse() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(SHIPPED, StandardCharsets.UTF_8)) {
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
