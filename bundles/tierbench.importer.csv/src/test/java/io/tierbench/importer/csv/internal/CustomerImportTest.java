package io.tierbench.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.CustomerType;
import io.tierbench.importer.support.ImportFormats;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerImportTest {

    private static final ImportRequest CUSTOMERS = new ImportRequest(EntityKind.CUSTOMERS, false);
    private static final String CANONICAL_HEADER = "external_id,name,type,phone,email,wechat_id,gender,birth_year,"
            + "occupation,income_band,country,province,city,industry,company_size,acquisition_channel,owner,"
            + "created_date,tags";

    private final TestFiles files = new TestFiles(CustomerImportTest.class);
    private final FakeCustomerRepository repository = new FakeCustomerRepository();
    private final CsvImporter importer = new CsvImporter();

    @Test
    void canonicalHeaderIsTheOneDocumented() {
        assertEquals(CANONICAL_HEADER, ImportFormats.canonicalHeader(EntityKind.CUSTOMERS));
    }

    @Test
    void storesEveryFieldOfAGoodFile() throws ImportException {
        Path file = files.lines("customers.csv", CANONICAL_HEADER,
                "C001,张伟,person,13800000001,zw@example.com,wx_zw,男,1980,教师,10k-20k,中国,浙江,杭州,,,门店,王芳,2024-03-05,",
                "C002,杭州玉器有限公司,company,0571-8888,,,,,,,中国,浙江,杭州,零售,35,展会,王芳,2023-11-20 09:30,\"老客户,VIP,客户等级：金牌\"");

        ImportReport report = importer.importFile(file, CUSTOMERS, repository);

        assertEquals(new ImportReport("customers.csv", EntityKind.CUSTOMERS, 2, 0, 0, 0, List.of(), true), report);
        assertEquals(new Customer("C001", "张伟", CustomerType.PERSON, "13800000001", "zw@example.com", "wx_zw", "男",
                1980, "教师", "10k-20k", "中国", "浙江", "杭州", null, null, "门店", "王芳", LocalDate.of(2024, 3, 5),
                Map.of()), repository.customers.get("C001"));
        Customer company = repository.customers.get("C002");
        assertEquals(CustomerType.COMPANY, company.type());
        assertEquals(35, company.companySize());
        assertEquals(LocalDate.of(2023, 11, 20), company.createdDate());
        assertEquals(List.of(2), repository.batchSizes);
        assertEquals(1, repository.committed);
        assertEquals(List.of(), repository.tagsOf("C001"));
        assertEquals(List.of(new CustomerTag("C002", null, "老客户", CustomerTag.IMPORTED),
                new CustomerTag("C002", null, "VIP", CustomerTag.IMPORTED),
                new CustomerTag("C002", "客户等级", "金牌", CustomerTag.IMPORTED)), repository.tagsOf("C002"));
    }

    @Test
    void aTagsCellIsTheWholeSetOfImportedTagsAndOtherSourcesStay() throws ImportException {
        importer.importFile(files.lines("tags1.csv", "客户编号,标签", "C1,老客户、VIP", "C2,"), CUSTOMERS, repository);
        repository.tags.add(new CustomerTag("C1", null, "高频购买", "rule"));

        ImportReport again = importer.importFile(files.lines("tags2.csv", "客户编号,标签", "C1,VIP；团购", "C2,"),
                CUSTOMERS, repository);

        assertEquals(new ImportReport("tags2.csv", EntityKind.CUSTOMERS, 0, 1, 1, 0, List.of(), true), again);
        assertEquals(List.of(new CustomerTag("C1", null, "高频购买", "rule"),
                new CustomerTag("C1", null, "VIP", CustomerTag.IMPORTED),
                new CustomerTag("C1", null, "团购", CustomerTag.IMPORTED)), repository.tagsOf("C1"));
        assertEquals(List.of(), repository.tagsOf("C2"));
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangedRowIsAnUpdate() throws ImportException {
        Path file = files.lines("same.csv", "external_id,name", "C1,张伟", "C2,王芳");
        importer.importFile(file, CUSTOMERS, repository);

        ImportReport again = importer.importFile(file, CUSTOMERS, repository);
        ImportReport changed = importer.importFile(files.lines("changed.csv", "external_id,name", "C1,张伟",
                "C2,王芳芳", "C3,李娜"), CUSTOMERS, repository);

        assertEquals(List.of(0L, 0L, 2L), List.of(again.inserted(), again.updated(), again.unchanged()));
        assertEquals(List.of(1L, 1L, 1L), List.of(changed.inserted(), changed.updated(), changed.unchanged()));
        assertEquals("王芳芳", repository.customers.get("C2").name());
    }

    @Test
    void reportsEachBadRowWithFileRowColumnValueAndReason() throws ImportException {
        Path file = files.lines("bad-customers.csv",
                "external_id,name,type,birth_year,company_size,created_date",
                "C1,张伟,person,1980,,2024-03-05",
                ",无编号,person,,,",
                "C3,王芳,robot,,,",
                "C4,李娜,person,19x0,,",
                "C5,刘洋,person,,,2024-02-30",
                "C1,张伟二,person,,,",
                "C7,陈静,person",
                "C8,赵磊,company,,-5,",
                "C9,孙丽,个人,1975,,2024-02-29");

        ImportReport report = importer.importFile(file, CUSTOMERS, repository);

        String name = "bad-customers.csv";
        assertEquals(List.of(
                new RowError(name, 3, "external_id", "", "missing value"),
                new RowError(name, 4, "type", "robot", "unknown customer type; expected one of person, company"),
                new RowError(name, 5, "birth_year", "19x0", "not a whole number"),
                new RowError(name, 6, "created_date", "2024-02-30", "no such date or time"),
                new RowError(name, 7, "external_id", "C1", "duplicate: an earlier row of this file has it"),
                new RowError(name, 8, null, null, "expected 6 fields, found 3"),
                new RowError(name, 9, "company_size", "-5", "must be from 0 to 2147483647")), report.errors());
        assertEquals(List.of(2L, 7L, true), List.of(report.inserted(), report.rejected(), report.committed()));
        assertEquals(CustomerType.PERSON, repository.customers.get("C9").type());
    }

    @Test
    void readsChineseHeadersAndNamesThemInErrors() throws ImportException {
        Path file = files.lines("客户.csv", "客户编号,客户名称,手机,邮箱,省份,城市,行业类型,公司规模,客户类型",
                "K1,深圳芯片贸易有限公司,13900000000,k1@example.com,广东,深圳,电子元器件,120,企业",
                "K2,广州电子,13900000001,,广东,广州,电子元器件,很多,企业");

        ImportReport report = importer.importFile(file, CUSTOMERS, repository);

        Customer customer = repository.customers.get("K1");
        assertEquals(List.of("深圳芯片贸易有限公司", "13900000000", "k1@example.com", "广东", "深圳", "电子元器件"),
                List.of(customer.name(), customer.phone(), customer.email(), customer.province(), customer.city(),
                        customer.industry()));
        assertEquals(120, customer.companySize());
        assertEquals(CustomerType.COMPANY, customer.type());
        assertEquals(List.of(new RowError("客户.csv", 3, "公司规模", "很多", "not a whole number")), report.errors());
    }

    @Test
    void skipsAByteOrderMark() throws ImportException {
        byte[] text = "external_id,name\nC1,张伟\n".getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);

        ImportReport report = importer.importFile(files.bytes("bom.csv", withMark), CUSTOMERS, repository);

        assertEquals(1, report.inserted());
        assertEquals("张伟", repository.customers.get("C1").name());
    }

    @Test
    void keepsColumnsThatAreNotCanonicalAsAttributes() throws ImportException {
        Path file = files.lines("jade.csv", "external_id,name,preference,  ", "J1,张伟,收藏,", "J2,王芳,,");

        importer.importFile(file, CUSTOMERS, repository);

        assertEquals(Map.of("preference", "收藏"), repository.customers.get("J1").attributes());
        assertTrue(repository.customers.get("J2").attributes().isEmpty());
    }
}
