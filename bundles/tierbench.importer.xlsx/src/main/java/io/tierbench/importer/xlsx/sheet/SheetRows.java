package io.tierbench.importer.xlsx.sheet;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * The rows of one worksheet part ({@code xl/worksheets/sheetN.xml}), pulled one {@code <row>} at a time from a StAX
 * reader: nothing but the current row is held, whatever the sheet's size. A pull parser rather than POI's SAX
 * {@code XSSFSheetXMLHandler}: the importer asks for the next row when it is ready for it, and SAX would push the
 * whole sheet at once (or need a second thread). Cell values are read as stored, not as Excel displays them; see
 * {@link CellTexts}.
 */
final class SheetRows {

    /** Column XFD, the last one Excel allows; a reference beyond it is damage, not a wide sheet. */
    private static final int MAX_COLUMNS = 16_384;

    private final XMLStreamReader xml;
    private final SharedStringTable sharedStrings;
    private final DateStyles dateStyles;
    private final boolean date1904;
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private long rowNumber;
    private long lastCompleteRow;
    private String cellRef;

    /** @throws XMLStreamException when the part does not start as XML */
    SheetRows(InputStream sheetXml, SharedStringTable sharedStrings, DateStyles dateStyles, boolean date1904)
            throws XMLStreamException {
        // POI's factory refuses DTDs and external entities: an uploaded file must not read the server's files.
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    /**
     * Moves to the next row that has a non-blank cell; rows without one are empty to the user and skipped, their
     * numbers left out.
     *
     * @return {@code false} at the end of the sheet
     * @throws XMLStreamException    when the XML is damaged
     * @throws SheetDataException    when a value is not what its cell type says
     */
    boolean next() throws XMLStreamException, SheetDataException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                rowNumber = positiveAttribute("r", rowNumber + 1);
                readRow();
                lastCompleteRow = rowNumber;
                if (!cells.isEmpty()) {
                    return true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
                return false;
            }
        }
        return false;
    }

    /** @return the current row's number as Excel shows it, from 1 */
    long rowNumber() {
        return rowNumber;
    }

    /** @return the current row's cells from column A to its last non-blank cell; a blank cell is {@code ""} */
    List<String> cells() {
        return List.copyOf(cells);
    }

    /** @return the number of the last row read to its end, returned or skipped; 0 before the first */
    long lastCompleteRow() {
        return lastCompleteRow;
    }

    void close() throws XMLStreamException {
        xml.close();
    }

    private void readRow() throws XMLStreamException, SheetDataException {
        cells.clear();
        int column = -1;
        int lastFilled = -1;
        while (true) {
            int event = xml.nextTag();
            if (event == XMLStreamConstants.END_ELEMENT) { // </row>
                break;
            }
            if (!"c".equals(xml.getLocalName())) {
                skipElement();
                continue;
            }
            cellRef = xml.getAttributeValue(null, "r");
            column = cellRef == null ? column + 1 : columnOf(cellRef);
            if (column >= MAX_COLUMNS) {
                throw new SheetDataException("row " + rowNumber + ": more than " + MAX_COLUMNS + " columns");
            }
            String value = readCell();
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value);
            if (!value.isEmpty()) {
                lastFilled = Math.max(lastFilled, column);
            }
        }
        // Styled but empty cells at the end are invisible in Excel: the row ends at its last value.
        cells.subList(lastFilled + 1, cells.size()).clear();
    }

    /** Reads one {@code <c>} element, positioned at its start, to its end. */
    private String readCell() throws XMLStreamException, SheetDataException {
        String type = xml.getAttributeValue(null, "t");
        int style = (int) positiveAttribute("s", 0);
        String stored = null;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "v" -> stored = xml.getElementText();
                case "is" -> stored = RichText.read(xml, text);
                default -> skipElement(); // <f>: the formula; its last result is in <v>
            }
        }
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        return textOf(type, style, stored);
    }

    private String textOf(String type, int style, String stored) throws SheetDataException {
        try {
            return switch (type == null ? "n" : type) {
                case "s" -> sharedStrings.get(Integer.parseInt(stored.trim()));
                case "inlineStr", "e" -> stored;
                case "str" -> RichText.decodeEscapes(stored);
                case "b" -> CellTexts.bool(stored);
                case "d" -> CellTexts.isoDate(stored);
                default -> dateStyles.isDate(style) ? CellTexts.date(stored, date1904) : CellTexts.number(stored);
            };
        } catch (RuntimeException e) { // NumberFormatException, DateTimeParseException, a shared string index past the end
            throw new SheetDataException("cell " + cellRefOrRow() + ": \"" + stored + "\" is not a valid value of type "
                    + (type == null ? "n" : type) + " (" + e.getMessage() + ")", e);
        }
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private long positiveAttribute(String name, long absent) throws SheetDataException {
        String value = xml.getAttributeValue(null, name);
        if (value == null) {
            return absent;
        }
        try {
            long number = Long.parseLong(value.trim());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SheetDataException("row " + (rowNumber + 1) + ": attribute " + name + "=\"" + value
                + "\" is not a number");
    }

    /** @return the 0-based column of a reference such as {@code AB12} */
    private int columnOf(String ref) throws SheetDataException {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            char letter = Character.toUpperCase(ref.charAt(i));
            if (letter < 'A' || letter > 'Z') {
                break;
            }
            column = column * 26 + (letter - 'A' + 1);
            if (column > MAX_COLUMNS) {
                break;
            }
            i++;
        }
        if (i == 0 || column > MAX_COLUMNS) {
            throw new SheetDataException("row " + rowNumber + ": \"" + ref + "\" is not a cell reference");
        }
        return column - 1;
    }

    private String cellRefOrRow() {
        return cellRef != null ? cellRef : "in row " + rowNumber;
    }
}
