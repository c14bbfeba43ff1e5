package io.tierbench.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.InteractionChannel;
import io.tierbench.api.model.InteractionKind;
import io.tierbench.importer.support.ImportFormats;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionImportTest {

    private static final ImportRequest INTERACTIONS = new ImportRequest(EntityKind.INTERACTIONS, false);
    private static final String HEADER = "interaction_id,customer_id,occurred_at,channel,kind,text,csat,nps";

    private final TestFiles files = new TestFiles(InteractionImportTest.class);
    private final FakeCustomerRepository repository = new FakeCustomerRepository().withCustomers("C1");
    private final CsvImporter importer = new CsvImporter();

    @Test
    void canonicalHeaderIsTheOneDocumented() {
        assertEquals(HEADER, ImportFormats.canonicalHeader(EntityKind.INTERACTIONS));
    }

    @Test
    void storesAGoodFile() throws ImportException {
        Path file = files.lines("interactions.csv", HEADER,
                "I1,C1,2025-01-02 10:00,wechat,feedback,\"很满意, 会再来\",5,9",
                "I2,C1,2025-01-03,,投诉,物流太慢,,");

        ImportReport report = importer.importFile(file, INTERACTIONS, repository);

        assertEquals(2, report.inserted());
        assertEquals(new Interaction("I1", "C1", LocalDateTime.of(2025, 1, 2, 10, 0), InteractionChannel.WECHAT,
                InteractionKind.FEEDBACK, "很满意, 会再来", 5, 9), repository.interactions.get("I1"));
        assertEquals(new Interaction("I2", "C1", LocalDateTime.of(2025, 1, 3, 0, 0), InteractionChannel.OTHER,
                InteractionKind.COMPLAINT, "物流太慢", null, null), repository.interactions.get("I2"));
    }

    @Test
    void numbersRowsByTheLineTheyStartOnWhenAQuotedFieldSpansLines() throws ImportException {
        Path file = files.lines("multiline.csv", HEADER,
                "I1,C1,2025-01-02 10:00,phone,service,\"第一行",
                "第二行",
                "第三行\",4,",
                "I2,C1,2025-01-02 11:00,fax,service,,,",
                "",
                "I3,C1,2025-01-02 12:00,visit,feedback,\"两行",
                "文字\",6,",
                "I4,C1,2025-01-02 13:00,visit,feedback,,,11");

        ImportReport report = importer.importFile(file, INTERACTIONS, repository);

        String name = "multiline.csv";
        assertEquals(List.of(
                new RowError(name, 5, "channel", "fax",
                        "unknown channel; expected one of phone, email, wechat, visit, other"),
                new RowError(name, 7, "csat", "6", "must be from 1 to 5"),
                new RowError(name, 9, "nps", "11", "must be from 0 to 10")), report.errors());
        assertEquals("第一行\n第二行\n第三行", repository.interactions.get("I1").text());
    }

    @Test
    void rejectsInteractionsOfUnknownCustomers() throws ImportException {
        Path file = files.lines("unknown.csv", HEADER, "I1,C404,2025-01-02,email,communication,,,");

        ImportReport report = importer.importFile(file, INTERACTIONS, repository);

        assertEquals(List.of(new RowError("unknown.csv", 2, "customer_id", "C404", "unknown customer: import the customers first, or import with unknown customers created")),
                report.errors());
    }
}
