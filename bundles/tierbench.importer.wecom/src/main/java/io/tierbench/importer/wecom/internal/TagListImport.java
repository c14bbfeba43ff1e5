package io.tierbench.importer.wecom.internal;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.RowError;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.TagDefinition;
import io.tierbench.api.repository.CustomerRepository;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.importer.support.BatchWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a {@code get_corp_tag_list} response (developer.work.weixin.qq.com/document/path/92696:
 * {@code tag_group[]} of {@code group_id}, {@code group_name}, {@code create_time}, {@code order},
 * {@code deleted} and {@code tag[]} of {@code id}, {@code name}, {@code create_time}, {@code order},
 * {@code deleted}) as WeCom tag definitions, so that batch contact files, which give tag ids only, can be named.
 * A row is a tag, numbered from 1 through the file. Tags or groups marked {@code deleted} are no longer in WeCom and
 * are skipped; they count in no total.
 */
final class TagListImport {

    private static final Logger LOG = LoggerFactory.getLogger(TagListImport.class);

    private final ImportRequest request;
    private final CustomerRepository repository;
    private final List<RowError> errors = new ArrayList<>();
    private final Set<String> tagIds = new HashSet<>();
    private long row;
    private long deleted;

    TagListImport(ImportRequest request, CustomerRepository repository) {
        this.request = request;
        this.repository = repository;
    }

    ImportReport run(WecomJsonReader reader, String file) throws ImportException {
        try (RepositoryTransaction transaction = repository.begin()) {
            BatchWriter<TagDefinition> writer = new BatchWriter<>(transaction::upsertTagDefinitions);
            reader.read(new WecomJsonVisitor() {
                @Override
                public void contact(long contactRow, JsonFields entry, boolean batchForm) throws ImportException {
                    throw new ImportException(file + ": " + entry.path() + " is a contact, but the file is a tag "
                            + "list; import contacts and tag lists from separate files");
                }

                @Override
                public void tagGroup(JsonFields group) {
                    definitions(file, group, writer);
                }
            });
            request.progress().rowsRead(row, errors.size());
            if (request.strict() && !errors.isEmpty()) {
                LOG.warn("{}: strict import stored nothing: {} of {} tags are bad", file, errors.size(), row);
                return new ImportReport(file, EntityKind.TAGS, 0, 0, 0, errors.size(), errors, false);
            }
            writer.flush();
            transaction.commit();
            LOG.info("{}: imported {} WeCom tags: {} inserted, {} updated, {} unchanged, {} rejected, {} deleted "
                    + "ones skipped", file, row, writer.inserted(), writer.updated(), writer.unchanged(),
                    errors.size(), deleted);
            return new ImportReport(file, EntityKind.TAGS, writer.inserted(), writer.updated(), writer.unchanged(),
                    errors.size(), errors, true);
        }
    }

    private void definitions(String file, JsonFields group, BatchWriter<TagDefinition> writer) {
        List<JsonFields> tags;
        try {
            tags = group.objects("tag");
        } catch (EntryRejected rejected) {
            errors.add(rejected.toError(file, ++row));
            return;
        }
        for (JsonFields tag : tags) {
            row++;
            try {
                TagDefinition definition = new TagDefinition(CustomerTag.WECOM, tag.requiredText("id"),
                        tag.requiredText("name"), group.text("group_id"), group.text("group_name"));
                if (group.isTrue("deleted") || tag.isTrue("deleted")) {
                    deleted++;
                } else if (!tagIds.add(definition.tagId())) {
                    throw new EntryRejected(tag.pathOf("id"), definition.tagId(),
                            "duplicate: an earlier tag of this file has the id");
                } else if (!(request.strict() && !errors.isEmpty())) {
                    writer.add(definition);
                }
            } catch (EntryRejected rejected) {
                errors.add(rejected.toError(file, row));
            }
        }
    }
}
