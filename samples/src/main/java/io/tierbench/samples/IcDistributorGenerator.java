package io.tierbench.samples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Generates the IC distribution (IC 元器件分销) edition's sample: a Shenzhen distributor of electronic components
 * with two hundred business customers, as customers.csv, orders.csv and interactions.csv in the importer's
 * canonical columns (UTF-8, LF line ends). Customers are mostly companies with an industry (行业类型) and a company
 * size in employees; beside the canonical columns, customers.csv has two the importer keeps as free attributes:
 * {@code contact} (the buyer and their title) and {@code payment_terms} (款到发货 / 月结30天 ...). Orders are one part
 * number each, priced per piece times a whole number of reels or trays. The same seed gives the same bytes.
 *
 * <p>A customer's yearly purchases follow from its size: employees times a yearly amount per employee for its
 * industry ({@link #YEARLY_YUAN_PER_EMPLOYEE}) is what it could buy here, and a drawn share of that is what it does
 * buy. A quarter of the companies give a small share (a big firm buying mostly elsewhere), so the potential
 * classifier finds customers of high potential; others stopped buying (churned) or are slowing down.
 *
 * <pre>
 * java -cp tierbench-samples.jar io.tierbench.samples.IcDistributorGenerator OUTPUT_DIR
 * </pre>
 */
public final class IcDistributorGenerator {

    /** The bundled IC sample's seed and as-of date. */
    public static final long SEED = 20260702L;
    public static final int CUSTOMERS = 200;
    public static final LocalDate END_DATE = LocalDate.of(2026, 6, 30);
    /** Orders go back three years, to when the distributor moved to its current ERP. */
    static final int ORDER_HISTORY_DAYS = 3 * 365;
    /** The CRM knows customers from up to eight years back. */
    private static final int CRM_HISTORY_DAYS = 8 * 365;

    static final String CUSTOMERS_HEADER = "external_id,name,type,phone,email,country,province,city,industry,"
            + "company_size,acquisition_channel,owner,created_date,contact,payment_terms";
    static final String ORDERS_HEADER = "order_id,customer_id,ordered_at,amount,currency,quantity,sku,category,status";
    static final String INTERACTIONS_HEADER = "interaction_id,customer_id,occurred_at,channel,kind,text,csat,nps";

    static final String[] INDUSTRIES = {"汽车电子", "工业控制", "消费电子", "通信设备", "医疗电子", "新能源"};
    private static final int[] INDUSTRY_WEIGHTS = {18, 22, 20, 14, 10, 16};
    /** What a company of the industry buys from the distributor in a year, per employee, when it buys all it could. */
    static final long[] YEARLY_YUAN_PER_EMPLOYEE = {140, 100, 160, 120, 80, 150};
    private static final String[][] COMPANY_SUFFIXES = {
        {"汽车电子有限公司", "车联科技有限公司", "汽车部件有限公司"},
        {"自动化设备有限公司", "工控技术有限公司", "智能装备有限公司"},
        {"电子科技有限公司", "智能科技有限公司", "数码科技有限公司"},
        {"通信技术有限公司", "网络设备有限公司", "光电通信有限公司"},
        {"医疗器械有限公司", "医疗电子有限公司", "生物医疗科技有限公司"},
        {"新能源科技有限公司", "储能技术有限公司", "光伏科技有限公司"}};
    private static final String[] COMPANY_WORDS = {"恒达", "鼎盛", "宏图", "天和", "联创", "智达", "星河", "远航",
        "嘉禾", "永泰", "华信", "金润", "启航", "锐能", "芯源", "科林", "新宇", "中恒", "凯迪", "海创", "飞扬", "盛源",
        "精工", "博远", "同创", "德信", "迅捷", "北辰", "立鼎", "云帆"};

    /**
     * Company sizes in employees, lowest first, as China's statistics bureau sizes industrial firms: micro (fewer
     * than 20), small (20 to 299), medium (300 to 999), large (1000 and more).
     */
    static final int[] SIZE_BUCKET_FROM = {5, 20, 300, 1000};
    static final int[] SIZE_BUCKET_TO = {19, 299, 999, 20_000};
    private static final int[] SIZE_WEIGHTS = {8, 42, 30, 20};
    /** Individual engineers and makers buying a few parts: no industry, no size. */
    private static final double PERSON_SHARE = 0.05;

    /** How a customer buys: from weekly to never, or stopped. */
    private enum Pattern { FREQUENT, REGULAR, OCCASIONAL, NEW, FADING, LAPSED, PROSPECT }

    /** Pattern weights per size bucket, then for persons: big firms order often, small ones now and then. */
    private static final int[][] PATTERN_WEIGHTS = {
        {2, 15, 35, 10, 10, 18, 10},
        {8, 30, 25, 8, 10, 12, 7},
        {20, 35, 15, 7, 8, 8, 7},
        {35, 30, 8, 7, 7, 5, 8},
        {0, 10, 45, 10, 5, 20, 10}};
    /** Orders a year, from and to, per pattern (the new, lapsed and prospects are counted otherwise). */
    private static final int[][] ORDERS_PER_YEAR = {{16, 40}, {5, 10}, {1, 3}, {0, 0}, {3, 8}, {2, 6}, {0, 0}};

    /** Share of its expected purchases a company gives the distributor: small, about half, or all of it. */
    private static final int[][] SHARE_WEIGHTS = {{10, 30, 60}, {15, 35, 50}, {25, 35, 40}, {40, 30, 30}};
    private static final double[][] SHARE_RANGES = {{0.04, 0.22}, {0.35, 0.62}, {0.8, 1.4}};
    /** Even a small firm's order is worth a few hundred yuan: one reel, one tray. */
    private static final double MIN_ORDER_MEAN_YUAN = 400;
    private static final long MIN_ORDER_FEN = 200_00L;
    private static final long MAX_ORDER_FEN = 900_000_00L;

    static final String[] CATEGORIES = {"MCU", "存储器", "电源管理", "传感器", "被动元件", "连接器", "分立器件"};
    /** Category weights per industry, then for persons. */
    private static final int[][] CATEGORY_WEIGHTS = {
        {25, 10, 15, 20, 10, 12, 8},
        {25, 8, 18, 12, 12, 12, 13},
        {20, 20, 18, 12, 15, 10, 5},
        {20, 25, 18, 5, 15, 12, 5},
        {25, 12, 15, 25, 10, 8, 5},
        {12, 5, 25, 10, 10, 13, 25},
        {35, 10, 15, 20, 5, 10, 5}};

    /** A part number with its unit price in ten-thousandths of a yuan and its packing unit (reel, tray, tube). */
    record Part(String sku, int category, long priceE4, int packingUnit) {
    }

    static final Part[] PARTS = {
        new Part("STM32F103C8T6", 0, 8_5000, 100), new Part("STM32F407VGT6", 0, 28_0000, 100),
        new Part("GD32F303RCT6", 0, 9_8000, 100), new Part("ESP32-WROOM-32E", 0, 19_5000, 100),
        new Part("S32K144HAT0MLLT", 0, 45_0000, 100), new Part("ATMEGA328P-AU", 0, 12_0000, 100),
        new Part("TMS320F28035PNT", 0, 38_0000, 100),
        new Part("W25Q128JVSIQ", 1, 3_2000, 100), new Part("MT41K256M16TW-107:P", 1, 24_0000, 100),
        new Part("IS62WV51216BLL-55TLI", 1, 18_0000, 100), new Part("AT24C02D-SSHM-T", 1, 4500, 1000),
        new Part("MX25L12835FM2I-10G", 1, 4_8000, 100), new Part("KLMAG1JETD-B041", 1, 42_0000, 100),
        new Part("TPS5430DDAR", 2, 5_6000, 250), new Part("LM2596S-5.0", 2, 3_8000, 100),
        new Part("AMS1117-3.3", 2, 3500, 1000), new Part("TPS54331DR", 2, 2_9000, 250),
        new Part("MP2307DN-LF-Z", 2, 1_6000, 250), new Part("UCC27211DDAR", 2, 6_5000, 250),
        new Part("BQ24610RGER", 2, 16_0000, 250),
        new Part("BME280", 3, 16_0000, 100), new Part("MPU-6050", 3, 9_5000, 100),
        new Part("SHT30-DIS-B", 3, 7_8000, 100), new Part("ADXL345BCCZ", 3, 14_0000, 100),
        new Part("DS18B20", 3, 4_2000, 100), new Part("ACS712ELCTR-20A-T", 3, 5_2000, 100),
        new Part("TLE4997E2", 3, 12_0000, 100),
        new Part("RC0603FR-0710KL", 4, 40, 5000), new Part("GRM188R71H104KA93D", 4, 120, 4000),
        new Part("CL10A106KP8NNNC", 4, 350, 4000), new Part("CL21B105KBFNNNE", 4, 200, 4000),
        new Part("SRR1260-100M", 4, 1_2000, 500),
        new Part("B2B-XH-A(LF)(SN)", 5, 1800, 1000), new Part("53047-0410", 5, 6500, 1000),
        new Part("10118194-0001LF", 5, 8000, 1000), new Part("USB4105-GF-A", 5, 1_9000, 1000),
        new Part("DT04-2P", 5, 12_0000, 100),
        new Part("SS34", 6, 800, 3000), new Part("1N4148W-7-F", 6, 300, 3000), new Part("AO3400A", 6, 1200, 3000),
        new Part("IRF540NPBF", 6, 2_8000, 50), new Part("MMBT3904LT1G", 6, 300, 3000),
        new Part("IKW40N120H3", 6, 18_0000, 30), new Part("FF300R12KE3", 6, 680_0000, 10),
        new Part("SMBJ5.0A", 6, 1500, 3000)};

    /** Province, city, telephone area code, digits of a local number. */
    private static final String[][] PLACES = {
        {"广东", "深圳", "0755", "8"}, {"广东", "东莞", "0769", "8"}, {"广东", "广州", "020", "8"},
        {"江苏", "苏州", "0512", "8"}, {"上海", "上海", "021", "8"}, {"浙江", "杭州", "0571", "8"},
        {"浙江", "宁波", "0574", "8"}, {"北京", "北京", "010", "8"}, {"四川", "成都", "028", "8"},
        {"湖北", "武汉", "027", "8"}, {"陕西", "西安", "029", "8"}, {"安徽", "合肥", "0551", "8"},
        {"福建", "厦门", "0592", "7"}, {"天津", "天津", "022", "8"}, {"山东", "青岛", "0532", "8"},
        {"重庆", "重庆", "023", "8"}};
    private static final int[] PLACE_WEIGHTS = {30, 8, 6, 10, 10, 6, 4, 5, 4, 4, 3, 4, 2, 2, 2, 2};
    private static final String[] ACQUISITION_CHANNELS = {"展会", "官网询价", "老客户介绍", "原厂推荐", "电话开发",
        "元器件交易平台"};
    static final String[] OWNERS = {"赵志刚", "孙丽娟", "陈浩", "林晓峰", "吴敏"};
    private static final String[] CONTACT_TITLES = {"采购经理", "采购工程师", "采购专员", "研发工程师", "供应链总监"};
    private static final String[] PAYMENT_TERMS = {"款到发货", "月结30天", "月结60天", "月结90天"};

    private static final String[] INTERACTION_KINDS = {"communication", "service", "feedback", "complaint",
        "referral"};
    private static final int[] INTERACTION_KIND_WEIGHTS = {55, 20, 12, 8, 5};
    private static final String[] INTERACTION_CHANNELS = {"phone", "email", "wechat", "visit"};
    private static final int[] INTERACTION_CHANNEL_WEIGHTS = {30, 30, 30, 10};
    /** Texts per kind; %s is a part number. */
    private static final String[][] INTERACTION_TEXTS = {
        {"询价：%s", "确认%s交期", "申请%s样品", "咨询%s的国产替代方案", "沟通下季度备货计划", "询问%s最小起订量"},
        {"FAE支持：%s调试", "替代料推荐：%s停产", "补发%s原厂出货证明(COC)", "%s退换货处理", "协助%s失效分析"},
        {"交期准时，配合很好", "价格有竞争力", "FAE支持及时，很满意", "包装规范，标签清晰"},
        {"交期延误，影响产线排产", "%s来料不良", "%s报价偏高", "发错料号：%s"},
        {"介绍同行客户", "推荐给集团子公司采购"}};
    private static final String NPS_SURVEY = "年度客户满意度调查";

    private record Order(long day, int second, Part part, long quantity, long fen, String status) {
    }

    private record Touch(long day, int second, String channel, int kind, String text, Integer csat, Integer nps) {
    }

    /** What a generation wrote. */
    public record Summary(int customers, int orders, int interactions) {
    }

    private IcDistributorGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: IcDistributorGenerator OUTPUT_DIR");
            System.exit(2);
        }
        Summary summary = generate(Path.of(args[0]));
        System.out.printf("wrote %d customers, %d orders, %d interactions to %s%n", summary.customers(),
                summary.orders(), summary.interactions(), args[0]);
    }

    /** Writes the three files of the bundled IC sample into {@code directory}, replacing them. */
    public static Summary generate(Path directory) throws IOException {
        Files.createDirectories(directory);
        Draws draws = new Draws(SEED);
        long endDay = END_DATE.toEpochDay();
        Set<String> companyNames = new HashSet<>();
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
                String id = "IC" + CustomerPlanner.zeroPadded(number, 4);
                boolean person = draws.chance(PERSON_SHARE);
                int industry = person ? -1 : draws.weighted(INDUSTRY_WEIGHTS);
                int sizeBucket = person ? -1 : draws.weighted(SIZE_WEIGHTS);
                int employees = person ? 0 : employees(draws, sizeBucket);
                Pattern pattern = Pattern.values()[draws.weighted(PATTERN_WEIGHTS[person ? 4 : sizeBucket])];
                double yearlyYuan = person ? draws.between(1_500, 15_000)
                        : employees * YEARLY_YUAN_PER_EMPLOYEE[industry] * share(draws, sizeBucket);
                int[] categoryWeights = CATEGORY_WEIGHTS[person ? 6 : industry];

                long lastDay = switch (pattern) {
                    case FADING -> endDay - draws.between(150, 330);
                    case LAPSED -> endDay - draws.between(400, 900);
                    default -> endDay;
                };
                long createdDay = switch (pattern) {
                    case NEW -> endDay - draws.between(10, 150);
                    case PROSPECT -> endDay - draws.between(5, 2 * 365);
                    case FADING, LAPSED -> lastDay - draws.between(200, CRM_HISTORY_DAYS - (endDay - lastDay));
                    default -> endDay - draws.between(200, CRM_HISTORY_DAYS);
                };
                long firstOrderDay = Math.max(createdDay + draws.between(3, 45), endDay - ORDER_HISTORY_DAYS);
                List<Order> orders = orders(draws, pattern, firstOrderDay, lastDay, yearlyYuan, categoryWeights);

                String[] place = PLACES[draws.weighted(PLACE_WEIGHTS)];
                boolean female = draws.chance(0.45);
                String contactName = People.name(draws, female);
                String name = person ? contactName
                        : companyName(draws, place[1], industry, companyNames);
                customerLine.text(id).text(name).text(person ? "person" : "company")
                        .text(person || draws.chance(0.6) ? People.mobile(draws) : landline(draws, place))
                        .text(draws.chance(0.8) ? id.toLowerCase(Locale.ROOT) + ".purchasing@example.com" : null)
                        .text("中国").text(place[0]).text(place[1])
                        .text(person ? null : INDUSTRIES[industry])
                        .text(person ? null : Integer.toString(employees))
                        .text(draws.pick(ACQUISITION_CHANNELS)).text(draws.pick(OWNERS)).date(createdDay)
                        .text(person ? contactName : contactName + " " + draws.pick(CONTACT_TITLES))
                        .text(PAYMENT_TERMS[person || pattern == Pattern.NEW || pattern == Pattern.PROSPECT ? 0
                                : Math.min(3, sizeBucket + (int) draws.between(0, 1))])
                        .end();
                for (Order order : orders) {
                    orderNumber++;
                    orderLine.text("SO" + CustomerPlanner.zeroPadded(orderNumber, 6)).text(id)
                            .dateTime(order.day(), order.second()).fen(order.fen()).text("CNY")
                            .number(order.quantity()).text(order.part().sku())
                            .text(CATEGORIES[order.part().category()]).text(order.status()).end();
                }
                for (Touch touch : touches(draws, pattern, createdDay, firstOrderDay, lastDay, endDay,
                        categoryWeights)) {
                    interactionNumber++;
                    interactionLine.text("CR" + CustomerPlanner.zeroPadded(interactionNumber, 6)).text(id)
                            .dateTime(touch.day(), touch.second()).text(touch.channel())
                            .text(INTERACTION_KINDS[touch.kind()]).text(touch.text());
                    optional(interactionLine, touch.csat());
                    optional(interactionLine, touch.nps());
                    interactionLine.end();
                }
            }
        }
        return new Summary(CUSTOMERS, orderNumber, interactionNumber);
    }

    private static int employees(Draws draws, int bucket) {
        // Log-uniform within the bucket, so a large firm is more often 2000 than 15000 employees.
        double low = StrictMath.log(SIZE_BUCKET_FROM[bucket]);
        double high = StrictMath.log(SIZE_BUCKET_TO[bucket] + 1.0);
        double raw = StrictMath.exp(low + (high - low) * draws.below(1_000_000) / 1_000_000.0);
        int employees = (int) raw;
        // A CRM holds round figures for larger firms: "about 350", "about 2000".
        int rounding = employees >= 1000 ? 100 : employees >= 100 ? 10 : 1;
        return Math.max(SIZE_BUCKET_FROM[bucket], Math.min(SIZE_BUCKET_TO[bucket], employees / rounding * rounding));
    }

    private static double share(Draws draws, int sizeBucket) {
        double[] range = SHARE_RANGES[draws.weighted(SHARE_WEIGHTS[sizeBucket])];
        return range[0] + (range[1] - range[0]) * draws.below(1000) / 1000.0;
    }

    private static List<Order> orders(Draws draws, Pattern pattern, long firstDay, long lastDay, double yearlyYuan,
            int[] categoryWeights) {
        if (pattern == Pattern.PROSPECT || lastDay < firstDay) {
            return List.of();
        }
        double years = (lastDay - firstDay + 1) / 365.0;
        int[] perYear = ORDERS_PER_YEAR[pattern.ordinal()];
        int count;
        double orderMean;
        if (pattern == Pattern.NEW) {
            count = (int) draws.between(1, 4);
            // A new account starts with samples and a first small batch.
            orderMean = yearlyYuan / 10;
        } else {
            double rate = perYear[0] + (perYear[1] - perYear[0]) * draws.below(1000) / 1000.0;
            count = Math.max(1, (int) StrictMath.round(rate * years * (0.8 + 0.4 * draws.below(1000) / 1000.0)));
            orderMean = yearlyYuan / rate;
        }
        orderMean = Math.max(MIN_ORDER_MEAN_YUAN, orderMean);
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Fading and lapsed customers are defined by their last order: it falls on lastDay.
            boolean last = i == 0 && (pattern == Pattern.FADING || pattern == Pattern.LAPSED);
            long day = last ? lastDay : draws.between(firstDay, lastDay);
            Part part = part(draws, categoryWeights);
            double target = orderMean * draws.unitMeanLogNormal(0.9);
            long packingUnitE4 = part.priceE4() * part.packingUnit();
            // The price of one reel or tray in ten-thousandths of a yuan; yuan * 10 000 / it is a number of reels.
            long units = Math.max(1, StrictMath.round(target * 10_000 / packingUnitE4));
            // The smallest order the distributor takes: 200 yuan.
            units = Math.max(units, (MIN_ORDER_FEN * 100 + packingUnitE4 - 1) / packingUnitE4);
            units = Math.min(units, Math.max(1, MAX_ORDER_FEN * 100 / packingUnitE4));
            long quantity = units * part.packingUnit();
            long fen = (quantity * part.priceE4() + 50) / 100;
            double status = draws.below(1000) / 1000.0;
            orders.add(new Order(day, (int) draws.between(9 * 3600, 18 * 3600), part, quantity, fen,
                    status < 0.025 ? "refunded" : status < 0.035 ? "cancelled" : "completed"));
        }
        orders.sort(Comparator.comparingLong(Order::day).thenComparingInt(Order::second));
        return orders;
    }

    private static List<Touch> touches(Draws draws, Pattern pattern, long createdDay, long firstOrderDay,
            long lastDay, long endDay, int[] categoryWeights) {
        long from = Math.max(createdDay, endDay - ORDER_HISTORY_DAYS);
        long to = endDay;
        int count;
        switch (pattern) {
            case FREQUENT -> count = (int) StrictMath.round(draws.between(12, 36) * (to - from + 1) / 365.0);
            case REGULAR -> count = (int) StrictMath.round(draws.between(3, 8) * (to - from + 1) / 365.0);
            case OCCASIONAL -> count = (int) StrictMath.round(draws.between(1, 3) * (to - from + 1) / 365.0);
            case NEW -> count = (int) draws.between(2, 6);
            case FADING -> count = (int) draws.between(2, 8);
            case LAPSED -> {
                count = (int) draws.between(1, 4);
                to = Math.max(from, Math.min(endDay, lastDay + 60));
            }
            default -> {
                // A prospect asked for quotes in the last year and has not ordered yet.
                count = (int) draws.between(1, 5);
                from = Math.max(createdDay, endDay - 365);
            }
        }
        List<Touch> touches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = pattern == Pattern.PROSPECT ? 0 : draws.weighted(INTERACTION_KIND_WEIGHTS);
            String text = String.format(Locale.ROOT, draws.pick(INTERACTION_TEXTS[kind]),
                    part(draws, categoryWeights).sku());
            Integer csat = null;
            if (kind == 1 && draws.chance(0.5)) {
                csat = (int) draws.between(3, 5);
            } else if (kind == 2 && draws.chance(0.7)) {
                csat = (int) draws.between(4, 5);
            } else if (kind == 3 && draws.chance(0.6)) {
                csat = (int) draws.between(1, 2);
            }
            touches.add(new Touch(draws.between(from, to), (int) draws.between(9 * 3600, 19 * 3600),
                    INTERACTION_CHANNELS[draws.weighted(INTERACTION_CHANNEL_WEIGHTS)], kind, text, csat, null));
        }
        // The yearly survey reaches some of the customers who bought in the last year.
        if (pattern != Pattern.PROSPECT && lastDay > endDay - 365 && draws.chance(0.2)) {
            int nps = (int) (draws.chance(0.75) ? draws.between(7, 10) : draws.between(2, 6));
            touches.add(new Touch(endDay - draws.between(20, 120), (int) draws.between(9 * 3600, 19 * 3600), "email",
                    2, NPS_SURVEY, null, nps));
        }
        touches.sort(Comparator.comparingLong(Touch::day).thenComparingInt(Touch::second));
        return touches;
    }

    private static Part part(Draws draws, int[] categoryWeights) {
        int category = draws.weighted(categoryWeights);
        int first = 0;
        while (PARTS[first].category() != category) {
            first++;
        }
        int end = first;
        while (end < PARTS.length && PARTS[end].category() == category) {
            end++;
        }
        return PARTS[first + draws.below(end - first)];
    }

    private static String companyName(Draws draws, String city, int industry, Set<String> taken) {
        while (true) {
            String name = city + draws.pick(COMPANY_WORDS) + draws.pick(COMPANY_SUFFIXES[industry]);
            if (taken.add(name)) {
                return name;
            }
        }
    }

    private static String landline(Draws draws, String[] place) {
        int digits = Integer.parseInt(place[3]);
        long lowest = 2 * (long) StrictMath.pow(10, digits - 1);
        return place[2] + "-" + draws.between(lowest, 5 * lowest - 1);
    }

    private static void optional(CsvLine line, Integer value) {
        if (value == null) {
            line.text(null);
        } else {
            line.number(value);
        }
    }

    private static OutputStream open(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file));
    }
}
