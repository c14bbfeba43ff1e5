package io.tierbench.importer.wecom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.model.TagDefinition;
import io.tierbench.api.repository.CustomerRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code batch/get_by_user} form: one entry per contact and staff member, tags as ids named by a
 * {@code get_corp_tag_list} file imported first.
 */
class BatchImportTest {

    static final String ZHANG_WEI = "wmZhangWei0000000000000000000001";
    static final String WANG_FANG = "wmWangFang0000000000000000000002";
    static final String LIU_YANG = "wmLiuYang00000000000000000000003";
    static final ImportRequest CUSTOMERS = new ImportRequest(EntityKind.CUSTOMERS, false);
    static final ImportRequest TAGS = new ImportRequest(EntityKind.TAGS, false);

    private final TestFiles files = new TestFiles(BatchImportTest.class);
    private final WecomImporter importer = new WecomImporter();
    private final H2Repository h2 = new H2Repository();
    private final CustomerRepository repository = h2.repository();

    @AfterEach
    void closeDatabase() throws Exception {
        h2.close();
    }

    @Test
    void tagListIsStoredAsDefinitionsWithItsGroupsAndDeletedTagsSkipped() throws Exception {
        Path tagList = files.fixtureFile("corp-tag-list.json");

        ImportReport report = importer.importFile(tagList, TAGS, repository);
        ImportReport again = importer.importFile(tagList, TAGS, repository);

        assertEquals(new ImportReport("corp-tag-list.json", EntityKind.TAGS, 4, 0, 0, 0, List.of(), true), report);
        assertEquals(List.of(0L, 0L, 4L), List.of(again.inserted(), again.updated(), again.unchanged()));
        assertEquals(Set.of(
                new TagDefinition(CustomerTag.WECOM, "etLevelVip", "VIP", "etGroupLevel", "客户等级"),
                new TagDefinition(CustomerTag.WECOM, "etLevelGold", "金卡会员", "etGroupLevel", "客户等级"),
                new TagDefinition(CustomerTag.WECOM, "etInterestBangle", "翡翠手镯", "etGroupInterest", "兴趣偏好"),
                new TagDefinition(CustomerTag.WECOM, "etInterestHetian", "和田玉", "etGroupInterest", "兴趣偏好")),
                new HashSet<>(repository.tagDefinitions(CustomerTag.WECOM)));
        assertEquals(0, repository.countCustomers());
    }

    @Test
    void aContactListedUnderTwoStaffMembersOnTwoPagesIsOneCustomer() throws Exception {
        importer.importFile(files.fixtureFile("corp-tag-list.json"), TAGS, repository);

        ImportReport report = importer.importFile(files.fixtureFile("batch-two-pages.json"), CUSTOMERS, repository);

        assertEquals(new ImportReport("batch-two-pages.json", EntityKind.CUSTOMERS, 3, 0, 0, 0, List.of(), true),
                report);
        assertEquals(3, repository.countCustomers());
        Customer zhang = repository.findCustomer(ZHANG_WEI).orElseThrow();
        assertEquals("wangwu,lisi", zhang.owner());
        assertEquals(LocalDate.of(2024, 3, 6), zhang.createdDate());
        assertEquals("store_xihu_qr", zhang.acquisitionChannel());
        assertEquals("13800000001", zhang.phone());
        assertEquals("张先生", zhang.attributes().get("wecom.remark.wangwu"));
        assertEquals("张伟-翡翠手镯", zhang.attributes().get("wecom.remark.lisi"));
        assertEquals(Set.of(tag(ZHANG_WEI, "客户等级", "VIP"), tag(ZHANG_WEI, "兴趣偏好", "翡翠手镯")),
                new HashSet<>(repository.tagsOf(ZHANG_WEI)));
    }

    @Test
    void aWeComUserIsACompanysEmployeeWithCompanyAndPositionKept() throws Exception {
        importer.importFile(files.fixtureFile("corp-tag-list.json"), TAGS, repository);
        importer.importFile(files.fixtureFile("batch-two-pages.json"), CUSTOMERS, repository);

        Customer wang = repository.findCustomer(WANG_FANG).orElseThrow();
        assertEquals(CustomerType.COMPANY, wang.type());
        assertEquals("女", wang.gender());
        assertEquals("杭州玉润珠宝", wang.attributes().get("wecom.corp_name"));
        assertEquals("杭州玉润珠宝有限公司", wang.attributes().get("wecom.corp_full_name"));
        assertEquals("采购经理", wang.attributes().get("wecom.position"));
        assertEquals("玉润珠宝", wang.attributes().get("wecom.remark_corp_name.lisi"));
        assertEquals("名片分享", wang.acquisitionChannel());
        assertEquals(LocalDate.of(2024, 2, 1), wang.createdDate());
        assertEquals(Set.of(tag(WANG_FANG, "客户等级", "金卡会员"), tag(WANG_FANG, "兴趣偏好", "和田玉")),
                new HashSet<>(repository.tagsOf(WANG_FANG)));
        Customer liu = repository.findCustomer(LIU_YANG).orElseThrow();
        assertEquals("douyin_ad_0501", liu.acquisitionChannel());
        assertEquals("通过获客链接添加", liu.attributes().get("wecom.add_way.wangwu"));
        assertNull(liu.gender());
    }

    @Test
    void reimportOfTheSameFilesChangesNothing() throws Exception {
        importer.importFile(files.fixtureFile("corp-tag-list.json"), TAGS, repository);
        Path batch = files.fixtureFile("batch-two-pages.json");
        importer.importFile(batch, CUSTOMERS, repository);

        ImportReport again = importer.importFile(batch, CUSTOMERS, repository);

        assertEquals(new ImportReport("batch-two-pages.json", EntityKind.CUSTOMERS, 0, 0, 3, 0, List.of(), true),
                again);
        assertEquals(3, repository.countCustomers());
        assertEquals(4, repository.countTags());
    }

    @Test
    void aTagTakenOffInWeComGoesAwayOnReimport() throws Exception {
        importer.importFile(files.fixtureFile("corp-tag-list.json"), TAGS, repository);
        String batch = TestFiles.fixture("batch-two-pages.json");
        importer.importFile(files.text("before.json", batch), CUSTOMERS, repository);
        // wangwu took 翡翠手镯 off 张伟; lisi's VIP stays, and wangwu's own VIP with it.
        String after = batch.replace("\"tag_id\": [\"etInterestBangle\", \"etLevelVip\"]",
                "\"tag_id\": [\"etLevelVip\"]");
        assertFalse(after.equals(batch), "the fixture changed; the edit no longer applies");

        ImportReport report = importer.importFile(files.text("after.json", after), CUSTOMERS, repository);

        assertEquals(List.of(0L, 1L, 2L), List.of(report.inserted(), report.updated(), report.unchanged()));
        assertEquals(List.of(tag(ZHANG_WEI, "客户等级", "VIP")), repository.tagsOf(ZHANG_WEI));
        assertEquals(3, repository.countTags());
    }

    @Test
    void tagsOfOtherSourcesAreLeftAlone() throws Exception {
        importer.importFile(files.fixtureFile("corp-tag-list.json"), TAGS, repository);
        importer.importFile(files.fixtureFile("batch-two-pages.json"), CUSTOMERS, repository);
        CustomerTag manual = new CustomerTag(LIU_YANG, "门店", "西湖店常客", CustomerTag.IMPORTED);
        try (var transaction = repository.begin()) {
            transaction.upsertTags(List.of(manual));
            transaction.commit();
        }

        importer.importFile(files.fixtureFile("batch-two-pages.json"), CUSTOMERS, repository);

        assertEquals(List.of(manual), repository.tagsOf(LIU_YANG));
    }

    @Test
    void anUnknownTagIdKeepsTheContactAndItsStoredTagsAndNamesTheId() throws Exception {
        importer.importFile(files.fixtureFile("corp-tag-list.json"), TAGS, repository);
        importer.importFile(files.fixtureFile("batch-two-pages.json"), CUSTOMERS, repository);
        // lisi put a tag made after the tag list was exported on 张伟, and wangwu took 翡翠手镯 off: with one tag
        // unknown, the tags read are not all 张伟 has, so none of the stored ones is taken off either.
        String later = TestFiles.fixture("batch-two-pages.json")
                .replace("\"tag_id\": [\"etLevelVip\"]", "\"tag_id\": [\"etLevelVip\", \"etNewTag2024\"]")
                .replace("\"tag_id\": [\"etInterestBangle\", \"etLevelVip\"]", "\"tag_id\": [\"etLevelVip\"]")
                .replace("\"remark\": \"张伟-翡翠手镯\"", "\"remark\": \"张伟-已购手镯\"");

        ImportReport report = importer.importFile(files.text("unknown-tag.json", later), CUSTOMERS, repository);

        assertEquals(List.of(new RowError("unknown-tag.json", 1, "[0].external_contact_list[0].follow_info.tag_id[1]",
                "etNewTag2024", ContactEntryReader.UNKNOWN_TAG + ContactImport.UNKNOWN_TAG_KEPT)), report.errors());
        assertEquals(List.of(0L, 1L, 2L, 0L), List.of(report.inserted(), report.updated(), report.unchanged(),
                report.rejected()));
        assertTrue(report.committed());
        Customer zhang = repository.findCustomer(ZHANG_WEI).orElseThrow();
        assertEquals("张伟-已购手镯", zhang.attributes().get("wecom.remark.lisi"));
        assertEquals(Set.of(tag(ZHANG_WEI, "客户等级", "VIP"), tag(ZHANG_WEI, "兴趣偏好", "翡翠手镯")),
                new HashSet<>(repository.tagsOf(ZHANG_WEI)));
    }

    @Test
    void anUnknownTagIdInStrictModeStoresNothing() throws Exception {
        ImportReport report = importer.importFile(files.fixtureFile("batch-two-pages.json"),
                new ImportRequest(EntityKind.CUSTOMERS, true), repository);

        assertFalse(report.committed());
        // No tag list was imported: each of the five tag ids of 张伟 and 王芳 is unknown.
        assertEquals(5, report.errors().size());
        assertEquals(ContactEntryReader.UNKNOWN_TAG + ContactImport.UNKNOWN_TAG_STRICT,
                report.errors().get(0).reason());
        assertEquals(2, report.rejected());
        assertEquals(0, repository.countCustomers());
        assertEquals(0, repository.countTags());
    }

    @Test
    void aTagListIsNotCustomersNorContactsTags() throws Exception {
        Path tagList = files.fixtureFile("corp-tag-list.json");
        Path batch = files.fixtureFile("batch-two-pages.json");

        ImportException asCustomers = assertThrows(ImportException.class,
                () -> importer.importFile(tagList, CUSTOMERS, repository));
        ImportException asTags = assertThrows(ImportException.class,
                () -> importer.importFile(batch, TAGS, repository));

        assertEquals("corp-tag-list.json: a WeCom tag list (get_corp_tag_list) imports as tags, not as customers",
                asCustomers.getMessage());
        assertEquals("batch-two-pages.json: WeCom contacts import as customers (with their tags), not as tags",
                asTags.getMessage());
    }

    static CustomerTag tag(String customerId, String group, String name) {
        return new CustomerTag(customerId, group, name, CustomerTag.WECOM);
    }
}
