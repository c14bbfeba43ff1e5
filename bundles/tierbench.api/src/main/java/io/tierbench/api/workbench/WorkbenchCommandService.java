package io.tierbench.api.workbench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares the service properties of a {@link WorkbenchCommand}.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WorkbenchCommandService {

    String PREFIX_ = "tierbench.command.";

    /** Service property: the command's id. */
    String ID = "tierbench.command.id";

    /** Service property: the title in English. */
    String TITLE_EN = "tierbench.command.titleEn";

    /** Service property: the title in Simplified Chinese. */
    String TITLE_ZH = "tierbench.command.titleZh";

    /** Service property: the role a user needs: admin, analyst or viewer. */
    String ROLE = "tierbench.command.role";

    /** Service property: the parameters the user enters, as {@code name|English label|中文标签}. */
    String PARAMETERS = "tierbench.command.parameters";

    /** @return the command's id */
    String id();

    /** @return the title in English */
    String titleEn();

    /** @return the title in Simplified Chinese */
    String titleZh();

    /** @return the role a user needs */
    String role() default "analyst";

    /** @return the parameters, each {@code name|English label|中文标签} */
    String[] parameters() default {};
}
