package io.tierbench.importer.wecom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.repository.CustomerRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad entries: each named by its position in the file and its JSON path; the default mode stores the good contacts,
 * strict mode nothing.
 */
class RowErrorTest {

    private static final ImportRequest DEFAULT = new ImportRequest(EntityKind.CUSTOMERS, false);
    private static final ImportRequest STRICT = new ImportRequest(EntityKind.CUSTOMERS, true);

    private final TestFiles files = new TestFiles(RowErrorTest.class);
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

    /** A page of four contacts: 赵敏 fine, 孙丽 with a createtime in words, an entry with no id, 周杰 fine. */
    private Path pageWithTwoBadContacts() {
        return files.text("page.json", """
                {"errcode":0,"errmsg":"ok","external_contact_list":[
                 {"external_contact":{"external_userid":"wmZhaoMin","name":"赵敏","type":1,"gender":2},
                  "follow_info":{"userid":"lisi","createtime":1704067200,"tag_id":["etLevelGold"],"add_way":1}},
                 {"external_contact":{"external_userid":"wmSunLi","name":"孙丽","type":1,"gender":2},
                  "follow_info":{"userid":"lisi","createtime":"昨天下午","tag_id":[],"add_way":2}},
                 {"external_contact":{"name":"无名氏","type":1},
                  "follow_info":{"userid":"wangwu","createtime":1704067200,"tag_id":[]}},
                 {"external_contact":{"external_userid":"wmZhouJie","name":"周杰","type":3,"gender":1},
                  "follow_info":{"userid":"wangwu","createtime":1704067200,"tag_id":[]}}
                ],"next_cursor":""}""");
    }

    @Test
    void eachBadEntryIsNamedByRowAndJsonPathAndTheGoodOnesAreStored() throws Exception {
        ImportReport report = importer.importFile(pageWithTwoBadContacts(), DEFAULT, repository);

        assertEquals(List.of(
                new RowError("page.json", 2, "external_contact_list[1].follow_info.createtime", "昨天下午",
                        "expected a whole number"),
                new RowError("page.json", 3, "external_contact_list[2].external_contact.external_userid", null,
                        "missing value"),
                new RowError("page.json", 4, "external_contact_list[3].external_contact.type", "3",
                        "expected 1 (a WeChat user) or 2 (a WeCom user)")), report.errors());
        assertEquals(List.of(1L, 0L, 0L, 3L), List.of(report.inserted(), report.updated(), report.unchanged(),
                report.rejected()));
        assertTrue(report.committed());
        assertEquals(1, repository.countCustomers());
        assertTrue(repository.findCustomer("wmZhaoMin").isPresent());
        assertEquals(1, repository.tagsOf("wmZhaoMin").size());
    }

    @Test
    void strictImportWithOneBadContactStoresNothing() throws Exception {
        long customersBefore = repository.countCustomers();

        ImportReport report = importer.importFile(pageWithTwoBadContacts(), STRICT, repository);

        assertFalse(report.committed());
        assertEquals(List.of(0L, 0L, 0L, 3L), List.of(report.inserted(), report.updated(), report.unchanged(),
                report.rejected()));
        assertEquals(customersBefore, repository.countCustomers());
        assertEquals(0, repository.countTags());
    }

    @Test
    void aContactWithOneBadEntryIsNotStoredFromItsOtherEntries() throws Exception {
        Path file = files.text("half-bad.json", """
                {"errcode":0,"errmsg":"ok","external_contact_list":[
                 {"external_contact":{"external_userid":"wmChenJing","name":"陈静","type":1,"gender":2},
                  "follow_info":{"userid":"lisi","createtime":1704067200,"tag_id":["etLevelVip"],"add_way":1}},
                 {"external_contact":{"external_userid":"wmChenJing","name":"陈静","type":1,"gender":2},
                  "follow_info":{"userid":"wangwu","createtime":1704067200000,"tag_id":[],"add_way":1}}
                ]}""");

        ImportReport report = importer.importFile(file, DEFAULT, repository);

        assertEquals(List.of(new RowError("half-bad.json", 2, "external_contact_list[1].follow_info.createtime",
                "1704067200000", "expected seconds since 1970; this looks like milliseconds")), report.errors());
        assertEquals(1, report.rejected());
        assertEquals(0, report.inserted());
        assertEquals(0, repository.countCustomers());
    }

    @Test
    void aBadTagOfATagListIsRejectedAndTheOthersStored() throws Exception {
        Path file = files.text("tags-with-a-bad-one.json", """
                {"errcode":0,"errmsg":"ok","tag_group":[{"group_id":"etGroupSize","group_name":"采购规模","tag":[
                  {"id":"etSizeSmall","name":"小批量"},{"id":"etSizeLarge","name":""},{"id":"etSizeSmall","name":"重复"}
                ]}]}""");

        ImportReport report = importer.importFile(file, new ImportRequest(EntityKind.TAGS, false), repository);

        assertEquals(List.of(
                new RowError("tags-with-a-bad-one.json", 2, "tag_group[0].tag[1].name", null, "missing value"),
                new RowError("tags-with-a-bad-one.json", 3, "tag_group[0].tag[2].id", "etSizeSmall",
                        "duplicate: an earlier tag of this file has the id")), report.errors());
        assertEquals(1, report.inserted());
        assertEquals(5, repository.tagDefinitions("wecom").size());
    }
}
