package io.tierbench.importer.wecom.internal;

import io.tierbench.api.importer.EntityKind;
import io.tierbench.api.importer.ImportException;
import io.tierbench.api.importer.ImportReport;
import io.tierbench.api.importer.ImportRequest;
import io.tierbench.api.importer.Importer;
import io.tierbench.api.importer.ImporterService;
import io.tierbench.api.repository.CustomerRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * Imports WeCom (企业微信) external contacts with their tags: the JSON of {@code externalcontact/get} and of
 * {@code externalcontact/batch/get_by_user}, the tag list of {@code get_corp_tag_list} that names the batch form's
 * tag ids, and SCRM-style .xlsx exports (one row per customer and staff member). One customer per
 * {@code external_userid}, however many staff members added it; see {@link CustomerAssembler} for how the staff
 * members' entries become one customer.
 *
 * <p>Ranked above the plain JSON importer, and it {@linkplain #accepts(Path) accepts} only files that look like
 * WeCom's, so that a JSON list of customers still goes there.
 */
@Component(service = Importer.class, property = "service.ranking:Integer=10")
@ImporterService(id = "wecom", extensions = {"json", "xlsx"})
public final class WecomImporter implements Importer {

    @Override
    public ImportReport importFile(Path file, ImportRequest request, CustomerRepository repository)
            throws ImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(repository, "repository");
        String name = String.valueOf(file.getFileName());
        if (request.kind() != EntityKind.CUSTOMERS && request.kind() != EntityKind.TAGS) {
            throw new ImportException(name + ": a WeCom export holds customers (contacts) or tags (a tag list), "
                    + "not " + request.kind().name().toLowerCase(Locale.ROOT));
        }
        if (isWorkbook(file)) {
            requireKind(name, request, EntityKind.CUSTOMERS, "a WeCom customer export imports as customers");
            ScrmSheetSource sheet = new ScrmSheetSource(file, request.mapping(), new TagDirectory(repository));
            return new ContactImport(request, repository).run(sheet, sheet.lastRowById());
        }
        JsonSurvey survey = JsonSurvey.of(file);
        if (survey.holdsTagList()) {
            requireKind(name, request, EntityKind.TAGS, "a WeCom tag list (get_corp_tag_list) imports as tags");
            return new TagListImport(request, repository).run(
                    new WecomJsonReader(file, survey.severalDocuments()), name);
        }
        if (survey.holdsContacts()) {
            requireKind(name, request, EntityKind.CUSTOMERS,
                    "WeCom contacts import as customers (with their tags)");
            ContactEntryReader entries = new ContactEntryReader(name, new TagDirectory(repository),
                    ContactImport.unknownTagConsequence(request));
            return new ContactImport(request, repository).run(
                    new JsonContactSource(file, survey.severalDocuments(), entries), survey.lastRowById());
        }
        return new ImportReport(name, request.kind(), 0, 0, 0, 0, List.of(), true);
    }

    private static boolean isWorkbook(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private static void requireKind(String name, ImportRequest request, EntityKind kind, String rule)
            throws ImportException {
        if (request.kind() != kind) {
            throw new ImportException(name + ": " + rule + ", not as "
                    + request.kind().name().toLowerCase(Locale.ROOT));
        }
    }

    /** Takes a WeCom JSON export, or an .xlsx workbook whose header is a WeCom SCRM export's. */
    @Override
    public boolean accepts(Path file) throws IOException {
        if (isWorkbook(file)) {
            return ScrmSheetSource.looksLikeExport(file);
        }
        return WecomContent.of(file) != WecomContent.OTHER;
    }

    @Override
    public Optional<EntityKind> kindOf(Path file) throws IOException {
        if (isWorkbook(file)) {
            return ScrmSheetSource.looksLikeExport(file) ? Optional.of(EntityKind.CUSTOMERS) : Optional.empty();
        }
        return switch (WecomContent.of(file)) {
            // An error response holds nothing, but "customers" lets the import run and refuse the file quoting
            // WeCom's errmsg, which says more than a caller's "cannot tell what the file holds".
            case CONTACTS, ERROR_RESPONSE -> Optional.of(EntityKind.CUSTOMERS);
            case TAG_LIST -> Optional.of(EntityKind.TAGS);
            case OTHER -> Optional.empty();
        };
    }
}
