package io.tierbench.tiering.internal;

import java.util.List;
import java.util.Map;
import org.apache.commons.jexl3.JexlContext;

/** What one rule evaluation sees: the namespaces of one customer, and the functions bound to that customer. */
final class RuleScope implements JexlContext, JexlContext.NamespaceResolver {

    private final Map<String, Namespace> namespaces;
    private final RuleFunctions functions;

    RuleScope(Map<String, Namespace> namespaces, RuleFunctions functions) {
        this.namespaces = namespaces;
        this.functions = functions;
    }

    @Override
    public Object get(String name) {
        return namespaces.get(name);
    }

    @Override
    public void set(String name, Object value) {
        throw new UnsupportedOperationException("rules cannot assign variables");
    }

    @Override
    public boolean has(String name) {
        return namespaces.containsKey(name);
    }

    @Override
    public Object resolveNamespace(String name) {
        return name == null ? functions : null;
    }

    /**
     * @param path a variable as the rule names it, e.g. {@code [clv, predictive]}
     * @return its value for this customer, or {@code null}; never throws, as it only serves explanations
     */
    Object valueOf(List<String> path) {
        Object current = namespaces.get(path.get(0));
        for (String key : path.subList(1, path.size())) {
            if (!(current instanceof Namespace namespace)) {
                return null;
            }
            try {
                current = namespace.get(key);
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
        return current instanceof Namespace ? null : current;
    }
}
