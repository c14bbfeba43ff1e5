package io.tierbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void commentsGoAndStringsStay() {
        String js = "const a = 'http://x'; // see https://example.org\n"
                + "/* block https://example.org\n still */ const b = \"//not a comment\";\n"
                + "const c = `a ${'//'} b`; const d = 'it\\'s // here';";
        assertEquals("const a = 'http://x';  \n"
                + "\n  const b = \"//not a comment\";\n"
                + "const c = `a ${'//'} b`; const d = 'it\\'s // here';", SourceText.withoutComments(js));
    }

    @Test
    void cssCommentsGoToo() {
        assertEquals("a { color: red; }   b {}", SourceText.withoutComments("a { color: red; } /* http://x */ b {}"));
    }
}
