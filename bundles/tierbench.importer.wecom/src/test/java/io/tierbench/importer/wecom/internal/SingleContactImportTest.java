package io.tierbench.importer.wecom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.CustomerType;
import io.tierbench.api.repository.CustomerRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code externalcontact/get} form: one contact with every staff member who added it, tags by name. */
class SingleContactImportTest {

    static final String ZHANG_WEI = "wmZhangWei0000000000000000000001";
    static final ImportRequest CUSTOMERS = new ImportRequest(EntityKind.CUSTOMERS, false);

    private final TestFiles files = new TestFiles(SingleContactImportTest.class);
    private final WecomImporter importer = new WecomImporter();
    private final H2Repository h2 = new H2Repository();
    private final CustomerRepository repository = h2.repository();

    @AfterEach
    void closeDatabase() throws Exception {
        h2.close();
    }

    @Test
    void oneContactWithTwoStaffMembersIsOneCustomerOwnedByBothFirstAdderFirst() throws ImportException {
        ImportReport report = importer.importFile(files.fixtureFile("contact-zhangwei.json"), CUSTOMERS, repository);

        assertEquals(new ImportReport("contact-zhangwei.json", EntityKind.CUSTOMERS, 1, 0, 0, 0, List.of(), true),
                report);
        assertEquals(1, repository.countCustomers());
        Customer customer = repository.findCustomer(ZHANG_WEI).orElseThrow();
        assertEquals("张伟", customer.name());
        assertEquals(CustomerType.PERSON, customer.type());
        assertEquals("男", customer.gender());
        assertEquals(ZHANG_WEI, customer.wechatId());
        // wangwu added him at 1709654400 = 2024-03-05T16:00Z, lisi later at 1710000000: wangwu first.
        assertEquals("wangwu,lisi", customer.owner());
        // 2024-03-05T16:00Z is already 2024-03-06 in China.
        assertEquals(LocalDate.of(2024, 3, 6), customer.createdDate());
        // The first adder's own channel code wins over WeCom's add_way name.
        assertEquals("store_xihu_qr", customer.acquisitionChannel());
        // wangwu noted no mobile; lisi's first one is the phone.
        assertEquals("13800000001", customer.phone());
    }

    @Test
    void eachStaffMembersNotesAreKeptAsAttributes() throws ImportException {
        importer.importFile(files.fixtureFile("contact-zhangwei.json"), CUSTOMERS, repository);

        Map<String, String> attributes = repository.findCustomer(ZHANG_WEI).orElseThrow().attributes();
        assertEquals(Map.ofEntries(
                Map.entry("wecom.unionid", "ozynqsulJFCZ2z1aYeS8h-nuasdZW01"),
                Map.entry("wecom.added.wangwu", "2024-03-06T00:00"),
                Map.entry("wecom.add_way.wangwu", "扫描二维码"),
                Map.entry("wecom.state.wangwu", "store_xihu_qr"),
                Map.entry("wecom.remark.wangwu", "张先生"),
                Map.entry("wecom.added.lisi", "2024-03-10T00:00"),
                Map.entry("wecom.add_way.lisi", "内部成员共享"),
                Map.entry("wecom.remark.lisi", "张伟-翡翠手镯"),
                Map.entry("wecom.description.lisi", "偏好冰种飘花，预算两万左右"),
                Map.entry("wecom.remark_mobiles.lisi", "13800000001,13900000002"),
                Map.entry("wecom.personal_tags.lisi", "老朋友")), attributes);
    }

    @Test
    void corporateTagsOfBothStaffMembersAreUnitedAndPersonalTagsLeftOut() throws ImportException {
        importer.importFile(files.fixtureFile("contact-zhangwei.json"), CUSTOMERS, repository);

        assertEquals(Set.of(wecom("客户等级", "VIP"), wecom("兴趣偏好", "翡翠手镯"), wecom("兴趣偏好", "和田玉")),
                new HashSet<>(repository.tagsOf(ZHANG_WEI)));
        assertEquals(3, repository.countTags());
    }

    @Test
    void reimportChangesNothingAndSaysSo() throws ImportException {
        Path file = files.fixtureFile("contact-zhangwei.json");
        importer.importFile(file, CUSTOMERS, repository);

        ImportReport again = importer.importFile(file, CUSTOMERS, repository);

        assertEquals(List.of(0L, 0L, 1L, 0L), List.of(again.inserted(), again.updated(), again.unchanged(),
                again.rejected()));
        assertEquals(1, repository.countCustomers());
        assertEquals(3, repository.countTags());
    }

    @Test
    void anArrayOfResponsesAndOneResponsePerLineAreReadAlike() throws ImportException {
        String zhangWei = TestFiles.fixture("contact-zhangwei.json");
        String liuYang = """
                {"errcode":0,"errmsg":"ok","external_contact":{"external_userid":"wmLiuYang00000000000000000000003",\
                "name":"刘洋","type":1,"gender":0},"follow_user":[{"userid":"wangwu","remark":"","description":"",\
                "createtime":1714492800,"tags":[],"remark_mobiles":[],"add_way":2}]}""";
        Path array = files.text("contacts-array.json", "[" + zhangWei + "," + liuYang + "]");
        Path lines = files.text("contacts.ndjson.json", zhangWei.replace("\n", "") + "\n" + liuYang + "\n");

        ImportReport fromArray = importer.importFile(array, CUSTOMERS, repository);
        ImportReport fromLines = importer.importFile(lines, CUSTOMERS, repository);

        assertEquals(2, fromArray.inserted());
        assertEquals(2, fromLines.unchanged());
        Customer liu = repository.findCustomer("wmLiuYang00000000000000000000003").orElseThrow();
        assertEquals("搜索手机号", liu.acquisitionChannel());
        assertNull(liu.gender());
        assertEquals(LocalDate.of(2024, 5, 1), liu.createdDate());
        assertEquals(List.of(), repository.tagsOf("wmLiuYang00000000000000000000003"));
    }

    static CustomerTag wecom(String group, String name) {
        return new CustomerTag(ZHANG_WEI, group, name, CustomerTag.WECOM);
    }
}
