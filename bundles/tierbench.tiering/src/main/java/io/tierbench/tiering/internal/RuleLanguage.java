package io.tierbench.tiering.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * The rule language: expressions of Apache Commons JEXL 3, sandboxed. A rule can compare, combine with
 * {@code && || !}, do arithmetic, match with {@code =~ =^ =$}, test list membership ({@code x =~ ["a", "b"]}), read
 * the variables it is given and call {@code has_tag(...)}; it cannot assign, loop, define functions, create
 * objects, call methods nor reach any Java class. Reading an unknown name of a strict namespace, or comparing with
 * {@code null}, is an error, not {@code false}.
 */
final class RuleLanguage {

    /** Names followed by "(" that are operators of the language, not functions. */
    private static final Set<String> OPERATOR_WORDS = Set.of("size", "empty", "not", "and", "or", "eq", "ne", "lt",
            "le", "gt", "ge", "true", "false", "null");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern CALL = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)\\s*\\(");
    private static final Pattern CLASS_PROPERTY = Pattern.compile("\\.\\s*class\\b");
    private static final Pattern INFO_PREFIX = Pattern.compile("^\\S*@\\d+:\\d+\\s*(JEXL error\\s*:\\s*)?");

    private final JexlEngine engine;

    RuleLanguage() {
        JexlFeatures expressionsOnly = new JexlFeatures()
                .script(false).loops(false).sideEffect(false).sideEffectGlobal(false).lambda(false)
                .thinArrow(false).fatArrow(false).newInstance(false).localVar(false).annotation(false)
                .pragma(false).importPragma(false).namespacePragma(false).methodCall(false).register(false)
                .namespaceIdentifier(false).structuredLiteral(true);
        this.engine = new JexlBuilder()
                .features(expressionsOnly)
                .permissions(new JexlPermissions.ClassPermissions(JexlPermissions.NONE, Namespace.class,
                        RuleFunctions.class))
                .strict(true).safe(false).silent(false).antish(false).cache(256)
                .create();
    }

    /**
     * @param key the configuration key, named in errors
     * @param source the condition
     * @throws ConditionException when the condition is not an expression of the language, with its position
     */
    Condition compile(String key, String source) {
        if (source == null || source.isBlank()) {
            throw new ConditionException(key, 0, 0, "the condition is empty");
        }
        String code = withoutStrings(source);
        Matcher classProperty = CLASS_PROPERTY.matcher(code);
        if (classProperty.find()) {
            int[] position = position(source, classProperty.start() + 1);
            throw new ConditionException(key, position[0], position[1],
                    "'.class' reads the Java class in JEXL; write the scheme as x[\"class\"], e.g. abc[\"class\"]");
        }
        JexlScript script;
        try {
            script = engine.createScript(new JexlInfo(key, 1, 1), source);
        } catch (JexlException e) {
            JexlInfo info = e.getInfo();
            throw new ConditionException(key, info == null ? 0 : info.getLine(), info == null ? 0 : info.getColumn(),
                    detail(e));
        }
        return new Condition(key, source, script, variablesInTextOrder(script, source), functions(code));
    }

    /**
     * @return the condition's value for the scope
     * @throws RuleEvaluationException when the condition fails or gives something other than true or false
     */
    boolean holds(Condition condition, RuleScope scope) {
        Object value;
        try {
            value = condition.script().execute(scope);
        } catch (JexlException e) {
            throw new RuleEvaluationException(reason(e, condition, scope));
        }
        if (value instanceof Boolean holds) {
            return holds;
        }
        throw new RuleEvaluationException("the condition gave " + value + ", not true or false");
    }

    /** @return line and column (1-based) of an offset in a text */
    static int[] position(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static String reason(JexlException e, Condition condition, RuleScope scope) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        List<String> nulls = new ArrayList<>();
        for (List<String> path : condition.variables()) {
            if (scope.valueOf(path) == null) {
                nulls.add(String.join(".", path));
            }
        }
        return detail(e) + (nulls.isEmpty() ? "" : " (no value: " + String.join(", ", nulls) + ")");
    }

    private static String detail(JexlException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return INFO_PREFIX.matcher(message).replaceFirst("");
    }

    private static List<List<String>> variablesInTextOrder(JexlScript script, String source) {
        List<List<String>> variables = new ArrayList<>(script.getVariables());
        variables.sort(Comparator.comparingInt(path -> firstOccurrence(source, path)));
        return List.copyOf(variables);
    }

    private static int firstOccurrence(String source, List<String> path) {
        int at = source.indexOf(String.join(".", path));
        return at >= 0 ? at : Math.max(source.indexOf(path.get(0)), 0);
    }

    /** @return the names called as functions, operators of the language left out */
    private static Set<String> functions(String code) {
        Set<String> names = new LinkedHashSet<>();
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            if (!OPERATOR_WORDS.contains(call.group(1))) {
                names.add(call.group(1));
            }
        }
        return names;
    }

    /** @return the text with the contents of string literals blanked, offsets kept */
    static String withoutStrings(String source) {
        Matcher literal = STRING_LITERAL.matcher(source);
        StringBuilder code = new StringBuilder(source);
        while (literal.find()) {
            for (int i = literal.start() + 1; i < literal.end() - 1; i++) {
                code.setCharAt(i, ' ');
            }
        }
        return code.toString();
    }
}
