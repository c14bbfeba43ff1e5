package io.tierbench.api.workbench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares the service properties of a {@link WorkbenchView}, e.g.
 * {@code @WorkbenchViewService(id = "rfm-grid", titleEn = "RFM grid", titleZh = "RFM 网格", placement =
 * Placement.DASHBOARD_CARD, module = "card.js")}.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WorkbenchViewService {

    String PREFIX_ = "tierbench.view.";

    /** Service property: the view's id, unique in the workbench; letters, digits and {@code -}. */
    String ID = "tierbench.view.id";

    /** Service property: the title in English. */
    String TITLE_EN = "tierbench.view.titleEn";

    /** Service property: the title in Simplified Chinese. */
    String TITLE_ZH = "tierbench.view.titleZh";

    /** Service property: one of {@link Placement}'s values. */
    String PLACEMENT = "tierbench.view.placement";

    /** Service property: the view's module, a path below the view's folder. */
    String MODULE = "tierbench.view.module";

    /** Service property: an icon name or a path below the view's folder; may be empty. */
    String ICON = "tierbench.view.icon";

    /** Service property: where the view goes among others of its placement, smallest first. */
    String ORDER = "tierbench.view.order";

    /** Service property: the classifier whose results the view shows, when it shows one; may be empty. */
    String CLASSIFIER = "tierbench.view.classifier";

    /** @return the view's id */
    String id();

    /** @return the title in English */
    String titleEn();

    /** @return the title in Simplified Chinese */
    String titleZh();

    /** @return where the view goes */
    String placement();

    /** @return the module's path below the view's folder */
    String module() default "view.js";

    /** @return an icon name or path; empty for none */
    String icon() default "";

    /** @return the view's position among others of its placement */
    int order() default 100;

    /** @return the classifier shown; empty for none */
    String classifier() default "";
}
