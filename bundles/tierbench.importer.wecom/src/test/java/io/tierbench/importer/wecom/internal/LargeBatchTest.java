package io.tierbench.importer.wecom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.model.Customer;
import io.tierbench.api.repository.CustomerRepository;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A batch dump of many pages, streamed: every contact is followed by 李四, every third one by 王五 as well, and
 * the merger holds only the contacts whose later entry is still to come.
 */
class LargeBatchTest {

    private static final int CONTACTS = 3_000;
    private static final int PAGE = 100;

    private final TestFiles files = new TestFiles(LargeBatchTest.class);
    private final H2Repository h2 = new H2Repository();
    private final CustomerRepository repository = h2.repository();

    @BeforeEach
    void importTagList() throws Exception {
        new WecomImporter().importFile(files.fixtureFile("corp-tag-list.json"),
                new ImportRequest(EntityKind.TAGS, false), repository);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        h2.close();
    }

    @Test
    void contactsOfTwoStaffMembersPagedApartAreMergedWhileOnlySharedOnesWait() throws Exception {
        Path file = files.bytes("large.json", new byte[0]);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < CONTACTS; i++) {
            order.add(i);
        }
        // 李四's pages list every contact, then 王五's pages list every third: the worst spacing for merging.
        List<String[]> entries = new ArrayList<>();
        order.forEach(i -> entries.add(new String[] {String.valueOf(i), "lisi"}));
        order.stream().filter(i -> i % 3 == 0).forEach(i -> entries.add(new String[] {String.valueOf(i), "wangwu"}));
        writePages(file, entries);
        ImportRequest request = new ImportRequest(EntityKind.CUSTOMERS, false);
        JsonSurvey survey = JsonSurvey.of(file);
        ContactImport run = new ContactImport(request, repository);

        ImportReport report = run.run(new JsonContactSource(file, survey.severalDocuments(),
                new ContactEntryReader("large.json", new TagDirectory(repository), "")), survey.lastRowById());

        assertEquals(List.of((long) CONTACTS, 0L, 0L, 0L), List.of(report.inserted(), report.updated(),
                report.unchanged(), report.rejected()));
        assertEquals(CONTACTS, repository.countCustomers());
        // Shared contacts wait from 李四's entry to 王五's; each of the others is done with its only entry.
        assertEquals(CONTACTS / 3, run.mostPending());
        Customer shared = repository.findCustomer(id(3)).orElseThrow();
        assertEquals("wangwu,lisi", shared.owner());
        assertEquals(2, repository.tagsOf(id(3)).size());
        assertEquals("lisi", repository.findCustomer(id(4)).orElseThrow().owner());
        assertEquals(1, repository.tagsOf(id(4)).size());
        assertEquals(CONTACTS + CONTACTS / 3, repository.countTags());
    }

    /** Writes the entries as batch responses of {@value #PAGE} entries, one response per line. */
    static void writePages(Path file, List<String[]> entries) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int start = 0; start < entries.size(); start += PAGE) {
                out.write("{\"errcode\":0,\"errmsg\":\"ok\",\"external_contact_list\":[");
                for (int i = start; i < Math.min(entries.size(), start + PAGE); i++) {
                    String[] entry = entries.get(i);
                    int contact = Integer.parseInt(entry[0]);
                    boolean lisi = entry[1].equals("lisi");
                    out.write((i > start ? "," : "") + "{\"external_contact\":{\"external_userid\":\"" + id(contact)
                            + "\",\"name\":\"客户" + contact + "\",\"type\":1,\"gender\":" + (contact % 3)
                            + "},\"follow_info\":{\"userid\":\"" + entry[1] + "\",\"remark\":\"备注" + contact
                            + "\",\"createtime\":" + (1_700_000_000L + (lisi ? 86_400 : 0) + contact)
                            + ",\"tag_id\":[\"" + (lisi ? "etLevelVip" : "etInterestHetian")
                            + "\"],\"remark_mobiles\":[\"1380000" + String.format("%04d", contact) + "\"],"
                            + "\"add_way\":1}}");
                }
                out.write("],\"next_cursor\":\"page" + (start / PAGE + 1) + "\"}\n");
            }
        }
    }

    static String id(int contact) {
        return String.format("wmLarge%025d", contact);
    }
}
