package io.tierbench.importer.wecom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Telling a WeCom export from other JSON by its first bytes, as the import service asks before importing. */
class WecomContentTest {

    private final TestFiles files = new TestFiles(WecomContentTest.class);
    private final WecomImporter importer = new WecomImporter();

    @Test
    void eachWeComFormIsRecognisedWithItsKind() throws Exception {
        assertEquals(Optional.of(EntityKind.CUSTOMERS), importer.kindOf(files.fixtureFile("contact-zhangwei.json")));
        assertEquals(Optional.of(EntityKind.CUSTOMERS), importer.kindOf(files.fixtureFile("batch-two-pages.json")));
        assertEquals(Optional.of(EntityKind.TAGS), importer.kindOf(files.fixtureFile("corp-tag-list.json")));
    }

    @Test
    void anArrayOfListElementsIsContacts() throws Exception {
        Path file = files.text("elements.json", """
                [{"external_contact":{"external_userid":"wmA","name":"甲"},"follow_info":{"userid":"lisi"}}]""");

        assertEquals(WecomContent.CONTACTS, WecomContent.of(file));
    }

    @Test
    void theDecidingFieldMayComeAfterLargeOnesAndAfterAByteOrderMark() throws Exception {
        String padding = "x".repeat(4000);
        byte[] json = ("\uFEFF{\"errcode\":0,\"errmsg\":\"ok\",\"note\":{\"a\":\"" + padding + "\",\"b\":[1,2,3]},"
                + "\"tag_group\":[]}").getBytes(StandardCharsets.UTF_8);

        assertEquals(WecomContent.TAG_LIST, WecomContent.of(files.bytes("bom.json", json)));
    }

    @Test
    void aDecidingFieldOnlyNestedDeeperIsNotEnough() throws Exception {
        Path file = files.text("nested.json", """
                {"customers":[{"external_id":"C1","raw":{"external_contact":{"external_userid":"wmA"}}}]}""");

        assertEquals(WecomContent.OTHER, WecomContent.of(file));
    }

    @Test
    void anErrorResponseWithoutDataIsWeComsSoThatItsImportQuotesErrmsg() throws Exception {
        Path file = files.text("token.json", "{\"errcode\":40014,\"errmsg\":\"invalid access_token\"}");

        assertEquals(WecomContent.ERROR_RESPONSE, WecomContent.of(file));
        assertEquals(Optional.of(EntityKind.CUSTOMERS), importer.kindOf(file));
        ImportException e;
        try (H2Repository h2 = new H2Repository()) {
            e = assertThrows(ImportException.class, () -> importer.importFile(file,
                    new ImportRequest(EntityKind.CUSTOMERS, false), h2.repository()));
            assertEquals(0, h2.repository().countCustomers());
        }
        assertEquals("token.json: WeCom answered with error 40014 (invalid access_token) instead of data; nothing "
                + "was stored. Fetch the data again and import the response whose errcode is 0", e.getMessage());
    }

    @Test
    void aSuccessfulAnswerWithoutDataIsNotAnExport() throws Exception {
        assertEquals(WecomContent.OTHER, WecomContent.of(files.text("ok.json", "{\"errcode\":0,\"errmsg\":\"ok\"}")));
    }

    @Test
    void notJsonAtAll() throws Exception {
        assertEquals(WecomContent.OTHER, WecomContent.of(files.text("notes.json", "客户名单 2024\n张伟,王芳\n")));
    }
}
