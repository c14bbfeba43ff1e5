package io.tierbench.report.csv.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        id = CsvReportGenerator.PID,
        name = "Tierbench CSV report",
        description = "How the CSV export of the classification table and the action lists is written.")
public @interface CsvReportConfiguration {

    @AttributeDefinition(
            name = "UTF-8 byte-order mark",
            description = "Start the file with a UTF-8 byte-order mark. Excel needs it to read Chinese text in a "
                    + "UTF-8 CSV file; turn it off for tools that do not expect one.")
    boolean utf8_bom() default true;

    @AttributeDefinition(
            name = "Delimiter",
            description = "The field delimiter: a comma, or a semicolon for spreadsheets set up for decimal commas.")
    String delimiter() default ",";
}
