package io.tierbench.api.classifier;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares the service properties of a {@link Classifier} component:
 *
 * <pre>
 * &#64;Component(service = Classifier.class)
 * &#64;ClassifierService(id = "big-spender", name = "Big spender", version = "1.0.0")
 * public class BigSpenderClassifier implements Classifier { ... }
 * </pre>
 *
 * <p>The properties are {@value #ID}, {@value #NAME} and {@value #VERSION}.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ClassifierService {

    /** Prefix of the generated property names. */
    String PREFIX_ = "tierbench.classifier.";

    /** Service property: the classifier's stable id, e.g. {@code rfm}; labels are stored under it. */
    String ID = "tierbench.classifier.id";

    /** Service property: the human-readable name. */
    String NAME = "tierbench.classifier.name";

    /** Service property: the classifier's version, stored with every run. */
    String VERSION = "tierbench.classifier.version";

    /** @return the stable id: lower case letters, digits and dashes */
    String id();

    /** @return the human-readable name */
    String name();

    /** @return the version, e.g. {@code 1.0.0} */
    String version() default "1.0.0";
}
