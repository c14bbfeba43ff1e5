package io.tierbench.importer.wecom.internal;

import io.tierbench.api.importer.ImportException;
import java.nio.file.Path;

/** The contact entries of a WeCom JSON file. */
final class JsonContactSource implements ContactSource {

    private final Path path;
    private final String file;
    private final boolean numberDocuments;
    private final ContactEntryReader entries;

    JsonContactSource(Path path, boolean numberDocuments, ContactEntryReader entries) {
        this.path = path;
        this.file = String.valueOf(path.getFileName());
        this.numberDocuments = numberDocuments;
        this.entries = entries;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public void read(EntryVisitor visitor) throws ImportException {
        new WecomJsonReader(path, numberDocuments).read(new WecomJsonVisitor() {
            @Override
            public void contact(long row, JsonFields entry, boolean batchForm) throws ImportException {
                ContactEntry read;
                try {
                    read = entries.read(row, entry, batchForm);
                } catch (EntryRejected rejected) {
                    visitor.rejected(row, ContactEntryReader.externalUserid(entry), rejected.toError(file, row));
                    return;
                }
                visitor.accepted(read);
            }

            @Override
            public void tagGroup(JsonFields group) throws ImportException {
                throw new ImportException(file + ": " + group.path() + " is a tag group in a file of contacts");
            }
        });
    }
}
