package io.tierbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import io.tierbench.api.importer.Importer;
import io.tierbench.api.importer.ImporterService;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javax.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.ExamFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.nat.internal.NativeTestContainerFactory;
import org.ops4j.pax.exam.options.UrlProvisionOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Apache POI as the tierbench-poi feature installs it (tierbench.lib.poi and the Commons bundles it imports), in a
 * plain Felix: a report-like bundle writes workbooks with SXSSF and XSSF, the xlsx importer bundle streams them back,
 * and the user model reads them. XmlBeans looks up the OOXML schema through class loaders, so every round trip runs
 * with no thread context class loader and again with the caller's bundle class loader as context, as a DS
 * component's thread or a shell command's may have.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@ExamFactory(NativeTestContainerFactory.class)
public class PoiBundlesIT {

    private static final String POI = "tierbench.lib.poi";
    private static final String IMPORTER = "tierbench.importer.xlsx";
    private static final String READER = "io.tierbench.importer.xlsx.sheet.XlsxSheetReader";
    private static final int ROWS = 2_000;

    @Inject
    private BundleContext bundleContext;

    /** Evaluated outside the framework, by the JUnit runner. */
    @Configuration
    public Option[] felix() {
        return options(
                junitBundles(),
                systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"),
                bundle("pax-logging-api"),
                // The importer bundle is a Declarative Services component: it resolves only beside SCR.
                bundle("org.osgi.util.function"),
                bundle("org.osgi.util.promise"),
                bundle("org.osgi.service.component"),
                bundle("org.apache.felix.scr"),
                bundle("commons-io"),
                bundle("commons-codec"),
                bundle("commons-compress"),
                bundle("commons-collections4"),
                bundle("commons-math3"),
                bundle(POI),
                bundle("tierbench.api"),
                bundle(IMPORTER));
    }

    /** A bundle copied by the build into target/osgi-bundles (file names without versions). */
    private static UrlProvisionOption bundle(String name) {
        return CoreOptions.bundle(Path.of(System.getProperty("tierbench.osgi.bundles"), name + ".jar").toUri()
                .toString());
    }

    @Test
    public void poiIsServedByItsBundleAndTheImporterIsWiredToIt() {
        assertEquals(Bundle.ACTIVE, installed(POI).getState());
        assertEquals(Bundle.ACTIVE, installed(IMPORTER).getState());
        // Not the copy on the test runner's class path: the probe's POI classes come from the bundle.
        assertEquals(POI, FrameworkUtil.getBundle(XSSFWorkbook.class).getSymbolicName());
        assertEquals(POI, FrameworkUtil.getBundle(org.apache.xmlbeans.XmlObject.class).getSymbolicName());
    }

    @Test
    public void theImporterIsRegisteredForXlsxFiles() throws Exception {
        ServiceTracker<Importer, Importer> importers = new ServiceTracker<>(bundleContext,
                bundleContext.createFilter("(&(objectClass=" + Importer.class.getName() + ")("
                        + ImporterService.ID + "=xlsx))"), null);
        importers.open();
        try {
            assertNotNull("no xlsx importer service within 10 s", importers.waitForService(10_000));
            assertEquals(IMPORTER, importers.getServiceReference().getBundle().getSymbolicName());
        } finally {
            importers.close();
        }
    }

    @Test
    public void aStreamedWorkbookIsReadBackByTheImporterRowByRow() throws Exception {
        for (ClassLoader context : contexts()) {
            Path file = workFile("sxssf-" + contextName(context) + ".xlsx");
            withContext(context, () -> {
                writeStreamed(file);
                return null;
            });
            List<List<String>> rows = withContext(context, () -> readWithImporter(file));
            assertEquals(ROWS + 1, rows.size());
            assertEquals(List.of("1", "客户编号", "客户名称", "下单时间", "订单金额"), rows.get(0));
            assertEquals(List.of("2", "C0", "客户0", "2024-03-05 14:30:00", "12345.5"), rows.get(1));
            assertEquals(List.of("2001", "C1999", "客户1999", "2024-03-05 14:30:00", "13800138000"),
                    rows.get(ROWS));
        }
    }

    @Test
    public void theUserModelWritesAndReadsStylesAndTextThroughXmlBeans() throws Exception {
        for (ClassLoader context : contexts()) {
            Path file = workFile("xssf-" + contextName(context) + ".xlsx");
            withContext(context, () -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                    fill(workbook, 3);
                    save(workbook, file);
                }
                return null;
            });
            List<String> shown = withContext(context, () -> {
                // WorkbookFactory finds the XSSF provider through java.util.ServiceLoader on POI's class loader.
                try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                    assertTrue(workbook instanceof XSSFWorkbook);
                    Row row = workbook.getSheet("客户").getRow(2);
                    DataFormatter formatter = new DataFormatter();
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                    cells.add(row.getCell(2).getCellStyle().getDataFormatString());
                    return cells;
                }
            });
            assertEquals(List.of("C1", "客户1", "2024-03-05 14:30:00", "13800138000", "yyyy-mm-dd hh:mm:ss"), shown);
            assertEquals(List.of("2", "C0", "客户0", "2024-03-05 14:30:00", "12345.5"),
                    withContext(context, () -> readWithImporter(file)).get(1));
        }
    }

    private void writeStreamed(Path file) throws IOException {
        // SXSSF buffers rows in temporary files: under target/, not the machine's temporary directory.
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(file.getParent().toFile()));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            fill(workbook, ROWS);
            save(workbook, file);
            workbook.dispose();
        }
    }

    private static void fill(Workbook workbook, int rows) {
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        Sheet sheet = workbook.createSheet("客户");
        Row header = sheet.createRow(0);
        String[] titles = {"客户编号", "客户名称", "下单时间", "订单金额"};
        for (int i = 0; i < titles.length; i++) {
            header.createCell(i).setCellValue(titles[i]);
        }
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue("C" + i);
            row.createCell(1).setCellValue("客户" + i);
            Cell date = row.createCell(2);
            date.setCellValue(LocalDateTime.of(2024, 3, 5, 14, 30));
            date.setCellStyle(dateTime);
            row.createCell(3).setCellValue(i % 2 == 0 ? 12345.5 : 13800138000d);
        }
    }

    /** Reads every row with the importer bundle's own reader class, loaded through that bundle's class space. */
    private List<List<String>> readWithImporter(Path file) throws Exception {
        Class<?> reader = installed(IMPORTER).loadClass(READER);
        Method open = reader.getMethod("open", Path.class);
        Method next = reader.getMethod("next");
        Method rowNumber = reader.getMethod("rowNumber");
        Method cells = reader.getMethod("cells");
        List<List<String>> rows = new ArrayList<>();
        try (AutoCloseable sheet = (AutoCloseable) invoke(open, null, file)) {
            while ((Boolean) invoke(next, sheet)) {
                List<String> row = new ArrayList<>();
                row.add(String.valueOf(invoke(rowNumber, sheet)));
                @SuppressWarnings("unchecked")
                List<String> values = (List<String>) invoke(cells, sheet);
                row.addAll(values);
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object invoke(Method method, Object target, Object... arguments) throws Exception {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** No context class loader at all, then the calling bundle's. */
    private List<ClassLoader> contexts() {
        return Arrays.asList(null, getClass().getClassLoader());
    }

    private static String contextName(ClassLoader context) {
        return context == null ? "no-context-loader" : "bundle-context-loader";
    }

    private static <T> T withContext(ClassLoader context, Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(context);
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Bundle installed(String symbolicName) {
        return Arrays.stream(bundleContext.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }

    private static Path workFile(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of(System.getProperty("tierbench.exam.work"), "poi"));
        Path file = directory.resolve(name).toAbsolutePath();
        Files.deleteIfExists(file);
        return file;
    }

    private static void save(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        assertFalse(file + " is empty", Files.size(file) == 0);
    }
}
