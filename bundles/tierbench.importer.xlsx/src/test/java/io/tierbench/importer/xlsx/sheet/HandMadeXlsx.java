package io.tierbench.importer.xlsx.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx package written part by part, with sheet XML exactly as given: what Excel and other producers store
 * (numbers with float noise or an exponent, omitted cell references, phonetic guides, ISO date cells), independent
 * of how POI writes.
 */
final class HandMadeXlsx {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Cell styles: 0 General, 1 the built-in date format 14, 2 a custom date-time format, 3 a money format. */
    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="%s">
              <numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/mm/dd hh:mm"/><numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts>
              <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
              <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
              <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
              <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
              <cellXfs count="4">
                <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
                <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
              </cellXfs>
            </styleSheet>
            """.formatted(MAIN);

    private HandMadeXlsx() {
    }

    /**
     * @param sheetData     the content of {@code <sheetData>}
     * @param sharedStrings the {@code <si>} elements of the shared strings part, or {@code null} for none
     * @param date1904      whether the workbook counts dates from 1904
     */
    static Path write(Path file, String sheetData, String sharedStrings, boolean date1904) throws IOException {
        return writePackage(file, worksheet(sheetData), sharedStrings, date1904);
    }

    /** As {@link #write(Path, String, String, boolean)}, with the worksheet part's text as given, complete or not. */
    static Path writeRawSheet(Path file, String worksheetXml) throws IOException {
        return writePackage(file, worksheetXml, null, false);
    }

    static String worksheet(String sheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\"><sheetData>" + sheetData + "</sheetData></worksheet>";
    }

    private static Path writePackage(Path file, String worksheetXml, String sharedStrings, boolean date1904)
            throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            part(zip, "[Content_Types].xml", contentTypes(sharedStrings != null));
            part(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                      <Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>
                    """.formatted(RELATIONSHIPS));
            part(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="%s" xmlns:r="%s">
                      <workbookPr date1904="%s"/>
                      <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>
                    """.formatted(MAIN, RELATIONSHIPS, date1904 ? "1" : "0"));
            part(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(sharedStrings != null));
            part(zip, "xl/styles.xml", STYLES);
            part(zip, "xl/worksheets/sheet1.xml", worksheetXml);
            if (sharedStrings != null) {
                part(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<sst xmlns=\"" + MAIN + "\">" + sharedStrings + "</sst>");
            }
        }
        return file;
    }

    private static String contentTypes(boolean sharedStrings) {
        String ml = "application/vnd.openxmlformats-officedocument.spreadsheetml";
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                  <Default Extension="xml" ContentType="application/xml"/>
                  <Override PartName="/xl/workbook.xml" ContentType="%1$s.sheet.main+xml"/>
                  <Override PartName="/xl/worksheets/sheet1.xml" ContentType="%1$s.worksheet+xml"/>
                  <Override PartName="/xl/styles.xml" ContentType="%1$s.styles+xml"/>
                  %2$s
                </Types>
                """.formatted(ml, sharedStrings
                ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + ml + ".sharedStrings+xml\"/>"
                : "");
    }

    private static String workbookRelationships(boolean sharedStrings) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rId1" Type="%1$s/worksheet" Target="worksheets/sheet1.xml"/>
                  <Relationship Id="rId2" Type="%1$s/styles" Target="styles.xml"/>
                  %2$s
                </Relationships>
                """.formatted(RELATIONSHIPS, sharedStrings
                ? "<Relationship Id=\"rId3\" Type=\"" + RELATIONSHIPS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                : "");
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Keeps the first {@code bytes} bytes of a file, as an interrupted upload does. */
    static Path truncate(Path source, Path target, int bytes) throws IOException {
        byte[] all = Files.readAllBytes(source);
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(all, 0, Math.min(bytes, all.length));
        }
        return target;
    }
}
