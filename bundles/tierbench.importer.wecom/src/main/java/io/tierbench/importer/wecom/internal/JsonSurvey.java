package io.tierbench.importer.wecom.internal;

import io.tierbench.api.importer.ImportException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The first pass over a WeCom JSON file: checks that the whole file is valid JSON and no error response before
 * anything is written, tells contacts from a tag list, and notes the row of each contact's last entry, so that the
 * second pass can store a contact as soon as all its entries are read.
 */
final class JsonSurvey implements WecomJsonVisitor {

    private final String file;
    private final Map<String, Long> lastRowById = new HashMap<>();
    private long contacts;
    private long tagGroups;
    private int documents;

    private JsonSurvey(String file) {
        this.file = file;
    }

    /** @throws ImportException when the file as a whole cannot be imported */
    static JsonSurvey of(Path path) throws ImportException {
        JsonSurvey survey = new JsonSurvey(String.valueOf(path.getFileName()));
        survey.documents = new WecomJsonReader(path, false).read(survey);
        return survey;
    }

    @Override
    public void contact(long row, JsonFields entry, boolean batchForm) throws ImportException {
        if (tagGroups > 0) {
            throw mixed();
        }
        contacts++;
        String id = ContactEntryReader.externalUserid(entry);
        if (id != null) {
            lastRowById.put(id, row);
        }
    }

    @Override
    public void tagGroup(JsonFields group) throws ImportException {
        if (contacts > 0) {
            throw mixed();
        }
        tagGroups++;
    }

    private ImportException mixed() {
        return new ImportException(file + ": the file holds both contacts and a tag list; import the "
                + "get_corp_tag_list response and the contacts from separate files, the tag list first");
    }

    /** @return whether paths need the document's index to be unambiguous */
    boolean severalDocuments() {
        return documents > 1;
    }

    boolean holdsContacts() {
        return contacts > 0;
    }

    boolean holdsTagList() {
        return tagGroups > 0;
    }

    Map<String, Long> lastRowById() {
        return lastRowById;
    }
}
