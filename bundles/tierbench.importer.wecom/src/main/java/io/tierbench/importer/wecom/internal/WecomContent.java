package io.tierbench.importer.wecom.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a JSON file holds, told from its first {@value #SAMPLE_BYTES} bytes, so that a plain JSON list of customers
 * goes to the JSON importer and a WeCom export comes here: the first object's own fields are read, and
 * {@code external_contact}, {@code external_contact_list} or {@code tag_group} among them decide.
 */
enum WecomContent {
    /** {@code externalcontact/get} or {@code batch/get_by_user} responses. */
    CONTACTS,
    /** A {@code get_corp_tag_list} response. */
    TAG_LIST,
    /** WeCom's answer to a failed call: a non-zero {@code errcode} and an {@code errmsg}, nothing else known. */
    ERROR_RESPONSE,
    /** Anything else. */
    OTHER;

    static final int SAMPLE_BYTES = 16 * 1024;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    static WecomContent of(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        try (JsonParser parser = JSON.createParser(sample)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                token = parser.nextToken();
            }
            return token == JsonToken.START_OBJECT ? firstObject(parser) : OTHER;
        } catch (JsonProcessingException sampleEndsOrIsNotJson) {
            return OTHER;
        }
    }

    private static WecomContent firstObject(JsonParser parser) throws IOException {
        boolean failed = false;
        boolean message = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "external_contact", "external_contact_list" -> {
                    return CONTACTS;
                }
                case "tag_group" -> {
                    return TAG_LIST;
                }
                case "errcode" -> failed = value == JsonToken.VALUE_NUMBER_INT && parser.getLongValue() != 0;
                case "errmsg" -> message = value == JsonToken.VALUE_STRING;
                default -> parser.skipChildren();
            }
        }
        return failed && message ? ERROR_RESPONSE : OTHER;
    }
}
