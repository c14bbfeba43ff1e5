package io.tierbench.importer.xlsx.sheet;

import io.tierbench.api.importer.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rows of one sheet of an .xlsx workbook, read one at a time with POI's event API ({@link XSSFReader}), never
 * the whole workbook: memory stays bounded by the largest row plus the workbook's shared strings (the texts Excel
 * stores once per workbook, kept here as UTF-8: about their size in the file, unzipped), whatever the number of rows.
 *
 * <p>Each row comes as the texts of its cells, from column A to its last non-blank cell: a blank cell is
 * {@code ""}, text is as typed, a number a plain decimal rounded to Excel's 15 significant digits
 * ({@code 13800138000}, {@code 12345.5}), a date-formatted number an ISO date ({@code 2024-03-05}) or date and time
 * ({@code 2024-03-05 14:30:00}), a boolean {@code TRUE} or {@code FALSE}, a formula its last computed value. Rows
 * without a non-blank cell are skipped; {@link #rowNumber()} is the number Excel shows, so skipped rows leave gaps.
 *
 * <p>Not thread-safe; close it (try-with-resources) to release the file.
 */
public final class XlsxSheetReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxSheetReader.class);

    private final String file;
    private final String sheet;
    private final OPCPackage workbook;
    private final InputStream sheetXml;
    private final SheetRows rows;

    private XlsxSheetReader(String file, String sheet, OPCPackage workbook, InputStream sheetXml, SheetRows rows) {
        this.file = file;
        this.sheet = sheet;
        this.workbook = workbook;
        this.sheetXml = sheetXml;
        this.rows = rows;
    }

    /**
     * Opens the first sheet (in the workbook's tab order).
     *
     * @throws ImportException when the file is missing, empty, not an .xlsx workbook, damaged, or has no sheet
     */
    public static XlsxSheetReader open(Path path) throws ImportException {
        return open(path, null);
    }

    /**
     * Opens a sheet by name; Excel's names are unique regardless of case, and so is the match here.
     *
     * @param sheetName the sheet's name as on its tab, or {@code null} for the first sheet
     * @throws ImportException as {@link #open(Path)}, and when no sheet has that name (the message lists them)
     */
    public static XlsxSheetReader open(Path path, String sheetName) throws ImportException {
        String file = WorkbookFiles.fileName(path);
        OPCPackage workbook = WorkbookFiles.open(path);
        InputStream sheetXml = null;
        try {
            XSSFReader reader = new XSSFReader(workbook);
            boolean date1904 = WorkbookProperties.date1904(reader.getWorkbookData());
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            List<String> names = new ArrayList<>();
            String chosen = null;
            while (sheets.hasNext() && chosen == null) {
                InputStream data = sheets.next();
                String name = sheets.getSheetName();
                names.add(name);
                if (sheetName == null || name.equalsIgnoreCase(sheetName)) {
                    chosen = name;
                    sheetXml = data;
                } else {
                    data.close();
                }
            }
            if (chosen == null) {
                throw noSuchSheet(file, sheetName, names, sheets);
            }
            SharedStringTable sharedStrings = sharedStrings(workbook);
            DateStyles dateStyles = new DateStyles(reader.getStylesTable());
            SheetRows rows = new SheetRows(sheetXml, sharedStrings, dateStyles, date1904);
            LOG.info("{}: reading sheet '{}'", file, chosen);
            return new XlsxSheetReader(file, chosen, workbook, sheetXml, rows);
        } catch (ImportException e) {
            release(workbook, sheetXml, e);
            throw e;
        } catch (Exception e) { // IOException, SAXException, XMLStreamException, OpenXML4JException, POIXMLException
            ImportException failure = new ImportException(file + ": not a readable .xlsx workbook: "
                    + WorkbookFiles.rootMessage(e), e);
            release(workbook, sheetXml, failure);
            throw failure;
        }
    }

    /** @return the file's name, as used in messages */
    public String file() {
        return file;
    }

    /** @return the name of the sheet being read */
    public String sheet() {
        return sheet;
    }

    /**
     * Moves to the next row that has a non-blank cell.
     *
     * @return {@code false} at the end of the sheet
     * @throws ImportException when the sheet's data is damaged; the message names the file, the sheet and the row
     */
    public boolean next() throws ImportException {
        try {
            return rows.next();
        } catch (SheetDataException e) {
            throw new ImportException(where() + e.getMessage(), e);
        } catch (XMLStreamException | RuntimeException e) {
            throw new ImportException(where() + "after row " + rows.lastCompleteRow() + ": the sheet's data is damaged or "
                    + "cut off (" + WorkbookFiles.rootMessage(e) + ")", e);
        }
    }

    /** @return the current row's number as Excel shows it, from 1 */
    public long rowNumber() {
        return rows.rowNumber();
    }

    /** @return the current row's cell texts, from column A to its last non-blank cell; never {@code null} inside */
    public List<String> cells() {
        return rows.cells();
    }

    /** Releases the file. Reading only, so nothing can be lost: a failure to close is logged, not thrown. */
    @Override
    public void close() {
        try {
            rows.close();
        } catch (XMLStreamException e) {
            LOG.warn("{}: sheet '{}' not closed cleanly: {}", file, sheet, e.getMessage());
        }
        release(workbook, sheetXml, null);
    }

    private String where() {
        return file + ": sheet '" + sheet + "': ";
    }

    private static SharedStringTable sharedStrings(OPCPackage workbook) throws InvalidFormatException, IOException,
            XMLStreamException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        return parts.isEmpty() ? SharedStringTable.empty() : SharedStringTable.read(parts.get(0).getInputStream());
    }

    private static ImportException noSuchSheet(String file, String sheetName, List<String> names,
            XSSFReader.SheetIterator rest) {
        while (rest.hasNext()) {
            try (InputStream unused = rest.next()) {
                names.add(rest.getSheetName());
            } catch (IOException e) {
                names.add(rest.getSheetName());
            }
        }
        if (sheetName == null) {
            return new ImportException(file + ": the workbook has no worksheet (a Word or PowerPoint file renamed?)");
        }
        return new ImportException(file + ": no sheet named '" + sheetName + "'; the workbook has " + names);
    }

    /** A read-only package is reverted, not closed: closing is POI's way to save. */
    private static void release(OPCPackage workbook, InputStream sheetXml, Exception failure) {
        if (sheetXml != null) {
            try {
                sheetXml.close();
            } catch (IOException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                }
            }
        }
        workbook.revert();
    }
}
