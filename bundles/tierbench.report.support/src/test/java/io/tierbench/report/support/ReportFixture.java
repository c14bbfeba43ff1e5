package io.tierbench.report.support;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.report.ReportContent;
import io.tierbench.api.report.ReportRequest;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.LabelCount;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import io.tierbench.repository.h2.internal.H2RunRepository;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;

/**
 * A hand-built shop of nine customers in a real (in-memory) H2 repository, with two stored runs whose labels are
 * written by hand with the shipped classifiers' label keys, so that every action list is known in advance:
 *
 * <pre>
 * id   spend    run 2: rfm segment   rfm value             abc  clv pred / hist   lifecycle  lists
 * C01  12000.00 cant-lose-them       important-retention   a    top / top         at-risk    contact (2 reasons)
 * C02   5000.00 at-risk              important-winback     b    low / middle      churned    win back (3 reasons)
 * C03  14000.00 champions            important-value       a    top / top         active     -
 * C04   3000.00 need-attention       general-development   b    top / middle      at-risk    contact
 * C05    100.00 lost                 general-winback       c    low / low         churned    - (no past value)
 * C06    800.00 hibernating          important-winback     c    low / low         churned    win back
 * C07     0     no-purchases         no-purchases          c    no-purchases      potential  -
 * C08   1500.00 hibernating          general-retention     c    low / top         churned    win back
 * C09   4000.00 potential-loyalist   important-development b    middle / top      at-risk    - (predictive middle)
 * </pre>
 *
 * Run 1 (as of 2026-03-31) has only RFM segments and lifecycle stages; C03's purchases all fall after it.
 */
public final class ReportFixture implements AutoCloseable {

    public static final LocalDate FIRST_AS_OF = LocalDate.of(2026, 3, 31);
    public static final LocalDate SECOND_AS_OF = LocalDate.of(2026, 6, 30);
    public static final List<String> CONTACT_THIS_WEEK = List.of("C01", "C04");
    public static final List<String> WIN_BACK = List.of("C02", "C08", "C06");
    public static final int CUSTOMERS = 9;

    private static final Map<String, Label> LABELS = labels();

    private final H2Database database;
    private final H2CustomerRepository customers;
    private final H2RunRepository runs;
    private final long firstRun;
    private final long secondRun;

    private ReportFixture(H2Database database) {
        this.database = database;
        this.customers = new H2CustomerRepository(database);
        this.runs = new H2RunRepository(database);
        storeShop();
        this.firstRun = storeFirstRun();
        this.secondRun = storeSecondRun();
    }

    /** @return the shop in a fresh in-memory database of its own */
    public static ReportFixture open() {
        return new ReportFixture(new H2Database(new OsgiDataSourceFactory(new Driver()),
                ComponentConfigurations.of(H2RepositoryConfiguration.class,
                        Map.of("url", "jdbc:h2:mem:report-" + System.nanoTime(), "batch_size", 3))));
    }

    public H2CustomerRepository customers() {
        return customers;
    }

    public H2RunRepository runs() {
        return runs;
    }

    public long firstRun() {
        return firstRun;
    }

    public long secondRun() {
        return secondRun;
    }

    /** @return a request on the second run */
    public ReportRequest request(ReportContent content, String language, boolean mask) {
        return new ReportRequest(secondRun, content, language, mask, customers, runs);
    }

    /**
     * @return the repository's own label counts of the second run, by table column key ({@code rfm.segment},
     *         {@code lifecycle_stage}) and then by label as written in the language
     */
    public Map<String, Map<String, Long>> labelCounts(String language) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (LabelCount count : runs.labelDistribution(secondRun)) {
            String column = count.classifierId().equals("lifecycle") ? "lifecycle_stage"
                    : count.classifierId() + "." + count.scheme();
            counts.computeIfAbsent(column, k -> new TreeMap<>()).merge(count.label().in(language), count.customers(),
                    Long::sum);
        }
        return counts;
    }

    /** @return a folder under {@code target/} for a test's files */
    public static Path outputFolder(Class<?> test) throws IOException {
        Path folder = Path.of("target", "reports", test.getSimpleName());
        Files.createDirectories(folder);
        return folder;
    }

    @Override
    public void close() {
        database.close();
    }

    private void storeShop() {
        try (RepositoryTransaction tx = customers.begin()) {
            tx.upsertCustomers(List.of(
                    person("C01", "张伟", "13812345678", "zhangwei@example.com", "wxid_zhangwei", "浙江", "杭州", "李娜"),
                    person("C02", "王芳", "+86 139 8765 4321", "wangfang@example.cn", null, "江苏", "苏州", "李娜"),
                    new Customer("C03", "杭州翠玉珠宝有限公司", CustomerType.COMPANY, "0571-88776655", "info@cuiyu.example",
                            null, null, null, null, null, "中国", "浙江", "杭州", "珠宝", 120, null, "王磊", null, Map.of()),
                    person("C04", "Alice Smith", null, "alice@example.com", null, "上海", "上海", "王磊"),
                    person("C05", "李强", "13900001111", null, null, "浙江", "宁波", null),
                    person("C06", "赵敏", "13700002222", null, null, "浙江", "杭州", "李娜"),
                    person("C07", "陈静", null, null, null, null, null, null),
                    person("C08", "周杰", "13600003333", null, null, "广东", "深圳", "王磊"),
                    person("C09", "孙丽", "13500004444", null, null, "浙江", "杭州", "李娜")));
            tx.upsertOrders(List.of(
                    order("O01-1", "C01", "2025-06-01", "5000.00"), order("O01-2", "C01", "2025-09-01", "4000.00"),
                    order("O01-3", "C01", "2026-01-10", "3000.00"),
                    new Order("O01-4", "C01", LocalDate.parse("2026-02-01").atTime(10, 0), new BigDecimal("999.00"),
                            null, 1, null, null, OrderStatus.REFUNDED),
                    order("O02-1", "C02", "2024-10-01", "2000.00"), order("O02-2", "C02", "2025-03-01", "3000.00"),
                    order("O03-1", "C03", "2026-05-01", "8000.00"), order("O03-2", "C03", "2026-06-20", "6000.00"),
                    order("O04-1", "C04", "2025-12-01", "1000.00"), order("O04-2", "C04", "2026-02-01", "2000.00"),
                    order("O05-1", "C05", "2025-01-05", "100.00"),
                    order("O06-1", "C06", "2025-02-01", "800.00"),
                    order("O08-1", "C08", "2024-12-01", "700.00"), order("O08-2", "C08", "2025-05-01", "800.00"),
                    order("O09-1", "C09", "2025-11-01", "2500.00"), order("O09-2", "C09", "2026-03-01", "1500.00")));
            tx.upsertTags(List.of(new CustomerTag("C01", "客户类型", "老客户", CustomerTag.IMPORTED),
                    new CustomerTag("C01", "兴趣", "收藏", CustomerTag.WECOM),
                    new CustomerTag("C03", "行业", "珠宝批发", CustomerTag.IMPORTED)));
            tx.commit();
        }
    }

    private long storeFirstRun() {
        long run = runs.startRun(FIRST_AS_OF);
        save(run, "rfm", "RFM", Map.of("segment", List.of("loyal-customers", "at-risk", "no-purchases",
                "new-customers", "lost", "hibernating", "no-purchases", "hibernating", "promising")));
        save(run, "lifecycle", "Lifecycle stage", Map.of("stage", List.of("active", "churned", "potential", "new",
                "churned", "churned", "potential", "churned", "active")));
        runs.finishRun(run);
        return run;
    }

    private long storeSecondRun() {
        long run = runs.startRun(SECOND_AS_OF);
        save(run, "rfm", "RFM", Map.of(
                "segment", List.of("cant-lose-them", "at-risk", "champions", "need-attention", "lost", "hibernating",
                        "no-purchases", "hibernating", "potential-loyalist"),
                "value", List.of("important-retention", "important-winback", "important-value",
                        "general-development", "general-winback", "important-winback", "no-purchases",
                        "general-retention", "important-development")));
        save(run, "abc", "ABC (Pareto)", Map.of("class", List.of("a", "b", "a", "b", "c", "c", "c", "c", "b")));
        save(run, "clv", "Customer lifetime value", Map.of(
                "predictive", List.of("top", "low", "top", "top", "low", "low", "no-purchases", "low", "middle"),
                "historical", List.of("top", "middle", "top", "middle", "low", "low", "no-purchases", "top",
                        "top")));
        save(run, "lifecycle", "Lifecycle stage", Map.of("stage", List.of("at-risk", "churned", "active", "at-risk",
                "churned", "churned", "potential", "churned", "at-risk")));
        runs.finishRun(run);
        return run;
    }

    /** Saves one classifier's labels: per scheme, the label keys of C01 to C09. */
    private void save(long run, String classifierId, String name, Map<String, List<String>> keysByScheme) {
        List<Classification> classifications = new ArrayList<>();
        keysByScheme.forEach((scheme, keys) -> {
            for (int i = 0; i < keys.size(); i++) {
                String customer = String.format("C%02d", i + 1);
                classifications.add(new Classification(customer, scheme, LABELS.get(classifierId + "." + keys.get(i)),
                        scores(classifierId, scheme, i + 1), "hand-made: " + keys.get(i)));
            }
        });
        runs.saveResults(run, new ClassifierInfo(classifierId, name, "1.0.0", Map.of("hand.made", "true")),
                name + " summary of run " + run + "\nsecond line", classifications);
    }

    /** Scores a test can recognise: customer n gets r_score n, p_alive 0.n, clv n * 1000.50, and so on. */
    private static Map<String, BigDecimal> scores(String classifierId, String scheme, int n) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        switch (classifierId + "." + scheme) {
            case "rfm.segment", "rfm.value" -> {
                scores.put("r_score", BigDecimal.valueOf(n % 5 + 1));
                scores.put("f_score", BigDecimal.valueOf(2));
                scores.put("m_score", BigDecimal.valueOf(3));
            }
            case "abc.class" -> {
                scores.put("rank", BigDecimal.valueOf(n));
                scores.put("share", new BigDecimal("12.5000"));
            }
            case "clv.predictive" -> {
                scores.put("p_alive", new BigDecimal("0." + n));
                scores.put("clv", new BigDecimal("1000.50").multiply(BigDecimal.valueOf(n)));
            }
            case "clv.historical" -> scores.put("historical_clv", new BigDecimal("200.25").multiply(BigDecimal.valueOf(n)));
            default -> {
            }
        }
        return scores;
    }

    private static Customer person(String id, String name, String phone, String email, String wechat,
            String province, String city, String owner) {
        return new Customer(id, name, CustomerType.PERSON, phone, email, wechat, null, null, null, null, "中国",
                province, city, null, null, null, owner, null, Map.of());
    }

    private static Order order(String id, String customer, String date, String amount) {
        return new Order(id, customer, LocalDate.parse(date).atTime(10, 0), new BigDecimal(amount), null, 1, null,
                null, OrderStatus.COMPLETED);
    }

    private static Map<String, Label> labels() {
        Map<String, Label> labels = new LinkedHashMap<>();
        String[][] rows = {
            {"rfm.champions", "Champions", "冠军客户"}, {"rfm.loyal-customers", "Loyal Customers", "忠诚客户"},
            {"rfm.potential-loyalist", "Potential Loyalist", "潜力客户"}, {"rfm.new-customers", "New Customers", "新客户"},
            {"rfm.promising", "Promising", "有望客户"}, {"rfm.need-attention", "Need Attention", "需要关注"},
            {"rfm.at-risk", "At Risk", "有流失风险"}, {"rfm.cant-lose-them", "Can't Lose Them", "不能失去"},
            {"rfm.hibernating", "Hibernating", "沉睡客户"}, {"rfm.lost", "Lost", "已流失"},
            {"rfm.no-purchases", "No purchases", "无购买"},
            {"rfm.important-value", "Important value", "重要价值客户"},
            {"rfm.important-development", "Important development", "重要发展客户"},
            {"rfm.important-retention", "Important retention", "重要保持客户"},
            {"rfm.important-winback", "Important win-back", "重要挽留客户"},
            {"rfm.general-development", "General development", "一般发展客户"},
            {"rfm.general-retention", "General retention", "一般保持客户"},
            {"rfm.general-winback", "General win-back", "一般挽留客户"},
            {"abc.a", "Class A", "A类客户"}, {"abc.b", "Class B", "B类客户"}, {"abc.c", "Class C", "C类客户"},
            {"clv.top", "Top", "高价值客户"}, {"clv.middle", "Middle", "中价值客户"}, {"clv.low", "Low", "低价值客户"},
            {"clv.no-purchases", "No purchases", "无购买"},
            {"lifecycle.potential", "Potential", "潜在客户"}, {"lifecycle.new", "New", "新客户"},
            {"lifecycle.active", "Active", "活跃客户"}, {"lifecycle.at-risk", "At risk", "有流失风险"},
            {"lifecycle.churned", "Churned", "已流失"}, {"lifecycle.won-back", "Won back", "已挽回"}};
        for (String[] row : rows) {
            String key = row[0].substring(row[0].indexOf('.') + 1);
            labels.put(row[0], new Label(key, row[1], row[2]));
        }
        return labels;
    }
}
