package io.tierbench.rest.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.InteractionChannel;
import io.tierbench.api.model.InteractionKind;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.Order;
import io.tierbench.api.model.OrderStatus;
import io.tierbench.api.repository.ClassifierInfo;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import io.tierbench.repository.h2.internal.H2CustomerRepository;
import io.tierbench.repository.h2.internal.H2Database;
import io.tierbench.repository.h2.internal.H2RepositoryConfiguration;
import io.tierbench.repository.h2.internal.H2RunRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;

/**
 * A hand-built shop in a real H2 file database under {@code target/rest-tests/}:
 *
 * <pre>
 * id  name                  type     phone          city  purchases (refunds)   tags        run 1 rfm / tier     run 2 rfm / tier
 * C1  张伟                  person   13812345678    杭州  100.00 + 200.00       VIP import  loyal / silver       champions / gold
 * C2  王芳                  person   13900001111    苏州  50.00 (30.00 refund)  -           lost / regular       lost / regular
 * C3  杭州翠玉珠宝有限公司  company  0571-88776655   杭州  1000.00               VIP wecom   champions / gold     champions / gold
 * C4  Alice Smith           person   -              上海  -                     -           -                    no-purchases / regular
 * </pre>
 * Run 1 is as of 2026-03-31, run 2 as of 2026-06-30; C1 has one feedback interaction (CSAT 5), e-mail
 * zhangwei@example.com and WeChat id wxid_zhangwei.
 */
final class ShopFixture implements AutoCloseable {

    final H2Database database;
    final H2CustomerRepository customers;
    final H2RunRepository runs;
    final Path folder;

    ShopFixture() {
        folder = Path.of("target", "rest-tests", UUID.randomUUID().toString()).toAbsolutePath();
        database = new H2Database(new OsgiDataSourceFactory(new Driver()), ComponentConfigurations.of(
                H2RepositoryConfiguration.class, Map.of("url", "jdbc:h2:file:" + folder.resolve("db/tierbench"),
                        "batch_size", 3)));
        customers = new H2CustomerRepository(database);
        runs = new H2RunRepository(database);
        storeShop();
        storeRun(LocalDate.of(2026, 3, 31), Map.of("C1", "loyal-customers", "C2", "lost", "C3", "champions"),
                Map.of("C1", "silver", "C2", "regular", "C3", "gold"));
        storeRun(LocalDate.of(2026, 6, 30), Map.of("C1", "champions", "C2", "lost", "C3", "champions", "C4",
                "no-purchases"), Map.of("C1", "gold", "C2", "regular", "C3", "gold", "C4", "regular"));
    }

    private void storeShop() {
        try (RepositoryTransaction tx = customers.begin()) {
            tx.upsertCustomers(List.of(
                    new Customer("C1", "张伟", CustomerType.PERSON, "13812345678", "zhangwei@example.com",
                            "wxid_zhangwei", null, null, null, null, "中国", "浙江", "杭州", null, null, null, "李娜",
                            null, Map.of()),
                    person("C2", "王芳", "13900001111", "苏州"),
                    new Customer("C3", "杭州翠玉珠宝有限公司", CustomerType.COMPANY, "0571-88776655", null, null, null,
                            null, null, null, null, "浙江", "杭州", "珠宝", 120, null, null, null, Map.of()),
                    person("C4", "Alice Smith", null, "上海")));
            tx.upsertOrders(List.of(order("O1", "C1", "2026-01-10T10:00", "100.00", OrderStatus.COMPLETED),
                    order("O2", "C1", "2026-06-01T10:00", "200.00", OrderStatus.COMPLETED),
                    order("O3", "C2", "2025-05-01T10:00", "50.00", OrderStatus.COMPLETED),
                    order("O4", "C2", "2025-05-02T10:00", "30.00", OrderStatus.REFUNDED),
                    order("O5", "C3", "2026-06-20T10:00", "1000.00", OrderStatus.COMPLETED)));
            tx.upsertInteractions(List.of(new Interaction("I1", "C1", LocalDateTime.parse("2026-06-02T09:00"),
                    InteractionChannel.WECHAT, InteractionKind.FEEDBACK, "很满意", 5, null)));
            tx.upsertTags(List.of(new CustomerTag("C1", null, "VIP", CustomerTag.IMPORTED),
                    new CustomerTag("C3", null, "VIP", CustomerTag.WECOM)));
            tx.commit();
        }
    }

    private void storeRun(LocalDate asOf, Map<String, String> segments, Map<String, String> tiers) {
        long run = runs.startRun(asOf);
        runs.saveResults(run, new ClassifierInfo("rfm", "RFM", "1.0.0", Map.of("window.days", "365")), "rfm",
                classifications("segment", segments));
        runs.saveResults(run, new ClassifierInfo("tier", "Tier policy", "1.0.0", Map.of()), "tiers",
                classifications("tier", tiers));
        runs.finishRun(run);
    }

    static List<Classification> classifications(String scheme, Map<String, String> keys) {
        List<Classification> classifications = new ArrayList<>();
        keys.forEach((customer, key) -> classifications.add(new Classification(customer, scheme, label(key),
                Map.of("score", new BigDecimal("1.5")), "because " + key)));
        return classifications;
    }

    static Label label(String key) {
        return new Label(key, "EN " + key, "中 " + key);
    }

    private static Customer person(String id, String name, String phone, String city) {
        return new Customer(id, name, CustomerType.PERSON, phone, null, null, null, null, null, null, null, null, city,
                null, null, null, null, null, Map.of());
    }

    private static Order order(String id, String customer, String at, String amount, OrderStatus status) {
        return new Order(id, customer, LocalDateTime.parse(at), new BigDecimal(amount), null, 1, null, null, status);
    }

    @Override
    public void close() {
        database.close();
    }
}
