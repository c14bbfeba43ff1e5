package io.tierbench.importer.wecom.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.tierbench.api.importer.ImportException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Streams a WeCom JSON file with Jackson's parser, one contact entry or tag group at a time, so that a batch file
 * of 100 000 contacts is never in memory whole.
 *
 * <p>A file holds one or more documents: a single JSON object, a JSON array of objects, or objects one after the
 * other (one per line, as a script paging through {@code next_cursor} saves them). Each document is
 * <ul>
 * <li>an {@code externalcontact/get} response ({@code external_contact} and {@code follow_user[]}): one entry;</li>
 * <li>a {@code batch/get_by_user} response: an entry per {@code external_contact_list[]} element;</li>
 * <li>one such element saved on its own ({@code external_contact} and {@code follow_info}): one entry;</li>
 * <li>a {@code get_corp_tag_list} (or {@code get_strategy_tag_list}) response: {@code tag_group[]}.</li>
 * </ul>
 * A document whose {@code errcode} is not 0 is WeCom's error response, not data: the file is refused, quoting
 * {@code errmsg}. Paths name fields as {@code external_contact_list[12].follow_info.createtime}, prefixed with the
 * document's index ({@code [2].}) when the file has several documents.
 */
final class WecomJsonReader {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Path path;
    private final String file;
    private final boolean numberDocuments;

    /**
     * @param path the file
     * @param numberDocuments whether paths start with the document's index, for files of several documents
     */
    WecomJsonReader(Path path, boolean numberDocuments) {
        this.path = path;
        this.file = String.valueOf(path.getFileName());
        this.numberDocuments = numberDocuments;
    }

    /**
     * Reads the whole file.
     *
     * @return the number of documents read
     * @throws ImportException when the file is missing, empty, cut off, not JSON, not WeCom's, or an error response
     */
    int read(WecomJsonVisitor visitor) throws ImportException {
        try (JsonParser parser = JSON.createParser(path.toFile())) {
            return new Documents(parser, visitor).readAll();
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such file (" + path + ")", e);
        } catch (IOException e) {
            if (!path.toFile().isFile()) {
                throw new ImportException(file + ": no such file (" + path + ")", e);
            }
            throw new ImportException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private ImportException notJson(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column "
                + location.getColumnNr();
        String detail = e.getOriginalMessage();
        int sourceNote = detail.indexOf(" (start marker at");
        detail = (sourceNote > 0 ? detail.substring(0, sourceNote) : detail).lines().findFirst().orElse(detail);
        // WeCom's API answers in UTF-8; a dump re-saved by a Chinese Windows editor is GBK.
        String encoding = detail.contains("UTF-8") ? ", or not UTF-8 as WeCom writes it" : "";
        return new ImportException(file + ": the file is cut off or is not valid JSON" + encoding + where + " ("
                + detail + "); nothing was stored", e);
    }

    /** One pass over the documents of the file. */
    private final class Documents {

        private final JsonParser parser;
        private final WecomJsonVisitor visitor;
        private long contactRow;
        private int documents;

        Documents(JsonParser parser, WecomJsonVisitor visitor) {
            this.parser = parser;
            this.visitor = visitor;
        }

        int readAll() throws IOException, ImportException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new ImportException(file + ": the file is empty; expected the JSON of a WeCom "
                        + "externalcontact/get, batch/get_by_user or get_corp_tag_list response");
            }
            for (; token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        document();
                    }
                } else {
                    document();
                }
            }
            return documents;
        }

        private void document() throws IOException, ImportException {
            int index = documents++;
            String prefix = numberDocuments ? "[" + index + "]" : "";
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw notWecom(index, "it is not a JSON object");
            }
            Long errcode = null;
            String errmsg = null;
            Map<String, Object> contactParts = new LinkedHashMap<>();
            boolean lists = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "errcode" -> {
                        errcode = parser.getValueAsLong(-1);
                        parser.skipChildren();
                    }
                    case "errmsg" -> {
                        errmsg = parser.getValueAsString();
                        parser.skipChildren();
                    }
                    case "external_contact_list" -> {
                        eachObject(prefix, field, entry -> visitor.contact(++contactRow, entry, true));
                        lists = true;
                    }
                    case "tag_group" -> {
                        eachObject(prefix, field, visitor::tagGroup);
                        lists = true;
                    }
                    case "external_contact", "follow_user", "follow_info" -> contactParts.put(field,
                            JsonTree.read(parser));
                    default -> parser.skipChildren();
                }
            }
            if (errcode != null && errcode != 0) {
                throw new ImportException(file + ": WeCom answered with error " + errcode + " ("
                        + (errmsg == null ? "no errmsg" : errmsg) + ") instead of data; nothing was stored. Fetch "
                        + "the data again and import the response whose errcode is 0");
            }
            if (contactParts.containsKey("external_contact")) {
                boolean batchForm = contactParts.containsKey("follow_info")
                        && !contactParts.containsKey("follow_user");
                visitor.contact(++contactRow, new JsonFields(contactParts, prefix), batchForm);
            } else if (!lists) {
                throw notWecom(index, "it has none of external_contact, external_contact_list or tag_group");
            }
        }

        /** Reads the array the parser is on, one object element at a time; {@code null} is an empty array. */
        private void eachObject(String prefix, String field, ElementVisitor elements)
                throws IOException, ImportException {
            String arrayPath = (prefix.isEmpty() ? "" : prefix + ".") + field;
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return;
            }
            if (token != JsonToken.START_ARRAY) {
                throw new ImportException(file + ": " + arrayPath + " is not an array, as WeCom writes it");
            }
            int index = 0;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                String elementPath = arrayPath + "[" + index++ + "]";
                if (token != JsonToken.START_OBJECT) {
                    throw new ImportException(file + ": " + elementPath + " is not an object, as WeCom writes it");
                }
                elements.element(new JsonFields(objectOf(JsonTree.read(parser)), elementPath));
            }
        }

        private ImportException notWecom(int index, String why) {
            return new ImportException(file + ": document " + (index + 1) + " is not a WeCom response: " + why
                    + "; expected the JSON of externalcontact/get, externalcontact/batch/get_by_user or "
                    + "externalcontact/get_corp_tag_list");
        }
    }

    @FunctionalInterface
    private interface ElementVisitor {
        void element(JsonFields element) throws ImportException;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectOf(Object tree) {
        // JsonTree reads a JSON object, which the caller checked the parser was on, as a Map<String, Object>.
        return (Map<String, Object>) tree;
    }
}
