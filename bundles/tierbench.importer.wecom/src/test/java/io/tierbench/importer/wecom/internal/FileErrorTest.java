package io.tierbench.importer.wecom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.model.Customer;
import io.tierbench.api.repository.CustomerRepository;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files that cannot be imported as a whole: an {@link ImportException}, and the database as it was. */
class FileErrorTest {

    private static final ImportRequest CUSTOMERS = new ImportRequest(EntityKind.CUSTOMERS, false);
    private static final String ZHANG_WEI = "wmZhangWei0000000000000000000001";

    private final TestFiles files = new TestFiles(FileErrorTest.class);
    private final WecomImporter importer = new WecomImporter();
    private final H2Repository h2 = new H2Repository();
    private final CustomerRepository repository = h2.repository();
    private Customer storedBefore;

    /** Every test starts with 张伟 stored, so that "nothing stored" also means "nothing changed". */
    @BeforeEach
    void storeOneContact() throws ImportException {
        importer.importFile(files.fixtureFile("contact-zhangwei.json"), CUSTOMERS, repository);
        storedBefore = repository.findCustomer(ZHANG_WEI).orElseThrow();
    }

    @AfterEach
    void closeDatabase() throws Exception {
        h2.close();
    }

    @Test
    void fileCutOffMidContactNamesWhereItBreaksAndStoresNothing() {
        String batch = TestFiles.fixture("batch-two-pages.json");
        // Cut inside the second page: the whole first page, with 王芳 not stored yet, must not be stored either.
        String cut = batch.substring(0, batch.indexOf("\"wmLiuYang00000000000000000000003\"") + 20);
        Path file = files.text("cut.json", cut);
        long customersBefore = repository.countCustomers();

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, CUSTOMERS,
                repository));

        int lastLine = (int) cut.lines().count();
        assertTrue(e.getMessage().startsWith("cut.json: the file is cut off or is not valid JSON at line " + lastLine
                + ", column "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; nothing was stored"), e.getMessage());
        assertEquals(customersBefore, repository.countCustomers());
        assertEquals(Optional.empty(), repository.findCustomer("wmWangFang0000000000000000000002"));
        assertEquals(storedBefore, repository.findCustomer(ZHANG_WEI).orElseThrow());
    }

    @Test
    void weComErrorResponseIsRefusedQuotingErrmsg() throws Exception {
        Path file = files.text("no-privilege.json", """
                {"errcode":60011,"errmsg":"no privilege to access/modify contact/party/agent , hint: \
                [1606284449_99_b8d2be4a8be899fe323f2f1cefbdf1ca]","external_contact":{},"follow_user":[]}""");

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, CUSTOMERS,
                repository));

        assertEquals("no-privilege.json: WeCom answered with error 60011 (no privilege to access/modify "
                + "contact/party/agent , hint: [1606284449_99_b8d2be4a8be899fe323f2f1cefbdf1ca]) instead of data; "
                + "nothing was stored. Fetch the data again and import the response whose errcode is 0",
                e.getMessage());
        assertTrue(importer.accepts(file));
        assertEquals(1, repository.countCustomers());
    }

    @Test
    void errorResponseOnALaterPageStoresNotEvenTheFirstPage() {
        String firstPage = TestFiles.fixture("batch-two-pages.json");
        firstPage = firstPage.substring(0, firstPage.indexOf("}\n{") + 2);
        Path file = files.text("second-page-failed.json", firstPage
                + "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}\n");

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, CUSTOMERS,
                repository));

        assertTrue(e.getMessage().startsWith("second-page-failed.json: WeCom answered with error 45009 (api freq "
                + "out of limit)"), e.getMessage());
        assertEquals(1, repository.countCustomers());
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path file = files.text("empty.json", "  \n");

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, CUSTOMERS,
                repository));

        assertEquals("empty.json: the file is empty; expected the JSON of a WeCom externalcontact/get, "
                + "batch/get_by_user or get_corp_tag_list response", e.getMessage());
        assertFalse(importer.accepts(file));
        assertEquals(1, repository.countCustomers());
    }

    @Test
    void plainJsonIsLeftToTheJsonImporterAndRefusedIfGivenAnyway() throws Exception {
        Path file = files.text("customers.json", """
                [{"external_id":"C1","name":"张伟","city":"杭州"},{"external_id":"C2","name":"王芳","city":"苏州"}]""");

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, CUSTOMERS,
                repository));

        assertFalse(importer.accepts(file));
        assertEquals(Optional.empty(), importer.kindOf(file));
        assertEquals("customers.json: document 1 is not a WeCom response: it has none of external_contact, "
                + "external_contact_list or tag_group; expected the JSON of externalcontact/get, "
                + "externalcontact/batch/get_by_user or externalcontact/get_corp_tag_list", e.getMessage());
        assertEquals(1, repository.countCustomers());
    }

    @Test
    void missingFileIsNamed() {
        Path file = Path.of("target", "test-files", "absent.json");

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, CUSTOMERS,
                repository));

        assertTrue(e.getMessage().startsWith("absent.json: no such file"), e.getMessage());
    }

    @Test
    void ordersAreNotInAWeComExport() {
        Path file = files.fixtureFile("batch-two-pages.json");

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file,
                new ImportRequest(EntityKind.ORDERS, false), repository));

        assertEquals("batch-two-pages.json: a WeCom export holds customers (contacts) or tags (a tag list), not "
                + "orders", e.getMessage());
    }

    @Test
    void contactsAndATagListInOneFileAreRefused() {
        Path file = files.text("mixed.json", TestFiles.fixture("corp-tag-list.json")
                + TestFiles.fixture("contact-zhangwei.json"));

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file,
                new ImportRequest(EntityKind.TAGS, false), repository));

        assertTrue(e.getMessage().startsWith("mixed.json: the file holds both contacts and a tag list"),
                e.getMessage());
        assertEquals(0, repository.tagDefinitions("wecom").size());
    }
}
