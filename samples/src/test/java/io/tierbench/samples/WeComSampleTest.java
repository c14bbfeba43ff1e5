package io.tierbench.samples;

import static io.tierbench.samples.EditionFiles.intProperty;
import static io.tierbench.samples.EditionFiles.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled WeCom sample is the generator's output, byte for byte; its JSON has the shape of WeCom's answers; its
 * orders and interactions belong to its contacts; and the WeCom edition's frequency thresholds find every label.
 */
class WeComSampleTest {

    private static final String REGENERATE = "the bundled WeCom sample is not what the generator makes; regenerate "
            + "it: java -cp samples/target/classes io.tierbench.samples.WeComSellerGenerator "
            + "samples/src/main/resources/samples/wecom";
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final Pattern EXTERNAL_USERID = Pattern.compile("wm[A-Za-z0-9_-]{30}");
    /** add_way codes of WeCom's 来源定义 the sample uses: scan, business card, group chat, Channels, link, shared. */
    private static final Set<Long> ADD_WAYS = Set.of(1L, 3L, 4L, 10L, 16L, 201L, 202L);

    @ParameterizedTest
    @ValueSource(strings = {"corp_tags.json", "contacts.json", "orders.csv", "interactions.csv"})
    void bundledFileIsTheGeneratorsOutput(String fileName) throws IOException {
        Path regenerated = Path.of("target", "regenerated-wecom");
        WeComSellerGenerator.generate(regenerated);

        assertArrayEquals(EditionFiles.bundled("wecom", fileName), Files.readAllBytes(regenerated.resolve(fileName)),
                REGENERATE);
    }

    @Test
    void contactsArePagesOfBatchGetByUserWithSomeContactsAddedByTwoStaffMembers() throws IOException {
        List<Object> pages = list(MiniJson.parse(EditionFiles.bundledText("wecom", "contacts.json")));
        long first = LocalDate.of(2023, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.ofHours(8));
        long last = AS_OF.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.ofHours(8));
        Map<String, List<Map<String, Object>>> staffByContact = new LinkedHashMap<>();
        for (int page = 0; page < pages.size(); page++) {
            Map<String, Object> answer = map(pages.get(page));
            assertEquals(0L, answer.get("errcode"));
            assertEquals("ok", answer.get("errmsg"));
            List<Object> entries = list(answer.get("external_contact_list"));
            assertTrue(entries.size() <= 100, "a page holds at most 100 entries: " + entries.size());
            assertEquals(page == pages.size() - 1, "".equals(answer.get("next_cursor")), "next_cursor of " + page);
            for (Object element : entries) {
                Map<String, Object> contact = map(map(element).get("external_contact"));
                Map<String, Object> follow = map(map(element).get("follow_info"));
                String id = (String) contact.get("external_userid");
                assertTrue(EXTERNAL_USERID.matcher(id).matches(), id);
                long createtime = (Long) follow.get("createtime");
                assertTrue(createtime >= first && createtime < last, id + " createtime " + createtime);
                assertTrue(ADD_WAYS.contains((Long) follow.get("add_way")), id + " add_way " + follow.get("add_way"));
                assertTrue(Set.of(1L, 2L).contains((Long) contact.get("type")), id);
                staffByContact.computeIfAbsent(id, key -> new ArrayList<>()).add(follow);
            }
        }

        assertTrue(pages.size() >= 3, "pages: " + pages.size());
        assertEquals(WeComSellerGenerator.CONTACTS, staffByContact.size());
        int twoStaff = 0;
        for (List<Map<String, Object>> staff : staffByContact.values()) {
            assertTrue(staff.size() <= 2);
            if (staff.size() == 2) {
                twoStaff++;
                assertNotEquals(staff.get(0).get("userid"), staff.get(1).get("userid"));
                // The second staff member was shared the contact (201) or assigned it (202).
                assertTrue(staff.stream().anyMatch(follow -> Set.of(201L, 202L).contains(follow.get("add_way"))));
            }
        }
        assertTrue(twoStaff >= 20, "contacts added by two staff members: " + twoStaff);
    }

    @Test
    void everyTagIdNamesALiveTagOfTheTagListAndEveryGroupIsUsed() throws IOException {
        Map<String, Object> tagList = map(MiniJson.parse(EditionFiles.bundledText("wecom", "corp_tags.json")));
        assertEquals(0L, tagList.get("errcode"));
        Map<String, String> liveTagGroups = new HashMap<>();
        Set<String> deleted = new HashSet<>();
        Set<String> groups = new HashSet<>();
        for (Object element : list(tagList.get("tag_group"))) {
            Map<String, Object> group = map(element);
            groups.add((String) group.get("group_name"));
            for (Object tagElement : list(group.get("tag"))) {
                Map<String, Object> tag = map(tagElement);
                if (Boolean.TRUE.equals(tag.get("deleted"))) {
                    deleted.add((String) tag.get("id"));
                } else {
                    liveTagGroups.put((String) tag.get("id"), (String) group.get("group_name"));
                }
            }
        }
        Set<String> usedGroups = new HashSet<>();
        for (Object page : list(MiniJson.parse(EditionFiles.bundledText("wecom", "contacts.json")))) {
            for (Object element : list(map(page).get("external_contact_list"))) {
                for (Object id : list(map(map(element).get("follow_info")).get("tag_id"))) {
                    assertTrue(liveTagGroups.containsKey(id), "tag id " + id + " is a live tag of the tag list");
                    usedGroups.add(liveTagGroups.get(id));
                }
            }
        }

        assertTrue(groups.containsAll(Set.of("客户等级", "兴趣", "来源")), groups.toString());
        assertEquals(1, deleted.size(), "a deleted tag, as a real library has");
        assertEquals(groups, usedGroups);
    }

    @Test
    void ordersAndInteractionsBelongToTheContactsAndAreSmallConsumerOrders() throws IOException {
        Set<String> contacts = new HashSet<>();
        for (Object page : list(MiniJson.parse(EditionFiles.bundledText("wecom", "contacts.json")))) {
            for (Object element : list(map(page).get("external_contact_list"))) {
                contacts.add((String) map(map(element).get("external_contact")).get("external_userid"));
            }
        }
        Set<String> buyers = new HashSet<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        Set<String> statuses = new HashSet<>();
        List<String[]> orders = rows("wecom", "orders.csv");
        for (String[] order : orders) {
            assertTrue(contacts.contains(order[1]), order[0] + " belongs to a contact: " + order[1]);
            buyers.add(order[1]);
            BigDecimal amount = new BigDecimal(order[3]);
            BigDecimal unitPrice = amount.divide(new BigDecimal(order[5]));
            // Shop prices end in 9.90: 59.90, 169.90.
            assertTrue(unitPrice.remainder(BigDecimal.TEN).compareTo(new BigDecimal("9.90")) == 0,
                    order[0] + " unit price " + unitPrice);
            assertTrue(amount.compareTo(new BigDecimal("10000")) < 0, order[0] + " amount " + amount);
            byCategory.merge(order[7], 1, Integer::sum);
            statuses.add(order[8]);
        }
        for (String[] interaction : rows("wecom", "interactions.csv")) {
            assertEquals(8, interaction.length, interaction[0]);
            assertTrue(contacts.contains(interaction[1]), interaction[0] + " belongs to a contact");
        }

        assertEquals(Set.of("美妆", "零食", "服饰", "母婴", "保健品"), byCategory.keySet());
        assertEquals(Set.of("completed", "refunded", "cancelled"), statuses);
        assertTrue(orders.size() >= 800, "orders: " + orders.size());
        assertTrue(buyers.size() >= 150 && buyers.size() < contacts.size(), "buyers: " + buyers.size());
    }

    @Test
    void everyInteractionAndPurchaseFrequencyLabelHasContacts() throws IOException {
        Properties frequency = EditionFiles.shippedConfig("wecom", "tierbench.classifier.frequency.cfg");
        int window = intProperty(frequency, "interactions.window.days");
        int veryActiveMin = intProperty(frequency, "interactions.very.active.min");
        int activeMin = intProperty(frequency, "interactions.active.min");
        int purchaseWindow = intProperty(frequency, "purchases.window.days");
        int frequentMin = intProperty(frequency, "purchases.frequent.min");
        int regularMin = intProperty(frequency, "purchases.regular.min");
        Map<String, Integer> chats = new HashMap<>();
        int csat = 0;
        for (String[] interaction : rows("wecom", "interactions.csv")) {
            if (ChronoUnit.DAYS.between(LocalDate.parse(interaction[2].substring(0, 10)), AS_OF) < window) {
                chats.merge(interaction[1], 1, Integer::sum);
            }
            csat += interaction[6].isEmpty() ? 0 : 1;
        }
        Map<String, Set<LocalDate>> purchaseDays = new HashMap<>();
        for (String[] order : rows("wecom", "orders.csv")) {
            LocalDate day = LocalDate.parse(order[2].substring(0, 10));
            if (order[8].equals("completed") && ChronoUnit.DAYS.between(day, AS_OF) < purchaseWindow) {
                purchaseDays.computeIfAbsent(order[1], id -> new HashSet<>()).add(day);
            }
        }
        Map<String, Integer> interactionLabels = new TreeMap<>();
        Map<String, Integer> purchaseLabels = new TreeMap<>();
        for (Object page : list(MiniJson.parse(EditionFiles.bundledText("wecom", "contacts.json")))) {
            for (Object element : list(map(page).get("external_contact_list"))) {
                Map<String, Object> follow = map(map(element).get("follow_info"));
                if (!List.of(WeComSellerGenerator.SELLERS).contains(follow.get("userid"))
                        || Set.of(202L).contains(follow.get("add_way"))) {
                    continue; // each contact once: by the seller who added it first
                }
                String id = (String) map(map(element).get("external_contact")).get("external_userid");
                int count = chats.getOrDefault(id, 0);
                interactionLabels.merge(count >= veryActiveMin ? "very-active" : count >= activeMin ? "active"
                        : count >= 1 ? "occasional" : "silent", 1, Integer::sum);
                int days = purchaseDays.getOrDefault(id, Set.of()).size();
                purchaseLabels.merge(days >= frequentMin ? "frequent" : days >= regularMin ? "regular"
                        : days >= 2 ? "occasional" : days == 1 ? "one-time" : "none", 1, Integer::sum);
            }
        }

        assertEquals(WeComSellerGenerator.CONTACTS, interactionLabels.values().stream().mapToInt(n -> n).sum());
        assertEquals(Set.of("very-active", "active", "occasional", "silent"), interactionLabels.keySet());
        interactionLabels.forEach((label, count) -> assertTrue(count >= 20, label + ": " + count));
        assertEquals(Set.of("frequent", "regular", "occasional", "one-time", "none"), purchaseLabels.keySet());
        purchaseLabels.forEach((label, count) -> assertTrue(count >= 5, label + ": " + count));
        assertTrue(csat >= 100, "CSAT answers: " + csat);
        assertFalse(chats.isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertTrue(value instanceof Map, "a JSON object: " + value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertTrue(value instanceof List, "a JSON array: " + value);
        return (List<Object>) value;
    }
}
