package io.tierbench.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.model.Customer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comma, semicolon (European Excel) and tab (TSV) files, told apart by their header row. */
class DelimiterImportTest {

    private static final ImportRequest CUSTOMERS = new ImportRequest(EntityKind.CUSTOMERS, false);

    private final TestFiles files = new TestFiles(DelimiterImportTest.class);
    private final FakeCustomerRepository repository = new FakeCustomerRepository();
    private final CsvImporter importer = new CsvImporter();

    @Test
    void readsSemicolonsAsEuropeanExcelWritesThem() throws ImportException {
        ImportReport report = importer.importFile(files.lines("semicolon.csv", "客户编号;客户名称;城市",
                "K1;\"Müller, Hans\";Berlin", "K2;张伟;杭州"), CUSTOMERS, repository);

        assertStored(report, "Müller, Hans", "张伟");
    }

    @Test
    void readsTabs() throws ImportException {
        ImportReport report = importer.importFile(files.lines("customers.tsv", "external_id\tname\tcity",
                "K1\tMüller, Hans\tBerlin", "K2\t张伟\t杭州"), CUSTOMERS, repository);

        assertStored(report, "Müller, Hans", "张伟");
    }

    @Test
    void delimitersInsideQuotedHeadersDoNotCount() throws IOException {
        assertEquals(',', detect("\"a;b;c\",\"d;e\",f\nx;y;z;w"));
    }

    @Test
    void commaWinsATie() throws IOException {
        assertEquals(',', detect("a,b;c\td"));
        assertEquals(',', detect("external_id"));
    }

    @Test
    void onlyTheHeaderRowCountsAndTheReaderIsLeftAtItsStart() throws IOException {
        BufferedReader reader = new BufferedReader(new StringReader("a\tb\r\nc;d;e;f;g\n"));

        assertEquals('\t', DelimiterDetector.detect(reader, 1024));
        assertEquals("a\tb", reader.readLine());
    }

    private static char detect(String text) throws IOException {
        return DelimiterDetector.detect(new BufferedReader(new StringReader(text)), 1024);
    }

    private void assertStored(ImportReport report, String firstName, String secondName) {
        assertEquals(List.of(2L, 0L), List.of(report.inserted(), report.rejected()), report.errors().toString());
        Customer first = repository.customers.get("K1");
        assertEquals(List.of(firstName, "Berlin", secondName),
                List.of(first.name(), first.city(), repository.customers.get("K2").name()));
    }
}
