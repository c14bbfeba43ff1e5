package io.tierbench.importer.wecom.internal;

import io.tierbench.api.importer.ColumnMapping;
import io.tierbench.api.importer.ImportException;
import io.tierbench.importer.xlsx.sheet.XlsxSheetReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The contact entries of a WeCom SCRM export: the first sheet of an .xlsx workbook, streamed row by row, whose
 * header (within the first {@value ScrmHeader#ROWS_SEARCHED} rows) has an {@code external_userid} column
 * (外部联系人ID), a staff column (添加人账号 or 添加人) and 添加时间. A row error names the spreadsheet row and the
 * header as written.
 */
final class ScrmSheetSource implements ContactSource {

    private final Path path;
    private final String file;
    private final ColumnMapping mapping;
    private final TagDirectory tags;

    ScrmSheetSource(Path path, ColumnMapping mapping, TagDirectory tags) {
        this.path = path;
        this.file = String.valueOf(path.getFileName());
        this.mapping = mapping;
        this.tags = tags;
    }

    @Override
    public String file() {
        return file;
    }

    /**
     * @return whether the first sheet has a WeCom export's header; {@code false} for any other workbook or file
     */
    static boolean looksLikeExport(Path path) {
        try (XlsxSheetReader sheet = XlsxSheetReader.open(path)) {
            ScrmHeader header = findHeader(sheet, String.valueOf(path.getFileName()), ColumnMapping.NONE);
            return header != null && header.namesStaff();
        } catch (ImportException notAWorkbookOrNoHeader) {
            return false;
        }
    }

    /**
     * The first pass: checks the header and that the whole sheet reads, and notes the row of each contact's last
     * entry.
     */
    Map<String, Long> lastRowById() throws ImportException {
        Map<String, Long> lastRows = new HashMap<>();
        try (XlsxSheetReader sheet = XlsxSheetReader.open(path)) {
            ScrmRowReader rows = new ScrmRowReader(requireHeader(sheet), tags);
            while (sheet.next()) {
                String id = rows.externalUserid(sheet.cells());
                if (id != null) {
                    lastRows.put(id, sheet.rowNumber());
                }
            }
        }
        return lastRows;
    }

    @Override
    public void read(EntryVisitor visitor) throws ImportException {
        try (XlsxSheetReader sheet = XlsxSheetReader.open(path)) {
            ScrmRowReader rows = new ScrmRowReader(requireHeader(sheet), tags);
            while (sheet.next()) {
                long row = sheet.rowNumber();
                ContactEntry entry;
                try {
                    entry = rows.read(row, sheet.cells());
                } catch (EntryRejected rejected) {
                    visitor.rejected(row, rows.externalUserid(sheet.cells()), rejected.toError(file, row));
                    continue;
                }
                visitor.accepted(entry);
            }
        }
    }

    private ScrmHeader requireHeader(XlsxSheetReader sheet) throws ImportException {
        ScrmHeader header = findHeader(sheet, file, mapping);
        if (header == null) {
            throw new ImportException(file + ": sheet '" + sheet.sheet() + "' is not a WeCom customer export: none "
                    + "of its first " + ScrmHeader.ROWS_SEARCHED + " rows has an external_userid (外部联系人ID) "
                    + "column; import a plain customer sheet with the Excel importer instead");
        }
        if (!header.namesStaff()) {
            throw new ImportException(file + ": the WeCom export has no staff column (添加人账号 or 添加人)");
        }
        if (!header.has(ScrmColumn.CREATETIME)) {
            throw new ImportException(file + ": the WeCom export has no 添加时间 (createtime) column");
        }
        return header;
    }

    private static ScrmHeader findHeader(XlsxSheetReader sheet, String file, ColumnMapping mapping)
            throws ImportException {
        for (int searched = 0; searched < ScrmHeader.ROWS_SEARCHED && sheet.next(); searched++) {
            ScrmHeader header = ScrmHeader.of(file, sheet.cells(), mapping);
            if (header != null) {
                return header;
            }
        }
        return null;
    }
}
