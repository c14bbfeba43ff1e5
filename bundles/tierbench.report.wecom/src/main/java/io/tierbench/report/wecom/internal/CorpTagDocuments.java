package io.tierbench.report.wecom.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes the two tag-library documents.
 *
 * <p>{@code corp_tag_list.json}: the tag library Tierbench wants, in the shape of WeCom's {@code get_corp_tag_list}
 * answer, to read and compare with WeCom's own. Only what Tierbench knows is written: {@code group_id} and
 * {@code id} when WeCom already has the group or tag (from the imported tag list), never {@code create_time}, which
 * only WeCom knows and Tierbench does not keep. {@code deleted} is always false: only live tags are wanted.
 *
 * <p>{@code add_corp_tag.json}: a JSON array of {@code externalcontact/add_corp_tag} request bodies, one per group
 * with tags WeCom does not have: {@code group_id} for a group WeCom has (then WeCom ignores a group name and order),
 * else {@code group_name} and the group's {@code order}; then {@code tag} with each missing tag's {@code name} and
 * {@code order}.
 */
final class CorpTagDocuments {

    private CorpTagDocuments() {
    }

    static void writeTagList(JsonGenerator json, TagCatalog catalog) throws IOException {
        json.writeStartObject();
        json.writeNumberField("errcode", 0);
        json.writeStringField("errmsg", "ok");
        json.writeArrayFieldStart("tag_group");
        for (WantedGroup group : catalog.groups()) {
            json.writeStartObject();
            if (group.id() != null) {
                json.writeStringField("group_id", group.id());
            }
            json.writeStringField("group_name", group.name());
            json.writeNumberField("order", group.order());
            json.writeBooleanField("deleted", false);
            json.writeArrayFieldStart("tag");
            for (WantedTag tag : group.tags()) {
                json.writeStartObject();
                if (tag.exists()) {
                    json.writeStringField("id", tag.id());
                }
                json.writeStringField("name", tag.name());
                json.writeNumberField("order", tag.order());
                json.writeBooleanField("deleted", false);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static void writeAddRequests(JsonGenerator json, TagCatalog catalog) throws IOException {
        json.writeStartArray();
        for (WantedGroup group : catalog.missing()) {
            json.writeStartObject();
            if (group.id() != null) {
                json.writeStringField("group_id", group.id());
            } else {
                json.writeStringField("group_name", group.name());
                json.writeNumberField("order", group.order());
            }
            json.writeArrayFieldStart("tag");
            for (WantedTag tag : group.missing()) {
                json.writeStartObject();
                json.writeStringField("name", tag.name());
                json.writeNumberField("order", tag.order());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
