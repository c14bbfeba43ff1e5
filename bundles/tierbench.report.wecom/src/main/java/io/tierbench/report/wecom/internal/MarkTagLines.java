package io.tierbench.report.wecom.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tierbench.api.tiering.TierPolicy;
import io.tierbench.report.support.CustomerRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code mark_tag.jsonl}: one {@code externalcontact/mark_tag} request body per line, for each customer from
 * WeCom and each staff member who added it, as the customers stream from the repository. add_tag and remove_tag are
 * left out when empty, and a body with both empty is not written, since WeCom refuses it.
 */
final class MarkTagLines {

    private final JsonGenerator json;
    private final TagChanges changes;
    private final ExportCounts counts;

    MarkTagLines(JsonGenerator json, TagCatalog catalog, ExportCounts counts) {
        this.json = json;
        this.changes = new TagChanges(catalog);
        this.counts = counts;
    }

    void write(CustomerRecord record) {
        Optional<WecomContact> contact = WecomContact.of(record.customer());
        if (contact.isEmpty()) {
            counts.skipped++;
            return;
        }
        TagChange change = changes.of(record);
        counts.count(change, contact.get().followUserids().size(),
                record.label(TierPolicy.CLASSIFIER_ID, TierPolicy.SCHEME) != null);
        if (change.isEmpty()) {
            return;
        }
        try {
            for (String userid : contact.get().followUserids()) {
                body(userid, contact.get().externalUserid(), change);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void body(String userid, String externalUserid, TagChange change) throws IOException {
        json.writeStartObject();
        json.writeStringField("userid", userid);
        json.writeStringField("external_userid", externalUserid);
        ids("add_tag", change.add());
        ids("remove_tag", change.remove());
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void ids(String field, List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(field);
        for (String id : ids) {
            json.writeString(id);
        }
        json.writeEndArray();
    }
}
