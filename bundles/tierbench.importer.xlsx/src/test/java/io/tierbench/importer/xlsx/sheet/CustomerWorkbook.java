package io.tierbench.importer.xlsx.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A customer sheet as a client's system exports it, written through POI's user model into any {@link Workbook}
 * (XSSF stores text as shared strings, SXSSF inline), and the rows the reader must give for it, worked out by hand.
 */
final class CustomerWorkbook {

    static final String FIRST_SHEET = "客户";
    static final String SECOND_SHEET = "订单";

    /** Row number as Excel shows it, then the cells. Row 4 holds only a formatted blank cell and is skipped. */
    static final List<List<String>> EXPECTED_CUSTOMERS = List.of(
            List.of("1", "客户编号", "客户名称", "下单时间", "订单金额", "电话", "备注"),
            List.of("2", "C001", "张三", "2024-03-05 14:30:00", "12345.5", "13800138000", "VIP 客户"),
            List.of("3", "C002", "李四", "2024-03-05", "0.3"),
            List.of("5", "C003", "", "2024年3月5日", "100", "-0.5", "TRUE"),
            List.of("6", "C004", "王五", "2024-12-31", "1234567.89", "", "  备注带空格  "));

    static final List<List<String>> EXPECTED_ORDERS = List.of(
            List.of("1", "订单编号", "客户编号"),
            List.of("2", "O-1", "C001"));

    private CustomerWorkbook() {
    }

    /** Fills the workbook, writes it to {@code file} and closes it. */
    static Path write(Workbook workbook, Path file) throws IOException {
        try (workbook) {
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            CellStyle chineseDate = workbook.createCellStyle();
            chineseDate.setDataFormat(helper.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle builtInDate = workbook.createCellStyle();
            builtInDate.setDataFormat((short) 14); // m/d/yy, shown in the user's locale
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(helper.createDataFormat().getFormat("#,##0.00"));
            CellStyle filled = workbook.createCellStyle();
            filled.setDataFormat(helper.createDataFormat().getFormat("@"));

            Sheet customers = workbook.createSheet(FIRST_SHEET);
            texts(customers.createRow(0), "客户编号", "客户名称", "下单时间", "订单金额", "电话", "备注");

            Row row = customers.createRow(1);
            texts(row, "C001", "张三");
            date(row, 2, LocalDateTime.of(2024, 3, 5, 14, 30), dateTime);
            number(row, 3, 12345.5, money);
            number(row, 4, 13800138000d, null);
            texts(row, 5, "VIP 客户");

            row = customers.createRow(2);
            texts(row, "C002", "李四");
            date(row, 2, LocalDate.of(2024, 3, 5).atStartOfDay(), chineseDate);
            number(row, 3, 0.1 + 0.2, null);
            row.createCell(5).setCellStyle(filled); // a formatted blank cell at the end of the row

            customers.createRow(3).createCell(1).setCellStyle(filled); // looks empty in Excel

            row = customers.createRow(4);
            texts(row, "C003");
            row.createCell(1).setCellStyle(filled); // blank in the middle
            texts(row, 2, "2024年3月5日");
            number(row, 3, 100, null);
            number(row, 4, -0.5, null);
            row.createCell(5).setCellValue(true);

            row = customers.createRow(5);
            texts(row, "C004", "王五");
            date(row, 2, LocalDate.of(2024, 12, 31).atStartOfDay(), builtInDate);
            number(row, 3, 1234567.89, money);
            texts(row, 5, "  备注带空格  ");

            Sheet orders = workbook.createSheet(SECOND_SHEET);
            texts(orders.createRow(0), "订单编号", "客户编号");
            texts(orders.createRow(1), "O-1", "C001");

            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static void texts(Row row, String... values) {
        texts(row, 0, values);
    }

    private static void texts(Row row, int firstColumn, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(firstColumn + i).setCellValue(values[i]);
        }
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void date(Row row, int column, LocalDateTime value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
