package io.tierbench.importer.xlsx.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * The workbook's shared strings (the part where Excel stores every text once, and cells refer to it by index),
 * kept compactly: all texts as UTF-8 in 1 MB pages, plus 12 bytes of index per text. Excel stores a million-row
 * sheet's text here, so this is the one part of a workbook read whole. POI's {@code ReadOnlySharedStringsTable}
 * holds one {@link String} per text (about 60 bytes for an 8-character id, 5 to 6 times this) and builds an XmlBeans
 * rich-text object at every lookup.
 */
final class SharedStringTable {

    private static final int PAGE_BYTES = 1 << 20;

    private final List<byte[]> pages = new ArrayList<>();
    private long[] starts = new long[1024];
    private int[] lengths = new int[1024];
    private int size;
    private byte[] page;
    private int pageUsed;

    private SharedStringTable() {
    }

    /** @return a table without strings, for a workbook without a shared strings part */
    static SharedStringTable empty() {
        return new SharedStringTable();
    }

    /** @param sharedStringsXml the shared strings part ({@code xl/sharedStrings.xml}); closed here */
    static SharedStringTable read(InputStream sharedStringsXml) throws IOException, XMLStreamException {
        SharedStringTable table = new SharedStringTable();
        StringBuilder buffer = new StringBuilder();
        try (InputStream in = sharedStringsXml) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                        table.add(RichText.read(xml, buffer));
                    }
                }
            } finally {
                xml.close();
            }
        }
        return table;
    }

    /** @return the number of strings */
    int size() {
        return size;
    }

    /**
     * @param index a cell's reference into the table
     * @throws IndexOutOfBoundsException when the table has no such string
     */
    String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("the workbook has " + size + " shared strings, not " + (index + 1));
        }
        long start = starts[index];
        return new String(pages.get((int) (start / PAGE_BYTES)), (int) (start % PAGE_BYTES), lengths[index],
                StandardCharsets.UTF_8);
    }

    private void add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (page == null || pageUsed + bytes.length > page.length) {
            // A cell holds at most 32,767 characters (under 100 KB of UTF-8), so a text always fits in a fresh page.
            page = new byte[Math.max(PAGE_BYTES, bytes.length)];
            pages.add(page);
            pageUsed = 0;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        starts[size] = (long) (pages.size() - 1) * PAGE_BYTES + pageUsed;
        lengths[size] = bytes.length;
        System.arraycopy(bytes, 0, page, pageUsed, bytes.length);
        pageUsed += bytes.length;
        size++;
    }
}
