package io.tierbench.samples;

import static io.tierbench.samples.ShopVocabulary.FEMALE_NAME_CHARACTERS;
import static io.tierbench.samples.ShopVocabulary.MALE_NAME_CHARACTERS;
import static io.tierbench.samples.ShopVocabulary.MOBILE_PREFIXES;
import static io.tierbench.samples.ShopVocabulary.SURNAMES;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the jade (翡翠) edition's sample: a jade shop in Hangzhou with about two hundred customers, as
 * customers.csv, orders.csv and interactions.csv in the importer's canonical columns (UTF-8, LF line ends). Beside
 * the canonical columns, customers.csv has three the importer keeps as free attributes: {@code preference}
 * (收藏 collection / 佩戴 wearing / 投资 investment), {@code membership_level} and {@code points}. The same seed gives
 * the same bytes.
 *
 * <pre>
 * java -cp tierbench-samples.jar io.tierbench.samples.JadeShopGenerator OUTPUT_DIR
 * </pre>
 */
public final class JadeShopGenerator {

    /** The bundled jade sample's seed and as-of date. */
    public static final long SEED = 20260701L;
    public static final int CUSTOMERS = 200;
    public static final LocalDate END_DATE = LocalDate.of(2026, 6, 30);
    /** The shop's city: customers elsewhere are remote (外地). */
    public static final String SHOP_CITY = "杭州";

    static final String CUSTOMERS_HEADER = "external_id,name,type,phone,gender,birth_year,country,province,city,"
            + "acquisition_channel,owner,created_date,preference,membership_level,points";
    static final String ORDERS_HEADER = "order_id,customer_id,ordered_at,amount,currency,quantity,sku,category,status";
    static final String INTERACTIONS_HEADER = "interaction_id,customer_id,occurred_at,channel,kind,text,csat,nps";

    static final String[] PREFERENCES = {"收藏", "佩戴", "投资"};
    private static final int[] PREFERENCE_WEIGHTS = {25, 55, 20};
    // Collectors and investors pay more for the same category.
    private static final double[] PREFERENCE_PRICE_FACTOR = {1.6, 0.7, 2.2};

    static final String[] CATEGORIES = {"手镯", "吊坠", "戒面", "原石", "摆件"};
    private static final String[] SKU_PREFIXES = {"BG", "PD", "RS", "RW", "CV"};
    private static final double[] CATEGORY_MEDIAN_YUAN = {12_000, 2_800, 6_500, 18_000, 15_000};
    private static final double[] CATEGORY_SIGMA = {1.1, 0.9, 1.2, 1.5, 1.2};
    /** Category weights per preference: wearers buy bangles, pendants and ring stones; investors raw stone. */
    private static final int[][] CATEGORY_WEIGHTS = {
        {25, 10, 15, 20, 30},
        {40, 35, 20, 0, 5},
        {30, 5, 20, 40, 5}};
    static final long MIN_PRICE_YUAN = 200;
    static final long MAX_PRICE_YUAN = 880_000;

    /** Membership by lifetime spend, lowest first, and the spend each needs. */
    static final String[] MEMBERSHIP_LEVELS = {"普通会员", "银卡会员", "金卡会员", "钻石会员"};
    static final long[] MEMBERSHIP_SPEND_YUAN = {0, 10_000, 50_000, 200_000};

    private static final String[][] PLACES = {
        {"浙江", "杭州"}, {"浙江", "宁波"}, {"浙江", "温州"}, {"上海", "上海"}, {"江苏", "苏州"}, {"江苏", "南京"},
        {"北京", "北京"}, {"广东", "深圳"}, {"广东", "揭阳"}, {"云南", "昆明"}};
    private static final int[] PLACE_WEIGHTS = {55, 8, 6, 10, 6, 3, 4, 4, 2, 2};
    private static final String[] CHANNELS = {"门店", "微信", "直播", "老客介绍", "展会"};
    private static final String[] OWNERS = {"沈玉华", "陆晓雯", "周建国"};

    private static final String[] INTERACTION_KINDS = {"communication", "service", "feedback", "complaint",
        "referral"};
    private static final int[] INTERACTION_KIND_WEIGHTS = {45, 25, 18, 4, 8};
    private static final String[][] INTERACTION_TEXTS = {
        {"预约到店看货", "咨询新到的冰种手镯", "询问证书", "直播间咨询价格"},
        {"手镯清洗保养", "吊坠换绳", "证书补办", "戒面镶嵌"},
        {"种水很满意", "颜色和照片一致", "包装精美"},
        {"价格与直播间不一致", "发货慢"},
        {"介绍朋友来店", "推荐同事购买"}};
    private static final String[] INTERACTION_CHANNELS = {"visit", "wechat", "phone"};

    /** The customer's behaviour: how many purchases and whether they stopped buying long ago. */
    private enum Pattern { NEVER_BOUGHT, ONE_OFF, REPEAT, LAPSED }

    private static final int[] PATTERN_WEIGHTS = {8, 37, 35, 20};
    private static final int HISTORY_DAYS = 5 * 365;

    private record Order(long day, int second, long amount, int category, boolean refunded) {
    }

    /** What a generation wrote. */
    public record Summary(int customers, int orders, int interactions) {
    }

    private JadeShopGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JadeShopGenerator OUTPUT_DIR");
            System.exit(2);
        }
        Summary summary = generate(Path.of(args[0]));
        System.out.printf("wrote %d customers, %d orders, %d interactions to %s%n", summary.customers(),
                summary.orders(), summary.interactions(), args[0]);
    }

    /** Writes the three files of the bundled jade sample into {@code directory}, replacing them. */
    public static Summary generate(Path directory) throws IOException {
        Files.createDirectories(directory);
        Draws draws = new Draws(SEED);
        long endDay = END_DATE.toEpochDay();
        int orderNumber = 0;
        int interactionNumber = 0;
        try (OutputStream customersOut = open(directory.resolve("customers.csv"));
                OutputStream ordersOut = open(directory.resolve("orders.csv"));
                OutputStream interactionsOut = open(directory.resolve("interactions.csv"))) {
            customersOut.write((CUSTOMERS_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            ordersOut.write((ORDERS_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            interactionsOut.write((INTERACTIONS_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            CsvLine customerLine = new CsvLine(customersOut);
            CsvLine orderLine = new CsvLine(ordersOut);
            CsvLine interactionLine = new CsvLine(interactionsOut);
            for (int number = 1; number <= CUSTOMERS; number++) {
                String id = "J" + CustomerPlanner.zeroPadded(number, 4);
                int preference = draws.weighted(PREFERENCE_WEIGHTS);
                Pattern pattern = Pattern.values()[draws.weighted(PATTERN_WEIGHTS)];
                // A lapsed customer has been known long enough to have stopped buying.
                long createdDay = endDay - draws.between(pattern == Pattern.LAPSED ? 450 : 30, HISTORY_DAYS);
                List<Order> orders = orders(draws, pattern, preference, createdDay, endDay);
                long spend = 0;
                for (Order order : orders) {
                    spend += order.refunded() ? 0 : order.amount();
                }
                int membership = membership(spend);
                // One point per 10 yuan, some of it already redeemed.
                long points = spend / 10 - (spend / 10) * draws.below(40) / 100;

                boolean female = draws.chance(0.7);
                String[] place = PLACES[draws.weighted(PLACE_WEIGHTS)];
                customerLine.text(id).text(personName(draws, female)).text("person")
                        .text(draws.chance(0.9) ? mobileNumber(draws) : null)
                        .text(female ? "女" : "男")
                        .text(Long.toString(draws.between(1958, 2000)))
                        .text("中国").text(place[0]).text(place[1])
                        .text(draws.pick(CHANNELS)).text(draws.pick(OWNERS))
                        .date(createdDay)
                        .text(PREFERENCES[preference]).text(MEMBERSHIP_LEVELS[membership]).number(points)
                        .end();
                for (Order order : orders) {
                    orderNumber++;
                    orderLine.id('O', orderNumber, 5).text(id).dateTime(order.day(), order.second())
                            .yuan(order.amount()).text("CNY").number(1)
                            .text(SKU_PREFIXES[order.category()] + "-" + draws.between(100, 999))
                            .text(CATEGORIES[order.category()]).text(order.refunded() ? "refunded" : "completed")
                            .end();
                }
                int interactions = pattern == Pattern.NEVER_BOUGHT ? draws.below(2) : draws.below(5);
                for (int i = 0; i < interactions; i++) {
                    interactionNumber++;
                    int kind = draws.weighted(INTERACTION_KIND_WEIGHTS);
                    interactionLine.id('I', interactionNumber, 5).text(id)
                            .dateTime(draws.between(createdDay, endDay), (int) draws.between(9 * 3600, 21 * 3600))
                            .text(draws.pick(INTERACTION_CHANNELS)).text(INTERACTION_KINDS[kind])
                            .text(draws.pick(INTERACTION_TEXTS[kind]));
                    boolean rated = (kind == 1 || kind == 2 || kind == 3) && draws.chance(0.6);
                    if (rated) {
                        interactionLine.number(kind == 3 ? draws.between(1, 2) : draws.between(4, 5));
                    } else {
                        interactionLine.text(null);
                    }
                    interactionLine.text(null).end();
                }
            }
        }
        return new Summary(CUSTOMERS, orderNumber, interactionNumber);
    }

    private static List<Order> orders(Draws draws, Pattern pattern, int preference, long createdDay, long endDay) {
        int count = switch (pattern) {
            case NEVER_BOUGHT -> 0;
            case ONE_OFF -> 1;
            case REPEAT -> (int) draws.between(2, 7);
            case LAPSED -> (int) draws.between(1, 3);
        };
        long lastDay = endDay;
        if (pattern == Pattern.LAPSED) {
            // Lapsed customers bought only in the first part of their history, at least 14 months ago.
            lastDay = Math.max(createdDay, endDay - draws.between(420, 900));
        }
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int category = draws.weighted(CATEGORY_WEIGHTS[preference]);
            double yuan = draws.logNormal(CATEGORY_MEDIAN_YUAN[category] * PREFERENCE_PRICE_FACTOR[preference],
                    CATEGORY_SIGMA[category]);
            long amount = Math.min(MAX_PRICE_YUAN, Math.max(MIN_PRICE_YUAN, Math.round(yuan / 10) * 10));
            long day = draws.between(createdDay, lastDay);
            orders.add(new Order(day, (int) draws.between(10 * 3600, 21 * 3600), amount, category,
                    draws.chance(0.04)));
        }
        orders.sort((a, b) -> a.day() != b.day() ? Long.compare(a.day(), b.day())
                : Integer.compare(a.second(), b.second()));
        return orders;
    }

    static int membership(long spendYuan) {
        int level = 0;
        for (int i = 0; i < MEMBERSHIP_SPEND_YUAN.length; i++) {
            if (spendYuan >= MEMBERSHIP_SPEND_YUAN[i]) {
                level = i;
            }
        }
        return level;
    }

    private static String personName(Draws draws, boolean female) {
        String[] characters = female ? FEMALE_NAME_CHARACTERS : MALE_NAME_CHARACTERS;
        String given = draws.pick(characters);
        return draws.pick(SURNAMES) + (draws.chance(0.7) ? given + draws.pick(characters) : given);
    }

    private static String mobileNumber(Draws draws) {
        return draws.pick(MOBILE_PREFIXES) + CustomerPlanner.zeroPadded(draws.between(0, 99_999_999), 8);
    }

    private static OutputStream open(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file));
    }
}
