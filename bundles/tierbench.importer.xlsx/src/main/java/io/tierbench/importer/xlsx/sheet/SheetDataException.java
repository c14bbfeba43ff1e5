package io.tierbench.importer.xlsx.sheet;

/** A value in the sheet's XML that its cell type does not allow; the reader adds the file and sheet to the message. */
final class SheetDataException extends Exception {

    private static final long serialVersionUID = 1L;

    SheetDataException(String message) {
        super(message);
    }

    SheetDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
