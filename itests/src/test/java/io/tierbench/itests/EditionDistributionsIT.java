package io.tierbench.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each vertical edition's own distribution (distribution/editions/NAME), started as a user would, running the demo
 * script it ships in samples/NAME/demo.script on its own sample data, and showing the edition's tiers. The customers
 * checked were worked out by hand from the sample files (see samples/README.md).
 */
class EditionDistributionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theJadeDistributionBootsWithTheJadePolicyAndItsDemoGivesJadeTiers() throws Exception {
        runDemo("jade", (karaf, demo) -> {
            assertTrue(demo.contains("Repository now holds 200 customers, 499 orders, 363 interactions"), demo);
            for (String tier : List.of("钻石", "金", "银", "普通", "待挽回")) {
                assertTrue(demo.contains(tier), tier + " in\n" + demo);
            }
            // J0065 (杭州, 投资) spent 371,500 yuan in six purchases, the last on 2026-06-28: diamond by rule.20.
            assertTrue(demo.contains("tier / tier: Diamond (钻石)") && demo.contains("rule.20"), demo);
            assertTrue(demo.contains("jade / preference: Investor (投资)"), demo);
        });
    }

    @Test
    void theIcDistributionGivesB2bTiersFromAbcFrequencyAndPotential() throws Exception {
        runDemo("ic", (karaf, demo) -> {
            assertTrue(demo.contains("Repository now holds 200 customers, 3234 orders, 2559 interactions"), demo);
            assertTrue(demo.contains("potential / potential") && demo.contains("frequency / purchases"), demo);
            // IC0068, a 9,000-employee telecom maker: 1,151,345 yuan in the last 365 days over 27 orders, class A.
            assertTrue(demo.contains("tier / tier: Strategic (战略客户)") && demo.contains("rule.20"), demo);
            // IC0001 (工业控制, 1,400 employees): class B, 34 purchase days in a year, 11 % of its expected 450,000.
            String key = karaf.execute("tierbench:customer IC0001");
            assertTrue(key.contains("tier / tier: Key account (重点客户)") && key.contains("rule.30"), key);
            assertTrue(key.contains("potential / potential: High potential (高潜力)"), key);
            // IC0098: three orders, the last on 2024-11-14, 593 days before the as-of date: dormant by rule.10.
            String dormant = karaf.execute("tierbench:customer IC0098");
            assertTrue(dormant.contains("(休眠客户)") && dormant.contains("rule.10"), dormant);
        });
    }

    /**
     * The WeCom round trip: contacts and tags imported from WeCom's answers, tiers exported as tags, WeCom's answer
     * after creating the missing tags imported back, and the second export sending each contact's tier and rule tags
     * with mark_tag, once per staff member who added it.
     */
    @Test
    void theWecomDistributionExportsTiersAsWecomTagsThatFlowBackWithTheirIds() throws Exception {
        runDemo("wecom", (karaf, demo) -> {
            assertTrue(demo.contains("Repository now holds 260 customers, 1311 orders, 4268 interactions"), demo);
            assertTrue(demo.contains("tier / tier: Core (核心客户)") && demo.contains("rule.20"), demo);
            Path firstExport = karaf.home().resolve("reports/wecom-tags");
            assertEquals("", Files.readString(firstExport.resolve("mark_tag.jsonl")),
                    "no tag of Tierbench's groups exists in WeCom yet, so nothing can be marked");

            // What WeCom's get_corp_tag_list answers once add_corp_tag.json has been sent: the new groups and tags
            // with the ids WeCom gave them.
            Map<String, String> idsByName = new HashMap<>();
            ObjectNode answer = JSON.createObjectNode().put("errcode", 0).put("errmsg", "ok");
            ArrayNode groups = answer.putArray("tag_group");
            int group = 0;
            for (JsonNode body : JSON.readTree(firstExport.resolve("add_corp_tag.json").toFile())) {
                group++;
                ObjectNode created = groups.addObject().put("group_id", "etGroup" + group)
                        .put("group_name", body.get("group_name").asText()).put("create_time", 1782777600L)
                        .put("order", body.get("order").asInt()).put("deleted", false);
                ArrayNode tags = created.putArray("tag");
                int tag = 0;
                for (JsonNode wanted : body.get("tag")) {
                    String id = "etTag" + group + "x" + (++tag);
                    idsByName.put(body.get("group_name").asText() + "/" + wanted.get("name").asText(), id);
                    tags.addObject().put("id", id).put("name", wanted.get("name").asText())
                            .put("create_time", 1782777600L).put("order", wanted.get("order").asInt())
                            .put("deleted", false);
                }
            }
            JSON.writeValue(karaf.home().resolve("corp-tags-after-create.json").toFile(), answer);
            String reimported = karaf.execute("tierbench:import corp-tags-after-create.json",
                    "tierbench:report --format wecom --out reports/wecom-tags-2");
            assertFalse(reimported.contains("Error") || reimported.contains("Import failed"), reimported);

            Path secondExport = karaf.home().resolve("reports/wecom-tags-2");
            assertFalse(Files.exists(secondExport.resolve("add_corp_tag.json")), "every tag exists in WeCom now");
            List<JsonNode> bodies = new ArrayList<>();
            for (String line : Files.readAllLines(secondExport.resolve("mark_tag.jsonl"))) {
                bodies.add(JSON.readTree(line));
            }
            assertFalse(bodies.isEmpty());
            // wmNGSWfa4NT… ("Amy_张"), added by huangwei first, then linxiaoyu: core tier, very active in chats, frequent and
            // big purchases, two complaints in 30 days.
            String amy = "wmNGSWfa4NT-_lSxvc_M4qDz-Ch4WI9t";
            List<JsonNode> amys = bodies.stream().filter(b -> b.get("external_userid").asText().equals(amy)).toList();
            assertEquals(List.of("huangwei", "linxiaoyu"), amys.stream().map(b -> b.get("userid").asText()).toList());
            Set<String> expected = new TreeSet<>(List.of(idsByName.get("客户分级/核心客户"),
                    idsByName.get("互动频次/高互动"), idsByName.get("Tierbench标签/高频互动"),
                    idsByName.get("Tierbench标签/高频购买"), idsByName.get("Tierbench标签/大额消费"),
                    idsByName.get("Tierbench标签/需要售后服务")));
            for (JsonNode body : amys) {
                // The documented mark_tag body: userid, external_userid, add_tag (and remove_tag, absent when empty).
                assertEquals(List.of("userid", "external_userid", "add_tag"), fieldNames(body));
                Set<String> added = new TreeSet<>();
                body.get("add_tag").forEach(id -> added.add(id.asText()));
                assertEquals(expected, added, body.toString());
            }
        });
    }

    private static List<String> fieldNames(JsonNode body) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    @FunctionalInterface
    private interface DemoCheck {
        void check(KarafProcess karaf, String demoOutput) throws Exception;
    }

    /** Starts the edition's distribution, runs its demo script in one client session and checks what it printed. */
    private static void runDemo(String edition, DemoCheck check) throws Exception {
        Path assembly = Paths.get(System.getProperty("tierbench.editions")).resolve(edition).resolve("target/assembly");
        Path work = Paths.get(System.getProperty("tierbench.work"));
        try (KarafProcess karaf = KarafProcess.start(assembly, work.resolveSibling(work.getFileName() + "-" + edition))) {
            Path script = karaf.home().resolve("samples").resolve(edition).resolve("demo.script");
            String output = karaf.execute(Files.readAllLines(script).toArray(String[]::new));
            assertFalse(output.contains("Error executing command") || output.contains("Command not found")
                    || output.contains("Import failed"), output);
            assertTrue(Files.size(karaf.home().resolve("reports/dashboard.html")) > 0, "dashboard written");
            check.check(karaf, output);
        }
    }
}
