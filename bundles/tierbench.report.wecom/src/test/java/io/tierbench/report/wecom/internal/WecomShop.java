package io.tierbench.report.wecom.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.TagDefinition;
import io.tierbench.api.report.ReportContent;
import io.tierbench.api.report.ReportRequest;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import io.tierbench.repository.h2.internal.H2RunRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;

/**
 * A small shop in the real H2 repository (a file database under {@code target/}), stored as the WeCom importer
 * stores contacts: the external_userid as id and WeChat id, the staff as owners first adder first and as
 * {@code wecom.added.<userid>} attributes, the corporate tags as {@code wecom} tags by group and name, and the
 * imported {@code get_corp_tag_list} as tag definitions. One run (as of 2026-06-30) holds the tier policy's tiers
 * and configuration and a frequency/interactions scheme; the rule tags are stored as the policy stores them.
 *
 * <pre>
 * customer  staff (first adder first)  WeCom tags now                              run tier   rule tags
 * C100      - (a CSV customer)          -                                          gold       高频购买
 * wmA       wangwu, lisi                客户分级/金, Tierbench标签/沉睡, 兴趣偏好/翡翠手镯  silver     高频购买, 兴趣偏好/冰种
 * wmB       zhaoliu                     客户分级/钻石                                 diamond    大额消费, 兴趣/收藏
 * wmC       wangwu                      客户分级/铜 (a tier no longer in the policy)    regular    -
 * wmD       lisi                        客户分级/金, Tierbench标签/沉睡                  (none)     -
 * wmE       lisi                        -                                          regular    -
 * </pre>
 *
 * WeCom's tag list: 客户分级 (etGroupTier) 钻石 etTierDiamond, 金 etTierGold, 银 etTierSilver, 铜 etTierBronze;
 * Tierbench标签 (etGroupRule) 高频购买 etRuleFrequent, 沉睡 etRuleDormant; 兴趣偏好 (etGroupInterest) 翡翠手镯
 * etInterestBangle. So 普通, 待挽回, 大额消费, 兴趣偏好/冰种 and the group 兴趣 with 收藏 do not exist in WeCom yet.
 * 兴趣偏好 is the staff's own group, which one rule also writes into: there only 冰种 is Tierbench's.
 */
final class WecomShop implements AutoCloseable {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static final Map<String, Label> TIERS = Map.of(
            "diamond", new Label("diamond", "Diamond", "钻石"), "gold", new Label("gold", "Gold", "金"),
            "silver", new Label("silver", "Silver", "银"), "regular", new Label("regular", "Regular", "普通"));
    private static final Map<String, Label> INTERACTIONS = Map.of(
            "very-active", new Label("very-active", "Very active", "高互动"),
            "active", new Label("active", "Active", "活跃互动"),
            "silent", new Label("silent", "Silent", "无互动"));

    private final H2Database database;
    private final H2CustomerRepository customers;
    private final H2RunRepository runs;
    private final long run;

    WecomShop(String name) throws IOException {
        Path file = Path.of("target", "h2", name + "-" + System.nanoTime()).toAbsolutePath();
        Files.createDirectories(file.getParent());
        database = new H2Database(new OsgiDataSourceFactory(new Driver()), ComponentConfigurations.of(
                H2RepositoryConfiguration.class, Map.of("url", "jdbc:h2:file:" + file, "batch_size", 2)));
        customers = new H2CustomerRepository(database);
        runs = new H2RunRepository(database);
        storeCustomers();
        run = storeRun();
    }

    H2CustomerRepository customers() {
        return customers;
    }

    H2RunRepository runs() {
        return runs;
    }

    long run() {
        return run;
    }

    ReportRequest request(String language, boolean mask) {
        return new ReportRequest(run, ReportContent.CLASSIFICATION_TABLE, language, mask, customers, runs);
    }

    /** Imports tag definitions, as a later import of WeCom's tag list with newly created tags does. */
    void importTagDefinitions(List<TagDefinition> definitions) {
        try (RepositoryTransaction tx = customers.begin()) {
            tx.upsertTagDefinitions(definitions);
            tx.commit();
        }
    }

    /** @return a fresh folder under {@code target/} for a test's export */
    static Path exportFolder(String test) {
        return Path.of("target", "exports", test + "-" + System.nanoTime());
    }

    @Override
    public void close() {
        database.close();
    }

    private void storeCustomers() {
        try (RepositoryTransaction tx = customers.begin()) {
            tx.upsertCustomers(List.of(
                    new Customer("C100", "王芳", CustomerType.PERSON, "13900001111", null, "wxid_wangfang", null,
                            null, null, null, null, null, null, null, null, null, "李娜", null, Map.of()),
                    wecom("wmA", "张伟", Map.of("lisi", "2024-03-10T08:00", "wangwu", "2024-03-05T16:00")),
                    wecom("wmB", "李娜", Map.of("zhaoliu", "2024-05-01T09:30")),
                    wecom("wmC", "陈静", Map.of("wangwu", "2025-01-02T10:00")),
                    wecom("wmD", "周杰", Map.of("lisi", "2026-07-02T11:00")),
                    wecom("wmE", "孙丽", Map.of("lisi", "2025-08-08T08:08"))));
            tx.upsertTags(List.of(
                    wecomTag("wmA", "客户分级", "金"), wecomTag("wmA", "Tierbench标签", "沉睡"),
                    wecomTag("wmA", "兴趣偏好", "翡翠手镯"),
                    wecomTag("wmB", "客户分级", "钻石"),
                    wecomTag("wmC", "客户分级", "铜"),
                    wecomTag("wmD", "客户分级", "金"), wecomTag("wmD", "Tierbench标签", "沉睡"),
                    new CustomerTag("C100", null, "高频购买", CustomerTag.RULE),
                    new CustomerTag("wmA", null, "高频购买", CustomerTag.RULE),
                    new CustomerTag("wmA", "兴趣偏好", "冰种", CustomerTag.RULE),
                    new CustomerTag("wmB", null, "大额消费", CustomerTag.RULE),
                    new CustomerTag("wmB", "兴趣", "收藏", CustomerTag.RULE)));
            tx.upsertTagDefinitions(List.of(
                    definition("etTierDiamond", "钻石", "etGroupTier", "客户分级"),
                    definition("etTierGold", "金", "etGroupTier", "客户分级"),
                    definition("etTierSilver", "银", "etGroupTier", "客户分级"),
                    definition("etTierBronze", "铜", "etGroupTier", "客户分级"),
                    definition("etRuleFrequent", "高频购买", "etGroupRule", "Tierbench标签"),
                    definition("etRuleDormant", "沉睡", "etGroupRule", "Tierbench标签"),
                    definition("etInterestBangle", "翡翠手镯", "etGroupInterest", "兴趣偏好")));
            tx.commit();
        }
    }

    private long storeRun() {
        long id = runs.startRun(AS_OF);
        Map<String, String> policy = new LinkedHashMap<>();
        policy.put("tiers", "diamond; gold; silver; regular; winback");
        policy.put("tier.diamond", "Diamond | 钻石 | Dedicated service and VIP offers | 专属服务与 VIP 优惠");
        policy.put("tier.gold", "Gold | 金 | Regular contact and promotions | 定期联系与促销活动");
        policy.put("tier.silver", "Silver | 银 | Activation content | 激活内容推送");
        policy.put("tier.regular", "Regular | 普通 | Activation content | 激活内容推送");
        policy.put("tier.winback", "Win back | 待挽回 | Win-back offers | 挽回优惠");
        policy.put("default.tier", "regular");
        policy.put("rule.10", "lifecycle.stage == \"churned\" -> winback");
        policy.put("tag.高频购买", "facts.purchases_90d >= 3");
        policy.put("tag.大额消费", "facts.max_order >= 10000");
        policy.put("tag.沉睡", "facts.purchase_count > 0 && facts.days_since_last_purchase > 180");
        policy.put("tag.兴趣/收藏", "customer.attributes.preference == \"collection\"");
        policy.put("tag.兴趣偏好/冰种", "customer.attributes.jade == \"ice\"");
        runs.saveResults(id, new ClassifierInfo("frequency", "Purchase and interaction frequency", "1.0.0",
                Map.of()), "hand-made", labels("interactions", INTERACTIONS,
                Map.of("C100", "active", "wmA", "very-active", "wmB", "silent", "wmC", "silent", "wmE", "active")));
        runs.saveResults(id, new ClassifierInfo("tier", "Tier policy", "1.0.0", policy), "hand-made",
                labels("tier", TIERS, Map.of("C100", "gold", "wmA", "silver", "wmB", "diamond", "wmC", "regular",
                        "wmE", "regular")));
        runs.finishRun(id);
        return id;
    }

    private static List<Classification> labels(String scheme, Map<String, Label> labels, Map<String, String> keys) {
        List<Classification> classifications = new ArrayList<>();
        keys.forEach((customer, key) -> classifications.add(new Classification(customer, scheme, labels.get(key),
                Map.of(), "hand-made: " + key)));
        return classifications;
    }

    /** A contact as the WeCom importer stores it: staff userids by the time each added it. */
    private static Customer wecom(String externalUserid, String name, Map<String, String> addedByUserid) {
        Map<String, String> attributes = new LinkedHashMap<>();
        addedByUserid.forEach((userid, added) -> attributes.put("wecom.added." + userid, added));
        String owners = String.join(",", addedByUserid.entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList());
        return new Customer(externalUserid, name, CustomerType.PERSON, null, null, externalUserid, null, null, null,
                null, null, null, null, null, null, null, owners, null, attributes);
    }

    private static CustomerTag wecomTag(String customer, String group, String name) {
        return new CustomerTag(customer, group, name, CustomerTag.WECOM);
    }

    private static TagDefinition definition(String id, String name, String groupId, String groupName) {
        return new TagDefinition(CustomerTag.WECOM, id, name, groupId, groupName);
    }
}
