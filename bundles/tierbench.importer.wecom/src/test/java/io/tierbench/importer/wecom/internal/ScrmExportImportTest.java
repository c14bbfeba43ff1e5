package io.tierbench.importer.wecom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import io.tierbench.api.repository.CustomerRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SCRM .xlsx exports: one row per customer and staff member, tags in one cell. */
class ScrmExportImportTest {

    private static final String ZHANG_WEI = "wmZhangWei0000000000000000000001";
    private static final String WANG_FANG = "wmWangFang0000000000000000000002";
    private static final ImportRequest CUSTOMERS = new ImportRequest(EntityKind.CUSTOMERS, false);
    private static final List<Object> HEADER = List.of("客户名称", "外部联系人ID", "客户类型", "性别", "添加人", "添加人账号",
            "备注", "描述", "添加时间", "标签", "个人标签", "来源", "渠道", "企业名称", "手机号");

    private final TestFiles files = new TestFiles(ScrmExportImportTest.class);
    private final Path folder = Path.of("target", "test-files", ScrmExportImportTest.class.getSimpleName());
    private final WecomImporter importer = new WecomImporter();
    private final H2Repository h2 = new H2Repository();
    private final CustomerRepository repository = h2.repository();

    @BeforeEach
    void importTagList() throws Exception {
        importer.importFile(files.fixtureFile("corp-tag-list.json"), new ImportRequest(EntityKind.TAGS, false),
                repository);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        h2.close();
    }

    /** A title row, the header, then 张伟 by 李四, 王芳 by 李四 (a real Excel date cell), 张伟 by 王五. */
    private Path export(String name, Object zhangWeiAddedByLisi) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("客户列表（导出时间：2024-06-01 09:30）"));
        rows.add(HEADER);
        rows.add(row("张伟", ZHANG_WEI, "微信用户", "男", "李四", "lisi", "张伟-翡翠手镯", "偏好冰种飘花", zhangWeiAddedByLisi,
                "客户等级:VIP", "老朋友", "内部成员共享", "", "", "13800000001"));
        rows.add(row("王芳", WANG_FANG, "企业微信用户", "女", "李四", "lisi", "王芳（玉润采购）", "", LocalDateTime.of(2024, 2, 1,
                8, 0), "金卡会员, 和田玉", "", "名片分享", "", "杭州玉润珠宝", "13700000003"));
        rows.add(row("张伟", ZHANG_WEI, "微信用户", "男", "王五", "wangwu", "张先生", "", "2024-03-06 00:00:00",
                "兴趣偏好：翡翠手镯，VIP", "", "扫描二维码", "store_xihu_qr", "", ""));
        return ScrmWorkbook.write(folder.resolve(name), rows);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void rowsOfOneCustomerUnderTwoStaffMembersAreOneCustomer() throws Exception {
        ImportReport report = importer.importFile(export("scrm.xlsx", "2024-03-10 00:00:00"), CUSTOMERS, repository);

        assertEquals(new ImportReport("scrm.xlsx", EntityKind.CUSTOMERS, 2, 0, 0, 0, List.of(), true), report);
        assertEquals(2, repository.countCustomers());
        Customer zhang = repository.findCustomer(ZHANG_WEI).orElseThrow();
        assertEquals("wangwu,lisi", zhang.owner());
        assertEquals(LocalDate.of(2024, 3, 6), zhang.createdDate());
        assertEquals("store_xihu_qr", zhang.acquisitionChannel());
        assertEquals("13800000001", zhang.phone());
        assertEquals("李四", zhang.attributes().get("wecom.staff_name.lisi"));
        assertEquals("王五", zhang.attributes().get("wecom.staff_name.wangwu"));
        assertEquals("老朋友", zhang.attributes().get("wecom.personal_tags.lisi"));
        // The bare 'VIP' of 王五's row is the tag list's 客户等级/VIP, the same tag as lisi's written with its group.
        assertEquals(Set.of(tag(ZHANG_WEI, "客户等级", "VIP"), tag(ZHANG_WEI, "兴趣偏好", "翡翠手镯")),
                new HashSet<>(repository.tagsOf(ZHANG_WEI)));
    }

    @Test
    void excelDateCellsCompanyCustomersAndBareTagNamesAreRead() throws Exception {
        importer.importFile(export("scrm.xlsx", "2024-03-10 00:00:00"), CUSTOMERS, repository);

        Customer wang = repository.findCustomer(WANG_FANG).orElseThrow();
        assertEquals(CustomerType.COMPANY, wang.type());
        assertEquals("女", wang.gender());
        assertEquals(LocalDate.of(2024, 2, 1), wang.createdDate());
        assertEquals("2024-02-01T08:00", wang.attributes().get("wecom.added.lisi"));
        assertEquals("名片分享", wang.acquisitionChannel());
        assertEquals("杭州玉润珠宝", wang.attributes().get("wecom.corp_name"));
        assertEquals(Set.of(tag(WANG_FANG, "客户等级", "金卡会员"), tag(WANG_FANG, "兴趣偏好", "和田玉")),
                new HashSet<>(repository.tagsOf(WANG_FANG)));
    }

    @Test
    void theSheetGivesTheSameTagsAsWeComsJsonAndReimportChangesNothing() throws Exception {
        importer.importFile(files.fixtureFile("batch-two-pages.json"), CUSTOMERS, repository);
        List<CustomerTag> fromJson = repository.tagsOf(ZHANG_WEI);
        Path sheet = export("scrm.xlsx", "2024-03-10 00:00:00");

        importer.importFile(sheet, CUSTOMERS, repository);
        ImportReport again = importer.importFile(sheet, CUSTOMERS, repository);

        assertEquals(fromJson, repository.tagsOf(ZHANG_WEI));
        assertEquals(List.of(0L, 0L, 2L), List.of(again.inserted(), again.updated(), again.unchanged()));
        assertEquals(3, repository.countCustomers());
    }

    @Test
    void aBadAddTimeIsNamedByItsSpreadsheetRowAndHeader() throws Exception {
        ImportReport report = importer.importFile(export("bad-time.xlsx", "上周三"), CUSTOMERS, repository);

        assertEquals(1, report.errors().size());
        RowError error = report.errors().get(0);
        assertEquals(List.of("bad-time.xlsx", 3L, "添加时间", "上周三"), List.of(error.file(), error.row(),
                error.column(), error.value()));
        assertTrue(error.reason().startsWith("not a date"), error.reason());
        // 张伟's other row is not enough to store him; 王芳 is stored.
        assertEquals(List.of(1L, 1L), List.of(report.inserted(), report.rejected()));
        assertEquals(Optional.empty(), repository.findCustomer(ZHANG_WEI));
    }

    @Test
    void onlyAWeComExportIsTakenFromTheExcelImporter() throws Exception {
        Path plain = ScrmWorkbook.write(folder.resolve("customers.xlsx"), List.of(List.of("客户编号", "客户名称", "城市"),
                List.of("C1", "张伟", "杭州")));
        Path export = export("scrm.xlsx", "2024-03-10 00:00:00");

        assertFalse(importer.accepts(plain));
        assertEquals(Optional.empty(), importer.kindOf(plain));
        assertTrue(importer.accepts(export));
        assertEquals(Optional.of(EntityKind.CUSTOMERS), importer.kindOf(export));
        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(plain, CUSTOMERS,
                repository));
        assertTrue(e.getMessage().startsWith("customers.xlsx: sheet '客户列表' is not a WeCom customer export"),
                e.getMessage());
    }

    @Test
    void anExportWithoutAddTimesIsRefused() {
        Path file = ScrmWorkbook.write(folder.resolve("no-time.xlsx"), List.of(List.of("客户名称", "外部联系人ID", "添加人"),
                List.of("张伟", ZHANG_WEI, "李四")));

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, CUSTOMERS,
                repository));

        assertEquals("no-time.xlsx: the WeCom export has no 添加时间 (createtime) column", e.getMessage());
        assertEquals(0, repository.countCustomers());
    }

    private static CustomerTag tag(String customerId, String group, String name) {
        return new CustomerTag(customerId, group, name, CustomerTag.WECOM);
    }
}
