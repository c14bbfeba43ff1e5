package io.tierbench.importer.xlsx.sheet;

import io.tierbench.api.importer.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Opens a file as an .xlsx package, or says in the user's terms what the file is instead: users pick the wrong file,
 * rename a CSV file to .xlsx, save as the old .xls format, or upload a file that was cut off.
 */
final class WorkbookFiles {

    private static final int TEXT_SAMPLE_BYTES = 512;

    private WorkbookFiles() {
    }

    /** @return the file's name, as used in messages */
    static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /**
     * @return the package, open for reading; the caller reverts it when done
     * @throws ImportException when the file is missing, empty, not an .xlsx workbook, or a damaged one
     */
    static OPCPackage open(Path path) throws ImportException {
        String file = fileName(path);
        checkIsZip(path, file, magicOf(path, file));
        // Read first with the JDK: a zip whose central directory is missing (a cut-off upload) fails here, plainly,
        // where POI would log an error and fall back to reading the entries it can find into memory.
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw new ImportException(file + ": not an Excel workbook (.xlsx): a zip archive, but not an Office "
                        + "document");
            }
        } catch (ZipException e) {
            throw cutOff(file, e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        try {
            return OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) { // POI reports a bad package with unchecked exceptions too
            throw cutOff(file, e);
        }
    }

    private static FileMagic magicOf(Path path, String file) throws ImportException {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(path))) {
            return FileMagic.valueOf(in);
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such file (" + path + ")", e);
        } catch (EmptyFileException e) {
            throw new ImportException(file + ": the file is empty", e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static void checkIsZip(Path path, String file, FileMagic magic) throws ImportException {
        String notXlsx = file + ": not an Excel workbook (.xlsx): ";
        switch (magic) {
            case OOXML:
                return;
            case OLE2:
                throw new ImportException(notXlsx + "an Excel 97-2003 workbook (.xls) or a password-protected file; "
                        + "open it in Excel and save it as \"Excel Workbook (*.xlsx)\" without a password");
            case BIFF2, BIFF3, BIFF4:
                throw new ImportException(notXlsx + "a workbook of Excel 4 or older; open it in Excel and save it as "
                        + "\"Excel Workbook (*.xlsx)\"");
            case XML:
                throw new ImportException(notXlsx + "an XML file (an \"XML Spreadsheet 2003\"?); open it in Excel and "
                        + "save it as \"Excel Workbook (*.xlsx)\"");
            case HTML:
                throw new ImportException(notXlsx + "a web page (HTML) with an Excel name, as some systems export; "
                        + "open it in Excel and save it as \"Excel Workbook (*.xlsx)\"");
            default:
                throw new ImportException(notXlsx + (looksLikeText(path)
                        ? "it is text (a CSV file renamed to .xlsx?); import it as CSV"
                        : "it is neither a zip archive nor an Office document"));
        }
    }

    private static boolean looksLikeText(Path path) {
        byte[] start;
        try (InputStream in = Files.newInputStream(path)) {
            start = in.readNBytes(TEXT_SAMPLE_BYTES);
        } catch (IOException e) {
            return false;
        }
        for (byte b : start) {
            int c = b & 0xFF;
            // Control characters other than tab, line feed and carriage return do not occur in text files.
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return start.length > 0;
    }

    private static ImportException cutOff(String file, Exception cause) {
        return new ImportException(file + ": a damaged or incomplete .xlsx workbook (cut off during upload or "
                + "copy?): " + rootMessage(cause), cause);
    }

    private static ImportException unreadable(String file, IOException cause) {
        return new ImportException(file + ": cannot be read: " + rootMessage(cause), cause);
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
