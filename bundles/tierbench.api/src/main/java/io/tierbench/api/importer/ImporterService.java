package io.tierbench.api.importer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares the service properties of an {@link Importer}: {@value #ID} and {@value #EXTENSIONS} (the file name
 * endings it reads, lower case, without the dot).
 *
 * @since 1.0
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ImporterService {

    String PREFIX_ = "tierbench.importer.";

    /** Service property: the importer's id, e.g. {@code csv}. */
    String ID = "tierbench.importer.id";

    /** Service property: file name endings read, e.g. {@code csv}, {@code tsv}. */
    String EXTENSIONS = "tierbench.importer.extensions";

    /** @return the importer's id */
    String id();

    /** @return the file name endings it reads */
    String[] extensions();
}
