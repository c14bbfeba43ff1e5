package io.tierbench.report.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tierbench.api.model.Label;
import io.tierbench.api.repository.RunInfo;
import io.tierbench.report.support.ReportColumn;
import io.tierbench.report.support.ReportRun;
import io.tierbench.report.support.ReportTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Writes one report document; see {@link JsonReportGenerator} for its shape. */
final class JsonReportWriter {

    private final JsonGenerator json;
    private final ReportRun run;
    private final ReportTable table;
    private final String language;

    JsonReportWriter(JsonGenerator json, ReportRun run, ReportTable table) {
        this.json = json;
        this.run = run;
        this.table = table;
        this.language = run.language();
    }

    void write() throws IOException {
        json.writeStartObject();
        json.writeStringField("report", table.title().key());
        json.writeStringField("title", table.title().in(language));
        json.writeStringField("description", table.description().in(language));
        json.writeStringField("language", language);
        json.writeBooleanField("masked", run.request().maskPersonalData());
        writeRun(run.run());
        List<ReportColumn> columns = table.columns();
        json.writeArrayFieldStart("columns");
        for (ReportColumn column : columns) {
            json.writeStartObject();
            json.writeStringField("key", column.key());
            json.writeStringField("header", column.header(language));
            json.writeStringField("type", column.type().name().toLowerCase(Locale.ROOT));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        long[] rows = {0};
        table.forEachRow(row -> {
            writeRow(columns, row);
            rows[0]++;
        });
        json.writeEndArray();
        json.writeNumberField("rowCount", rows[0]);
        json.writeEndObject();
    }

    private void writeRun(RunInfo info) throws IOException {
        json.writeObjectFieldStart("run");
        json.writeNumberField("id", info.runId());
        json.writeStringField("asOf", info.asOf().toString());
        json.writeStringField("startedAt", info.startedAt() == null ? null : info.startedAt().toString());
        json.writeStringField("finishedAt", info.finishedAt() == null ? null : info.finishedAt().toString());
        json.writeArrayFieldStart("classifiers");
        for (RunInfo.ClassifierRun part : info.classifiers()) {
            json.writeStartObject();
            json.writeStringField("id", part.classifier().id());
            json.writeStringField("name", part.classifier().name());
            json.writeStringField("version", part.classifier().version());
            json.writeBooleanField("succeeded", part.succeeded());
            if (!part.succeeded()) {
                json.writeStringField("failureReason", part.failureReason());
            }
            json.writeStringField("summary", part.summary());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeRow(List<ReportColumn> columns, List<Object> row) {
        try {
            json.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                json.writeFieldName(columns.get(i).key());
                writeCell(row.get(i));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeCell(Object cell) throws IOException {
        if (cell == null) {
            json.writeNull();
        } else if (cell instanceof Label label) {
            json.writeStartObject();
            json.writeStringField("key", label.key());
            json.writeStringField("label", label.in(language));
            json.writeEndObject();
        } else if (cell instanceof BigDecimal number) {
            json.writeNumber(number);
        } else if (cell instanceof Long number) {
            json.writeNumber(number);
        } else if (cell instanceof LocalDate date) {
            json.writeString(date.toString());
        } else {
            json.writeString(cell.toString());
        }
    }
}
