package io.tierbench.api.workbench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares the service properties of a {@link CustomerColumn}.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CustomerColumnService {

    String PREFIX_ = "tierbench.column.";

    /** Service property: the column's id. */
    String ID = "tierbench.column.id";

    /** Service property: the title in English. */
    String TITLE_EN = "tierbench.column.titleEn";

    /** Service property: the title in Simplified Chinese. */
    String TITLE_ZH = "tierbench.column.titleZh";

    /** Service property: whether the value is personal data, masked for viewers. */
    String PERSONAL = "tierbench.column.personal";

    /** @return the column's id */
    String id();

    /** @return the title in English */
    String titleEn();

    /** @return the title in Simplified Chinese */
    String titleZh();

    /** @return whether the value is personal data */
    boolean personal() default false;
}
