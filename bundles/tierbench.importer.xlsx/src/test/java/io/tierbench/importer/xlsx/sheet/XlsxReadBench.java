package io.tierbench.importer.xlsx.sheet;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A one-off measurement, not a test: writes a customer sheet of {@code rows} rows and 6 columns with SXSSF under
 * target/bench (once), then streams it with {@link XlsxSheetReader} and prints the time and the peak heap.
 *
 * <pre>
 * java -Xmx64m -cp target/classes:target/test-classes:$(cat target/test.classpath) \
 *     io.tierbench.importer.xlsx.sheet.XlsxReadBench 1000000 inline
 * </pre>
 *
 * The second argument, {@code inline} or {@code shared}, stores text inline (as SXSSF does by default) or in the
 * shared-strings part (as Excel does), which the reader holds in memory.
 */
public final class XlsxReadBench {

    private static final List<String> CITIES = List.of("上海", "北京", "广州", "深圳", "杭州", "成都");

    private XlsxReadBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean shared = args.length > 1 && "shared".equals(args[1]);
        Path file = Path.of("target", "bench", rows + "-rows-" + (shared ? "shared" : "inline") + ".xlsx");
        if (!Files.exists(file)) {
            long start = System.nanoTime();
            write(file, rows, shared);
            System.out.printf("wrote %s: %,d bytes in %.1f s%n", file, Files.size(file),
                    (System.nanoTime() - start) / 1e9);
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long count = 0;
        long characters = 0;
        long lastRow = 0;
        List<String> last = List.of();
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            while (reader.next()) {
                last = reader.cells();
                lastRow = reader.rowNumber();
                count++;
                characters += last.get(0).length();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("read %,d rows (%,d id characters) in %.1f s (%,.0f rows/s); last: %s%n", count, characters,
                seconds, count / seconds, lastRow + " " + last);
        System.out.printf("peak heap used while reading: %.1f MB (max heap %.0f MB)%n", peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static void write(Path file, int rows, boolean shared) throws Exception {
        Files.createDirectories(file.getParent());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, shared);
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Sheet sheet = workbook.createSheet("客户");
            Row header = sheet.createRow(0);
            String[] titles = {"客户编号", "客户名称", "下单时间", "订单金额", "电话", "城市"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            LocalDateTime first = LocalDateTime.of(2024, 1, 1, 9, 0);
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(String.format("C%07d", i));
                row.createCell(1).setCellValue("客户" + i);
                Cell ordered = row.createCell(2);
                ordered.setCellValue(first.plusMinutes(i));
                ordered.setCellStyle(dateTime);
                row.createCell(3).setCellValue((i % 100_000) / 100.0);
                row.createCell(4).setCellValue(13_800_000_000d + i);
                row.createCell(5).setCellValue(CITIES.get(i % CITIES.size()));
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
