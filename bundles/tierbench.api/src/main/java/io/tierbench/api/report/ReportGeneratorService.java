package io.tierbench.api.report;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares the service properties of a {@link ReportGenerator}: {@value #ID} and {@value #FORMAT}.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ReportGeneratorService {

    String PREFIX_ = "tierbench.report.";

    /** Service property: the generator's id. */
    String ID = "tierbench.report.id";

    /** Service property: the format written, e.g. {@code html}, {@code xlsx}. */
    String FORMAT = "tierbench.report.format";

    /** @return the generator's id */
    String id();

    /** @return the format written */
    String format();
}
