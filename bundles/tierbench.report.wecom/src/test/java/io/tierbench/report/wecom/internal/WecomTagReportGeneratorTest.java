package io.tierbench.report.wecom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.TagDefinition;
import io.tierbench.classifier.support.standalone.ComponentConfigurations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The three WeCom files of the hand-built {@link WecomShop}, checked field by field against WeCom's documented
 * formats (developer.work.weixin.qq.com, 客户联系 / 客户标签管理; the field lists as the documentation gives them):
 *
 * <pre>
 * 获取企业标签库 POST externalcontact/get_corp_tag_list (document/path/92117), answer:
 *   errcode 返回码; errmsg 对返回码的文本描述内容; tag_group 标签组列表;
 *   tag_group.group_id 标签组id; tag_group.group_name 标签组名称; tag_group.create_time 标签组创建时间;
 *   tag_group.order 标签组排序的次序值，order值大的排序靠前。有效的值范围是[0, 2^32);
 *   tag_group.deleted 标签组是否已经被删除，只在指定tag_id进行查询时返回;
 *   tag_group.tag 标签组内的标签列表; tag_group.tag.id 标签id; tag_group.tag.name 标签名称;
 *   tag_group.tag.create_time 标签创建时间; tag_group.tag.order 标签排序的次序值，order值大的排序靠前;
 *   tag_group.tag.deleted 标签是否已经被删除，只在指定tag_id/group_id进行查询时返回
 *   example: {"errcode": 0, "errmsg": "ok", "tag_group": [{"group_id": "TAG_GROUPID1", "group_name": "GOURP_NAME",
 *   "create_time": 1557838797, "order": 1, "deleted": false, "tag": [{"id": "TAG_ID1", "name": "NAME1",
 *   "create_time": 1557838797, "order": 1, "deleted": false}, ...]}]}
 *
 * 添加企业客户标签 POST externalcontact/add_corp_tag (document/path/92117), body:
 *   group_id 否 标签组id; group_name 否 标签组名称，最长为30个字符;
 *   order 否 标签组次序值。order值大的排序靠前。有效的值范围是[0, 2^32);
 *   tag.name 是 添加的标签名称，最长为30个字符; tag.order 否 标签次序值。order值大的排序靠前。有效的值范围是[0, 2^32);
 *   agentid 否 授权方安装的应用agentid。仅旧的第三方多应用套件需要填此参数
 *   注意: 如果要向指定的标签组下添加标签，需要填写group_id参数；如果要创建一个全新的标签组以及标签，则需要通过group_name参数
 *   指定新标签组名称 ... 如果填写了group_id参数，则group_name和标签组的order参数会被忽略。不支持创建空标签组。
 *   example: {"group_id": "GROUP_ID", "group_name": "GROUP_NAME", "order": 1,
 *   "tag": [{"name": "TAG_NAME_1", "order": 1}, {"name": "TAG_NAME_2", "order": 2}], "agentid": 1000014}
 *
 * 编辑客户企业标签 POST externalcontact/mark_tag (document/path/92118; 92697 for third-party apps), body:
 *   userid 是 添加外部联系人的userid; external_userid 是 外部联系人userid; add_tag 否 要标记的标签列表;
 *   remove_tag 否 要移除的标签列表. 请确保external_userid是userid的外部联系人。add_tag和remove_tag不可同时为空。
 *   example: {"userid": "zhangsan", "external_userid": "woAJ2GCAAAd1NPGHKSD4wKmE8Aabj9AAA",
 *   "add_tag": ["TAGID1", "TAGID2"], "remove_tag": ["TAGID3", "TAGID4"]}
 * </pre>
 *
 * Tierbench writes no {@code create_time} (only WeCom knows it) and no {@code id} / {@code group_id} for what WeCom
 * does not have yet; everything else has the documented name and JSON type: ids and names strings, orders and
 * errcode integers, deleted booleans, tag lists arrays.
 */
class WecomTagReportGeneratorTest {

    private static final List<String> MARK_TAG_FIELDS = List.of("userid", "external_userid", "add_tag",
            "remove_tag");

    private final WecomShop shop;

    WecomTagReportGeneratorTest() throws IOException {
        shop = new WecomShop("generator");
    }

    @AfterEach
    void close() {
        shop.close();
    }

    private static WecomTagReportGenerator generator(Map<String, Object> configuration) {
        return new WecomTagReportGenerator(ComponentConfigurations.of(WecomTagExportConfiguration.class,
                configuration));
    }

    @Test
    void corpTagListHoldsTheTierGroupInPolicyOrderAndTheRuleGroupsWithTheIdsWeComGave() throws IOException {
        Path folder = WecomShop.exportFolder("corp-tag-list");
        generator(Map.of()).generate(shop.request("en", false), folder);

        Object document = JsonTree.read(folder.resolve("corp_tag_list.json"));
        List<Object> groups = List.of(
                group("etGroupTier", "客户分级", 4, List.of(tag("etTierDiamond", "钻石", 5), tag("etTierGold", "金", 4),
                        tag("etTierSilver", "银", 3), tag(null, "普通", 2), tag(null, "待挽回", 1))),
                group("etGroupRule", "Tierbench标签", 3, List.of(tag(null, "大额消费", 3), tag("etRuleDormant", "沉睡", 2),
                        tag("etRuleFrequent", "高频购买", 1))),
                group(null, "兴趣", 2, List.of(tag(null, "收藏", 1))),
                // the staff's own group: only the rule's tag is listed, not 翡翠手镯
                group("etGroupInterest", "兴趣偏好", 1, List.of(tag(null, "冰种", 1))));
        assertEquals(ordered("errcode", 0L, "errmsg", "ok", "tag_group", groups), document);
        assertFieldOrder(document, List.of("errcode", "errmsg", "tag_group"));
    }

    @Test
    void addCorpTagCreatesTheMissingTagsUnderTheKnownGroupIdOrAsANewNamedGroup() throws IOException {
        Path folder = WecomShop.exportFolder("add-corp-tag");
        generator(Map.of()).generate(shop.request("en", false), folder);

        Object requests = JsonTree.read(folder.resolve("add_corp_tag.json"));
        assertEquals(List.of(
                ordered("group_id", "etGroupTier", "tag", List.of(ordered("name", "普通", "order", 2L),
                        ordered("name", "待挽回", "order", 1L))),
                ordered("group_id", "etGroupRule", "tag", List.of(ordered("name", "大额消费", "order", 3L))),
                ordered("group_name", "兴趣", "order", 2L, "tag", List.of(ordered("name", "收藏", "order", 1L))),
                ordered("group_id", "etGroupInterest", "tag", List.of(ordered("name", "冰种", "order", 1L)))),
                requests);
    }

    @Test
    void markTagHasABodyPerCustomerAndStaffMemberWithTheTierChangeRemovedAndEmptiesLeftOut() throws IOException {
        Path folder = WecomShop.exportFolder("mark-tag");
        generator(Map.of()).generate(shop.request("en", false), folder);

        List<Object> bodies = lines(folder.resolve("mark_tag.jsonl"));
        assertEquals(List.of(
                // 金 -> 银: the old tier and the rule tag it lost go; the staff's own 兴趣偏好/翡翠手镯 stays, in a
                // group where Tierbench only adds 冰种 (no id yet); once per staff member, first adder first
                body("wangwu", "wmA", List.of("etTierSilver", "etRuleFrequent"), List.of("etRuleDormant", "etTierGold")),
                body("lisi", "wmA", List.of("etTierSilver", "etRuleFrequent"), List.of("etRuleDormant", "etTierGold")),
                // 大额消费 and 兴趣/收藏 have no id yet: only the tier is sent
                body("zhaoliu", "wmB", List.of("etTierDiamond"), List.of()),
                // 普通 has no id yet; the tier 铜 the policy no longer has is removed: no add_tag at all
                body("wangwu", "wmC", List.of(), List.of("etTierBronze")),
                // no tier in the run: its 金 stays; the rule tag it lost goes
                body("lisi", "wmD", List.of(), List.of("etRuleDormant"))), bodies);
        // wmE (普通 without id, nothing to remove) has no line; C100 is not a WeCom contact
        String text = Files.readString(folder.resolve("mark_tag.jsonl"), StandardCharsets.UTF_8);
        assertTrue(text.endsWith("}\n"), "each line ends with a line break");
        assertFalse(text.contains("\n ") || text.startsWith(" "), "no separator before a line's object");
    }

    @Test
    void theSummaryCountsBodiesCustomersSkippedAndTagsToCreateAndGivesTheSteps() throws IOException {
        Path folder = WecomShop.exportFolder("summary-en");
        generator(Map.of()).generate(shop.request("en", true), folder);

        List<String> summary = Files.readAllLines(folder.resolve("summary.txt"), StandardCharsets.UTF_8);
        assertEquals("WeCom tag export of run " + shop.run() + " as of 2026-06-30 (Tierbench)", summary.get(0));
        assertTrue(summary.contains("mark_tag.jsonl: 5 request bodies for 4 customers (one per customer and staff "
                + "member who added it)"), summary::toString);
        assertTrue(summary.contains("Customers from WeCom with nothing to send: 1"), summary::toString);
        assertTrue(summary.contains("Customers skipped, not imported from WeCom (no external_userid with a staff "
                + "member): 1"), summary::toString);
        assertTrue(summary.contains("Tags WeCom does not have yet: 5, in 4 groups (add_corp_tag.json)"),
                summary::toString);
        assertTrue(summary.contains("Tags left out of mark_tag.jsonl because WeCom does not have them yet (no id): 5, "
                + "on 4 customers; the export after step 3 sends them"), summary::toString);
        assertTrue(summary.contains("Customers from WeCom without a tier in this run, their tier tags left as they "
                + "are: 1"), summary::toString);
        assertTrue(summary.stream().anyMatch(line -> line.startsWith("WeCom tags in Tierbench's groups that "
                + "Tierbench no longer uses") && line.endsWith(": 客户分级/铜")), summary::toString);
        assertTrue(summary.stream().anyMatch(line -> line.startsWith("--mask does not apply")), summary::toString);
        assertTrue(summary.contains("  兴趣: 1 tags, 1 to create (new group)"), summary::toString);
        int steps = summary.indexOf("Steps:");
        assertTrue(summary.get(steps + 1).startsWith("1. Create the missing tags: POST each element of "
                + "add_corp_tag.json to https://qyapi.weixin.qq.com/cgi-bin/externalcontact/add_corp_tag"));
        assertTrue(summary.get(steps + 2).startsWith("2. Fetch WeCom's tag library again"));
        assertTrue(summary.get(steps + 2).endsWith("tierbench:import corp-tags.json"));
        assertEquals("3. Export again, so that the new tags have their ids: tierbench:report --format wecom --run "
                + shop.run() + " --out " + folder.toAbsolutePath(), summary.get(steps + 3));
        assertTrue(summary.get(steps + 4).startsWith("4. Send mark_tag.jsonl line by line"));
    }

    @Test
    void theChineseSummarySaysTheSameInChinese() throws IOException {
        Path folder = WecomShop.exportFolder("summary-zh");
        generator(Map.of()).generate(shop.request("zh", false), folder);

        List<String> summary = Files.readAllLines(folder.resolve("summary.txt"), StandardCharsets.UTF_8);
        assertEquals("企业微信标签导出：第 " + shop.run() + " 次运行，截至 2026-06-30（Tierbench）", summary.get(0));
        assertTrue(summary.contains("mark_tag.jsonl：5 条请求，涉及 4 位客户（每位客户的每位添加人各一条）"), summary::toString);
        assertTrue(summary.contains("跳过的客户（非企业微信导入，没有 external_userid 或添加人）：1"), summary::toString);
        assertTrue(summary.contains("企业微信中尚不存在的标签：5 个，分属 4 个标签组（add_corp_tag.json）"), summary::toString);
        assertFalse(summary.stream().anyMatch(line -> line.startsWith("--mask")), "no mask note without --mask");
        assertEquals(SummaryText.of("en").keys(), SummaryText.of("zh").keys());
    }

    @Test
    void onceWeComHasTheNewTagsTheNextExportSendsThemAndDeletesTheStaleAddCorpTagFile() throws IOException {
        Path folder = WecomShop.exportFolder("second-export");
        WecomTagReportGenerator generator = generator(Map.of());
        generator.generate(shop.request("en", false), folder);
        assertTrue(Files.exists(folder.resolve("add_corp_tag.json")));

        // steps 1 and 2: WeCom created the tags, and its tag list was imported again
        shop.importTagDefinitions(List.of(
                new TagDefinition(CustomerTag.WECOM, "etTierRegular", "普通", "etGroupTier", "客户分级"),
                new TagDefinition(CustomerTag.WECOM, "etTierWinback", "待挽回", "etGroupTier", "客户分级"),
                new TagDefinition(CustomerTag.WECOM, "etRuleBig", "大额消费", "etGroupRule", "Tierbench标签"),
                new TagDefinition(CustomerTag.WECOM, "etInterestCollect", "收藏", "etGroupCollect", "兴趣"),
                new TagDefinition(CustomerTag.WECOM, "etInterestIce", "冰种", "etGroupInterest", "兴趣偏好")));
        generator.generate(shop.request("en", false), folder);

        assertFalse(Files.exists(folder.resolve("add_corp_tag.json")), "nothing left to create, nothing to resend");
        List<Object> bodies = lines(folder.resolve("mark_tag.jsonl"));
        assertEquals(body("wangwu", "wmA", List.of("etTierSilver", "etRuleFrequent", "etInterestIce"),
                List.of("etRuleDormant", "etTierGold")), bodies.get(0));
        assertEquals(body("zhaoliu", "wmB", List.of("etTierDiamond", "etRuleBig", "etInterestCollect"), List.of()),
                bodies.get(2));
        assertEquals(body("wangwu", "wmC", List.of("etTierRegular"), List.of("etTierBronze")), bodies.get(3));
        assertEquals(body("lisi", "wmE", List.of("etTierRegular"), List.of()), bodies.get(5));
        List<String> summary = Files.readAllLines(folder.resolve("summary.txt"), StandardCharsets.UTF_8);
        assertTrue(summary.contains("Tags WeCom does not have yet: 0, in 0 groups (add_corp_tag.json)"));
        assertTrue(summary.contains("1. Nothing to create: WeCom has every tag."), summary::toString);
        assertTrue(summary.stream().anyMatch(line -> line.startsWith("2. Send mark_tag.jsonl line by line")));
        Object document = JsonTree.read(folder.resolve("corp_tag_list.json"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) ((Map<String, Object>) document)
                .get("tag_group");
        assertEquals("etGroupCollect", groups.get(2).get("group_id"));
    }

    @Test
    void aConfiguredSchemeBecomesAGroupOfItsOwnAndTheGroupNamesAreConfigurable() throws IOException {
        Path folder = WecomShop.exportFolder("scheme");
        generator(Map.of("tier_group", "客户等级", "rule_group", "自动标签",
                "schemes", new String[] {"frequency/interactions=互动频次"})).generate(shop.request("en", false), folder);

        Object document = JsonTree.read(folder.resolve("corp_tag_list.json"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) ((Map<String, Object>) document)
                .get("tag_group");
        assertEquals(List.of("客户等级", "互动频次", "自动标签", "兴趣", "兴趣偏好"), groups.stream().map(g -> g.get("group_name"))
                .toList());
        // none of these groups is WeCom's 客户分级 or Tierbench标签: every tier and rule tag is to be created;
        // the scheme's labels come by key: active, silent, very-active
        assertEquals(ordered("group_name", "互动频次", "order", 4L, "deleted", false, "tag", List.of(
                tag(null, "活跃互动", 3), tag(null, "无互动", 2), tag(null, "高互动", 1))), groups.get(1));
        List<Object> bodies = lines(folder.resolve("mark_tag.jsonl"));
        // nothing has an id, and 客户分级 / Tierbench标签 are no longer Tierbench's: wmA's old tags stay
        assertEquals(List.of(), bodies);
    }

    @Test
    void aFileAsTargetIsRefusedSayingThatTheFormatWritesAFolder() throws IOException {
        Path file = WecomShop.exportFolder("not-a-folder");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> generator(Map.of()).generate(shop.request("en", false), file));
        assertTrue(refused.getMessage().contains("give --out a folder"), refused.getMessage());
    }

    private static Map<String, Object> group(String id, String name, long order, List<Object> tags) {
        Map<String, Object> group = new LinkedHashMap<>();
        if (id != null) {
            group.put("group_id", id);
        }
        group.put("group_name", name);
        group.put("order", order);
        group.put("deleted", false);
        group.put("tag", tags);
        return group;
    }

    private static Map<String, Object> tag(String id, String name, long order) {
        Map<String, Object> tag = new LinkedHashMap<>();
        if (id != null) {
            tag.put("id", id);
        }
        tag.put("name", name);
        tag.put("order", order);
        tag.put("deleted", false);
        return tag;
    }

    private static Map<String, Object> body(String userid, String externalUserid, List<String> add,
            List<String> remove) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userid", userid);
        body.put("external_userid", externalUserid);
        if (!add.isEmpty()) {
            body.put("add_tag", add);
        }
        if (!remove.isEmpty()) {
            body.put("remove_tag", remove);
        }
        return body;
    }

    /** A map in the given key order, for comparisons that also check the order of fields. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void assertFieldOrder(Object object, List<String> fields) {
        assertEquals(fields, List.copyOf(((Map<?, ?>) object).keySet()));
    }

    private static List<Object> lines(Path file) throws IOException {
        List<Object> bodies = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Object body = JsonTree.read(line);
            bodies.add(body);
            List<?> fields = List.copyOf(((Map<?, ?>) body).keySet());
            assertEquals(MARK_TAG_FIELDS.stream().filter(fields::contains).toList(), fields, "fields in the "
                    + "documented order, nothing else");
        }
        return bodies;
    }
}
