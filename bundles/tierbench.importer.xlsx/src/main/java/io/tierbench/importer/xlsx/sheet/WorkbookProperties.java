package io.tierbench.importer.xlsx.sheet;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/** What the workbook part ({@code xl/workbook.xml}) says about every sheet's values. */
final class WorkbookProperties {

    private WorkbookProperties() {
    }

    /**
     * @param workbookXml the workbook part; closed here
     * @return whether dates count days from 1904-01-01 (workbooks from old Mac Excel) rather than from 1900
     */
    static boolean date1904(InputStream workbookXml) throws IOException, XMLStreamException {
        try (InputStream in = workbookXml) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String element = xml.getLocalName();
                    if ("workbookPr".equals(element)) {
                        String value = xml.getAttributeValue(null, "date1904");
                        return "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                    if ("sheets".equals(element)) { // workbookPr comes before the sheet list, or not at all
                        return false;
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }
}
