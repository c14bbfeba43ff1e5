package io.tierbench.api.workbench;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An action on customers selected in the workbench, contributed by a plugin, e.g. "add a tag". Its id, titles and
 * the role it needs are service properties ({@link WorkbenchCommandService}).
 *
 * @since 1.0
 */
@ConsumerType
public interface WorkbenchCommand {

    /**
     * @param customerIds the selected customers' external ids
     * @param parameters what the user entered, by parameter name
     * @param user the user's name, for records such as a manual tag's author
     * @return what happened, in a sentence the workbench shows
     * @throws IllegalArgumentException when a parameter or a customer id is not acceptable; the message names it
     */
    String run(List<String> customerIds, Map<String, String> parameters, String user);
}
