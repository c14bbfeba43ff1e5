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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates the WeChat / WeCom (微信/企业微信私域) edition's sample: a seller who sells beauty, snacks, clothes,
 * mother-and-baby goods and health products to the WeChat users her staff added in WeCom. Four files:
 * <ul>
 * <li>{@code corp_tags.json}: the {@code externalcontact/get_corp_tag_list} answer, the tag groups 客户等级, 兴趣,
 * 来源 and 人群 (one tag deleted, as a real library has);</li>
 * <li>{@code contacts.json}: the {@code externalcontact/batch/get_by_user} answers, pages of up to
 * {@value #PAGE_SIZE} entries saved one after the other in a JSON array, one entry per contact and staff member
 * who added it, tags as {@code tag_id}s of the tag list;</li>
 * <li>{@code orders.csv} and {@code interactions.csv} in the importer's canonical columns, {@code customer_id} the
 * contact's {@code external_userid}; interactions are chat sessions, after-sales requests and reviews from the
 * chat archive (会话存档) of the last year.</li>
 * </ul>
 * The same seed gives the same bytes.
 *
 * <pre>
 * java -cp tierbench-samples.jar io.tierbench.samples.WeComSellerGenerator OUTPUT_DIR
 * </pre>
 */
public final class WeComSellerGenerator {

    /** The bundled WeCom sample's seed and as-of date. */
    public static final long SEED = 20260703L;
    public static final int CONTACTS = 260;
    public static final LocalDate END_DATE = LocalDate.of(2026, 6, 30);
    /** The seller moved her customers to WeCom three years ago. */
    static final int HISTORY_DAYS = 3 * 365;
    /** Chats are archived (会话存档) from a year before the as-of date. */
    static final int CHAT_ARCHIVE_DAYS = 365;
    /** batch/get_by_user returns at most 100 entries a call. */
    static final int PAGE_SIZE = 100;
    /** China Standard Time, the seller's clock, is eight hours ahead of UTC and has no summer time. */
    private static final int CHINA_OFFSET_SECONDS = 8 * 3600;

    static final String ORDERS_HEADER = "order_id,customer_id,ordered_at,amount,currency,quantity,sku,category,status";
    static final String INTERACTIONS_HEADER = "interaction_id,customer_id,occurred_at,channel,kind,text,csat,nps";

    /** The sales staff, each with their own WeChat customers, and how many of the contacts each added. */
    static final String[] SELLERS = {"linxiaoyu", "chenjing", "huangwei", "zhoumin"};
    private static final int[] SELLER_WEIGHTS = {30, 30, 25, 15};
    /** After-sales, who is shared the contacts that need help. */
    static final String AFTER_SALES = "kefu01";
    /** The owner, who hands contacts from one seller to another (add_way 202). */
    private static final String ADMIN = "linxiaoyu";
    private static final double SECOND_STAFF_SHARE = 0.14;

    static final String[] CATEGORIES = {"美妆", "零食", "服饰", "母婴", "保健品"};
    private static final String[] SKU_PREFIXES = {"MZ", "LS", "FS", "MY", "BJ"};
    private static final double[] CATEGORY_MEDIAN_YUAN = {168, 59, 199, 139, 298};
    private static final double[] CATEGORY_SIGMA = {0.6, 0.5, 0.5, 0.6, 0.6};
    private static final int[] CATEGORY_WEIGHTS = {35, 20, 15, 18, 12};

    /** The tag library: groups, their tags in WeCom's order, and which tags are deleted. */
    private static final String[] TAG_GROUPS = {"客户等级", "兴趣", "来源", "人群"};
    private static final String[][] TAG_NAMES = {
        {"VIP", "老客", "新客"},
        {"美妆护肤", "零食", "服饰穿搭", "母婴", "保健品"},
        {"朋友圈", "社群", "视频号", "线下门店", "老客推荐", "小红书", "抖音直播"},
        {"宝妈", "学生", "上班族", "银发族"}};
    private static final int LEVEL = 0;
    private static final int INTEREST = 1;
    private static final int SOURCE = 2;
    private static final int CROWD = 3;
    private static final int VIP = 0;
    private static final int REGULAR_CUSTOMER = 1;
    private static final int NEW_CUSTOMER = 2;
    /** 抖音直播 was given up and deleted; WeCom still lists it, with deleted true. */
    private static final String DELETED_TAG = "抖音直播";

    /** How each source adds a contact: add_way code and the 联系我 state, null when WeCom gives none. */
    private static final int[] SOURCE_WEIGHTS = {20, 20, 12, 18, 15, 15};
    private static final int[] SOURCE_ADD_WAYS = {1, 4, 10, 1, 3, 16};
    private static final String[] SOURCE_STATES = {"pyq_poster", null, "sph_live", "store_qr", null, "xhs_link"};

    private static final String[] NICKNAMES = {"小雨", "糖糖", "Lily", "阿杰", "晴天", "Cici", "木子", "大橙子", "安安",
        "豆豆", "Amy", "向日葵", "一只猫", "Grace", "小鱼儿", "芒果", "Vivian", "阿紫", "暖暖", "Echo", "七七", "Coco",
        "果果", "小白"};
    private static final String[] REMARK_NOTES = {"宝妈", "敏感肌", "老客", "杭州", "上海", "学生党", "团长", "南京"};
    private static final String[] DESCRIPTIONS = {"敏感肌，偏好国货护肤", "爱吃坚果，常拼团", "两个孩子，常买奶粉辅食",
        "喜欢简约风格，M码", "给父母买保健品", "社群团长，常帮朋友下单", "只在大促时买", "关注新品，爱看直播"};

    /** How a contact buys and chats. */
    private enum Pattern { CORE, ACTIVE, NORMAL, NEW, SILENT, LOST, LURKER }

    private static final int[] PATTERN_WEIGHTS = {8, 17, 25, 10, 15, 12, 13};
    /** Orders a year, from and to, for those who buy steadily. */
    private static final int[][] ORDERS_PER_YEAR = {{12, 24}, {4, 10}, {1, 3}};
    /** Chat sessions a year, from and to, for those who buy steadily. */
    private static final int[][] CHATS_PER_YEAR = {{80, 140}, {25, 50}, {5, 12}};

    private static final String[] INTERACTION_KINDS = {"communication", "service", "feedback", "complaint",
        "referral"};
    private static final int[] INTERACTION_KIND_WEIGHTS = {68, 8, 15, 3, 6};
    private static final String[][] INTERACTION_TEXTS = {
        {"咨询面膜用法", "问有没有现货", "问什么时候发货", "朋友圈看到新品来问", "问最近有什么优惠", "报名社群团购",
            "问适合宝宝的辅食", "问尺码怎么选"},
        {"查询物流", "申请换货", "漏发补发", "收到过敏申请退货", "开发票"},
        {"好评：效果很好会回购", "包装很用心", "宝宝很喜欢", "味道不错，推荐", "物流很快"},
        {"发货太慢", "收到的商品有破损", "与描述不符", "客服回复太慢"},
        {"推荐闺蜜加微信", "拉好友进团购群"}};
    private static final String NPS_SURVEY = "年度老客回馈问卷";

    private record Tag(String id, String name, boolean deleted) {
    }

    private record StaffEntry(String userid, long createtime, String remark, String description, List<String> tagIds,
            List<String> mobiles, String operUserid, int addWay, String state) {
    }

    private record Contact(String externalUserid, String name, int type, int gender, String unionid,
            String corpName, String avatar, List<StaffEntry> staff) {
    }

    private record Order(long day, int second, int category, int sku, long quantity, long fen, String status) {
    }

    private record Touch(long day, int second, String channel, int kind, String text, Integer csat, Integer nps) {
    }

    /** What a generation wrote. */
    public record Summary(int contacts, int staffEntries, int orders, int interactions) {
    }

    private WeComSellerGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: WeComSellerGenerator OUTPUT_DIR");
            System.exit(2);
        }
        Summary summary = generate(Path.of(args[0]));
        System.out.printf("wrote %d contacts (%d staff entries), %d orders, %d interactions to %s%n",
                summary.contacts(), summary.staffEntries(), summary.orders(), summary.interactions(), args[0]);
    }

    /** Writes the four files of the bundled WeCom sample into {@code directory}, replacing them. */
    public static Summary generate(Path directory) throws IOException {
        Files.createDirectories(directory);
        Draws draws = new Draws(SEED);
        long endDay = END_DATE.toEpochDay();
        String[] groupIds = new String[TAG_GROUPS.length];
        for (int group = 0; group < groupIds.length; group++) {
            groupIds[group] = "et" + token(draws, 20);
        }
        Tag[][] tags = tagLibrary(draws);
        Files.writeString(directory.resolve("corp_tags.json"), tagList(groupIds, tags, endDay) + "\n",
                StandardCharsets.UTF_8);

        List<Contact> contacts = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        int orderNumber = 0;
        int interactionNumber = 0;
        try (OutputStream ordersOut = open(directory.resolve("orders.csv"));
                OutputStream interactionsOut = open(directory.resolve("interactions.csv"))) {
            ordersOut.write((ORDERS_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            interactionsOut.write((INTERACTIONS_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            CsvLine orderLine = new CsvLine(ordersOut);
            CsvLine interactionLine = new CsvLine(interactionsOut);
            for (int number = 1; number <= CONTACTS; number++) {
                String id;
                do {
                    id = "wm" + token(draws, 30);
                } while (!ids.add(id));
                Pattern pattern = Pattern.values()[draws.weighted(PATTERN_WEIGHTS)];
                long lastOrderDay = switch (pattern) {
                    case SILENT -> endDay - draws.between(181, 364);
                    case LOST -> endDay - draws.between(366, 900);
                    default -> endDay;
                };
                long addedDay = switch (pattern) {
                    case NEW -> endDay - draws.between(1, 60);
                    case LURKER -> endDay - draws.between(1, HISTORY_DAYS);
                    case SILENT, LOST -> lastOrderDay - draws.between(30, HISTORY_DAYS - (endDay - lastOrderDay));
                    default -> endDay - draws.between(120, HISTORY_DAYS);
                };
                int[] interests = interests(draws);
                List<Order> orders = orders(draws, pattern, addedDay, lastOrderDay, endDay, interests);
                List<Touch> touches = touches(draws, pattern, addedDay, lastOrderDay, endDay);
                contacts.add(contact(draws, id, pattern, addedDay, interests, tags));

                for (Order order : orders) {
                    orderNumber++;
                    orderLine.text("WX" + CustomerPlanner.zeroPadded(orderNumber, 8)).text(id)
                            .dateTime(order.day(), order.second()).fen(order.fen()).text("CNY")
                            .number(order.quantity())
                            .text(SKU_PREFIXES[order.category()] + "-" + order.sku())
                            .text(CATEGORIES[order.category()]).text(order.status()).end();
                }
                for (Touch touch : touches) {
                    interactionNumber++;
                    interactionLine.text("WC" + CustomerPlanner.zeroPadded(interactionNumber, 6)).text(id)
                            .dateTime(touch.day(), touch.second()).text(touch.channel())
                            .text(INTERACTION_KINDS[touch.kind()]).text(touch.text());
                    optional(interactionLine, touch.csat());
                    optional(interactionLine, touch.nps());
                    interactionLine.end();
                }
            }
        }
        int entries = writeContactPages(draws, contacts, directory.resolve("contacts.json"));
        return new Summary(CONTACTS, entries, orderNumber, interactionNumber);
    }

    private static Tag[][] tagLibrary(Draws draws) {
        Tag[][] tags = new Tag[TAG_NAMES.length][];
        for (int group = 0; group < TAG_NAMES.length; group++) {
            tags[group] = new Tag[TAG_NAMES[group].length];
            for (int i = 0; i < TAG_NAMES[group].length; i++) {
                String name = TAG_NAMES[group][i];
                tags[group][i] = new Tag("et" + token(draws, 20), name, name.equals(DELETED_TAG));
            }
        }
        return tags;
    }

    private static String tagList(String[] groupIds, Tag[][] tags, long endDay) {
        // The library was set up when the seller moved to WeCom; the crowd group came half a year later.
        long setUp = epochSecond(endDay - HISTORY_DAYS - 7, 10 * 3600);
        JsonText json = new JsonText().beginObject().name("errcode").value(0).name("errmsg").value("ok")
                .name("tag_group").beginArray();
        for (int group = 0; group < tags.length; group++) {
            long created = group == CROWD ? setUp + 182L * 86_400 : setUp + group * 60L;
            json.beginObject().name("group_id").value(groupIds[group])
                    .name("group_name").value(TAG_GROUPS[group]).name("create_time").value(created)
                    .name("order").value(tags.length - group).name("deleted").value(false)
                    .name("tag").beginArray();
            for (int i = 0; i < tags[group].length; i++) {
                Tag tag = tags[group][i];
                json.beginObject().name("id").value(tag.id()).name("name").value(tag.name())
                        .name("create_time").value(created + i).name("order").value(tags[group].length - i)
                        .name("deleted").value(tag.deleted()).endObject();
            }
            json.endArray().endObject();
        }
        return json.endArray().endObject().toString();
    }

    /** One or two of the categories, the first the favourite. */
    private static int[] interests(Draws draws) {
        int first = draws.weighted(CATEGORY_WEIGHTS);
        if (!draws.chance(0.4)) {
            return new int[] {first};
        }
        int second = draws.weighted(CATEGORY_WEIGHTS);
        return second == first ? new int[] {first} : new int[] {first, second};
    }

    private static Contact contact(Draws draws, String id, Pattern pattern, long addedDay, int[] interests,
            Tag[][] tags) {
        boolean female = draws.chance(0.78);
        String realName = People.name(draws, female);
        double form = draws.below(100) / 100.0;
        String nickname = draws.pick(NICKNAMES);
        String name = form < 0.4 ? realName : form < 0.75 ? nickname : form < 0.9 ? nickname + "妈妈" : nickname + "_"
                + realName.substring(0, 1);
        // A few contacts write from a WeCom account of their company: they order gifts for colleagues.
        boolean wecomUser = draws.chance(0.03);
        String corpName = wecomUser ? realName.substring(0, 1) + "氏" + draws.pick(new String[] {"贸易", "科技", "文化"})
                : null;
        int gender = draws.chance(0.05) ? 0 : female ? 2 : 1;
        String unionid = draws.chance(0.6) ? "o" + token(draws, 27) : null;
        String avatar = "https://wx.qlogo.cn/mmhead/" + token(draws, 40) + "/0";

        int source = draws.weighted(SOURCE_WEIGHTS);
        String seller = SELLERS[draws.weighted(SELLER_WEIGHTS)];
        List<String> tagIds = new ArrayList<>();
        int level = level(draws, pattern);
        if (level >= 0) {
            tagIds.add(tags[LEVEL][level].id());
        }
        for (int interest : interests) {
            tagIds.add(tags[INTEREST][interest].id());
        }
        tagIds.add(tags[SOURCE][source].id());
        boolean mother = interests[0] == 3 || draws.chance(0.1);
        if (mother) {
            tagIds.add(tags[CROWD][0].id());
        } else if (draws.chance(0.4)) {
            tagIds.add(tags[CROWD][1 + draws.below(3)].id());
        }
        int addWay = SOURCE_ADD_WAYS[source];
        // The customer scanned, clicked or asked to join: WeCom names the customer as the one who added; when a
        // seller searched the number or accepted a business card, the seller.
        String oper = addWay == 3 ? seller : id;
        List<String> mobiles = draws.chance(0.4) ? List.of(People.mobile(draws)) : List.of();
        long addedSecond = epochSecond(addedDay, (int) draws.between(8 * 3600, 23 * 3600));
        List<StaffEntry> staff = new ArrayList<>();
        staff.add(new StaffEntry(seller, addedSecond, remark(draws, name, realName),
                draws.chance(0.4) ? draws.pick(DESCRIPTIONS) : "", tagIds, mobiles, oper, addWay,
                SOURCE_STATES[source]));

        if (draws.chance(SECOND_STAFF_SHARE)) {
            long later = Math.min(epochSecond(END_DATE.toEpochDay(), 20 * 3600),
                    addedSecond + draws.between(1, 400) * 86_400L + draws.between(0, 3600));
            boolean afterSales = draws.chance(0.6);
            String other = afterSales ? AFTER_SALES : otherSeller(draws, seller);
            List<String> otherTags = afterSales ? List.of(tags[INTEREST][interests[0]].id()) : tagIds;
            staff.add(new StaffEntry(other, later, afterSales ? "售后-" + name : remark(draws, name, realName), "",
                    otherTags, List.of(), afterSales ? seller : ADMIN, afterSales ? 201 : 202, null));
        }
        return new Contact(id, name, wecomUser ? 2 : 1, gender, unionid, corpName, avatar, staff);
    }

    /** The level tag a seller gave, or -1 for none; sellers tag new contacts and seldom update the tag later. */
    private static int level(Draws draws, Pattern pattern) {
        double draw = draws.below(100) / 100.0;
        return switch (pattern) {
            case CORE -> draw < 0.8 ? VIP : REGULAR_CUSTOMER;
            case ACTIVE -> draw < 0.15 ? VIP : draw < 0.85 ? REGULAR_CUSTOMER : -1;
            case NORMAL -> draw < 0.5 ? REGULAR_CUSTOMER : draw < 0.7 ? NEW_CUSTOMER : -1;
            case NEW -> draw < 0.8 ? NEW_CUSTOMER : -1;
            case SILENT, LOST -> draw < 0.4 ? REGULAR_CUSTOMER : draw < 0.6 ? NEW_CUSTOMER : -1;
            case LURKER -> draw < 0.3 ? NEW_CUSTOMER : -1;
        };
    }

    private static String otherSeller(Draws draws, String seller) {
        String other;
        do {
            other = draws.pick(SELLERS);
        } while (other.equals(seller));
        return other;
    }

    private static String remark(Draws draws, String name, String realName) {
        if (!draws.chance(0.6)) {
            return "";
        }
        return (draws.chance(0.5) ? realName : name) + "-" + draws.pick(REMARK_NOTES);
    }

    private static List<Order> orders(Draws draws, Pattern pattern, long addedDay, long lastDay, long endDay,
            int[] interests) {
        long firstDay = Math.min(addedDay + draws.between(0, 20), lastDay);
        int count = switch (pattern) {
            case CORE, ACTIVE, NORMAL -> {
                int[] range = ORDERS_PER_YEAR[pattern.ordinal()];
                double rate = range[0] + (range[1] - range[0]) * draws.below(1000) / 1000.0;
                yield Math.max(1, (int) StrictMath.round(rate * (lastDay - firstDay + 1) / 365.0));
            }
            case NEW -> (int) draws.between(0, 2);
            case SILENT -> (int) draws.between(1, 4);
            case LOST -> (int) draws.between(1, 5);
            case LURKER -> 0;
        };
        // The most loyal buy for the family, and more at a time.
        double spendFactor = pattern == Pattern.CORE ? 1.4 : 1.0;
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean last = i == 0 && (pattern == Pattern.SILENT || pattern == Pattern.LOST);
            long day = last ? lastDay : draws.between(firstDay, lastDay);
            int category = draws.chance(0.75) ? interests[draws.below(interests.length)]
                    : draws.weighted(CATEGORY_WEIGHTS);
            double yuan = draws.logNormal(CATEGORY_MEDIAN_YUAN[category] * spendFactor, CATEGORY_SIGMA[category]);
            // Prices end in .90: 169.90, 59.90.
            long unitFen = Math.max(10, Math.min(2_990, StrictMath.round(yuan / 10) * 10)) * 100 - 10;
            int quantityDraw = draws.below(100);
            long quantity = quantityDraw < 70 ? 1 : quantityDraw < 90 ? 2 : 3;
            double status = draws.below(1000) / 1000.0;
            orders.add(new Order(day, (int) draws.between(8 * 3600, 24 * 3600 - 1), category,
                    (int) draws.between(100, 160), quantity, unitFen * quantity,
                    status < 0.03 ? "refunded" : status < 0.05 ? "cancelled" : "completed"));
        }
        orders.sort(Comparator.comparingLong(Order::day).thenComparingInt(Order::second));
        return orders;
    }

    private static List<Touch> touches(Draws draws, Pattern pattern, long addedDay, long lastOrderDay, long endDay) {
        long from = Math.max(addedDay, endDay - CHAT_ARCHIVE_DAYS + 1);
        long to = endDay;
        int count;
        switch (pattern) {
            case CORE, ACTIVE, NORMAL -> {
                int[] range = CHATS_PER_YEAR[pattern.ordinal()];
                double rate = range[0] + (range[1] - range[0]) * draws.below(1000) / 1000.0;
                count = (int) StrictMath.round(rate * (to - from + 1) / 365.0);
            }
            case NEW -> count = (int) draws.between(2, 12);
            case SILENT -> {
                // They went quiet some months ago: the last chats are about their last order.
                count = (int) draws.between(1, 5);
                to = Math.max(from, Math.min(lastOrderDay + 30, endDay - 100));
            }
            case LOST -> {
                count = (int) draws.between(0, 2);
                to = Math.max(from, endDay - 200);
            }
            default -> {
                // Half of those who never bought asked something lately; the others never wrote.
                count = draws.chance(0.5) ? (int) draws.between(1, 4) : 0;
                from = Math.max(from, endDay - 80);
            }
        }
        List<Touch> touches = new ArrayList<>();
        if (from > to) {
            return touches;
        }
        for (int i = 0; i < count; i++) {
            int kind = pattern == Pattern.LURKER ? 0 : draws.weighted(INTERACTION_KIND_WEIGHTS);
            Integer csat = null;
            if (kind == 1 && draws.chance(0.4)) {
                csat = (int) draws.between(3, 5);
            } else if (kind == 2 && draws.chance(0.7)) {
                csat = (int) (draws.chance(0.9) ? draws.between(4, 5) : 3);
            } else if (kind == 3 && draws.chance(0.6)) {
                csat = (int) draws.between(1, 2);
            }
            int channel = draws.below(100);
            touches.add(new Touch(draws.between(from, to), (int) draws.between(7 * 3600, 24 * 3600 - 1),
                    channel < 92 ? "wechat" : channel < 97 ? "phone" : "other", kind,
                    draws.pick(INTERACTION_TEXTS[kind]), csat, null));
        }
        if ((pattern == Pattern.CORE || pattern == Pattern.ACTIVE) && draws.chance(0.25)) {
            int nps = (int) (draws.chance(0.8) ? draws.between(8, 10) : draws.between(4, 7));
            touches.add(new Touch(endDay - draws.between(30, 150), (int) draws.between(10 * 3600, 22 * 3600),
                    "wechat", 2, NPS_SURVEY, null, nps));
        }
        touches.sort(Comparator.comparingLong(Touch::day).thenComparingInt(Touch::second));
        return touches;
    }

    /**
     * Writes the batch/get_by_user pages: the entries of each staff member in the order they added the contacts,
     * the staff one after the other, as a script calling with all their userids and following next_cursor saves
     * them.
     *
     * @return the number of entries
     */
    private static int writeContactPages(Draws draws, List<Contact> contacts, Path file) throws IOException {
        record Entry(Contact contact, StaffEntry staff, int staffOrder) {
        }
        List<String> staffOrder = new ArrayList<>(List.of(SELLERS));
        staffOrder.add(AFTER_SALES);
        List<Entry> entries = new ArrayList<>();
        for (Contact contact : contacts) {
            for (StaffEntry staff : contact.staff()) {
                entries.add(new Entry(contact, staff, staffOrder.indexOf(staff.userid())));
            }
        }
        entries.sort(Comparator.comparingInt(Entry::staffOrder).thenComparingLong(e -> e.staff().createtime())
                .thenComparing(e -> e.contact().externalUserid()));
        JsonText json = new JsonText().beginArray();
        for (int start = 0; start < entries.size(); start += PAGE_SIZE) {
            int end = Math.min(entries.size(), start + PAGE_SIZE);
            json.beginObject().name("errcode").value(0).name("errmsg").value("ok")
                    .name("external_contact_list").beginArray();
            for (Entry entry : entries.subList(start, end)) {
                contactEntry(json, entry.contact(), entry.staff());
            }
            json.endArray().name("next_cursor").value(end < entries.size() ? token(draws, 24) : "").endObject();
        }
        Files.writeString(file, json.endArray() + "\n", StandardCharsets.UTF_8);
        return entries.size();
    }

    private static void contactEntry(JsonText json, Contact contact, StaffEntry staff) {
        json.beginObject().name("external_contact").beginObject()
                .name("external_userid").value(contact.externalUserid()).name("name").value(contact.name());
        if (contact.type() == 2) {
            json.name("position").value("行政");
        }
        json.name("avatar").value(contact.avatar()).name("type").value(contact.type())
                .name("gender").value(contact.gender());
        if (contact.corpName() != null) {
            json.name("corp_name").value(contact.corpName()).name("corp_full_name")
                    .value("杭州" + contact.corpName() + "有限公司");
        }
        if (contact.unionid() != null) {
            json.name("unionid").value(contact.unionid());
        }
        json.endObject().name("follow_info").beginObject()
                .name("userid").value(staff.userid()).name("remark").value(staff.remark())
                .name("description").value(staff.description()).name("createtime").value(staff.createtime())
                .name("tag_id").values(staff.tagIds()).name("remark_corp_name").value("")
                .name("remark_mobiles").values(staff.mobiles()).name("oper_userid").value(staff.operUserid())
                .name("add_way").value(staff.addWay());
        if (staff.state() != null) {
            json.name("state").value(staff.state());
        }
        json.endObject().endObject();
    }

    /** @return seconds since 1970 of a time of day in China */
    static long epochSecond(long epochDay, int secondOfDay) {
        return epochDay * 86_400L + secondOfDay - CHINA_OFFSET_SECONDS;
    }

    /** Letters, digits, '-' and '_', as WeCom's ids are made of. */
    private static String token(Draws draws, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(alphabet.charAt(draws.below(alphabet.length())));
        }
        return token.toString();
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
