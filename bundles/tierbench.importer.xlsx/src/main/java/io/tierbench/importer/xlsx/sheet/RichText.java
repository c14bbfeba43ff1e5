package io.tierbench.importer.xlsx.sheet;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a string item: a shared string ({@code <si>}) or an inline one ({@code <is>}). Either is plain
 * ({@code <t>}) or rich text in runs ({@code <r><t>}); phonetic guides ({@code <rPh>}: pinyin, furigana) are not
 * part of the text. Excel writes characters XML cannot hold as {@code _xHHHH_}, and a literal {@code _x} as
 * {@code _x005F_x}.
 */
final class RichText {

    private RichText() {
    }

    /**
     * @param xml    positioned at the start of the item's element; left at its end
     * @param buffer reused between calls
     */
    static String read(XMLStreamReader xml, StringBuilder buffer) throws XMLStreamException {
        buffer.setLength(0);
        int depth = 1;
        int phoneticDepth = 0;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("rPh".equals(name)) {
                    phoneticDepth = depth + 1;
                }
                if ("t".equals(name) && phoneticDepth == 0) {
                    buffer.append(xml.getElementText()); // consumes </t>
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == phoneticDepth) {
                    phoneticDepth = 0;
                }
                depth--;
            }
        }
        return decodeEscapes(buffer);
    }

    /** Replaces Excel's {@code _xHHHH_} escapes by the characters they stand for. */
    static String decodeEscapes(CharSequence text) {
        String plain = text.toString();
        int escape = plain.indexOf("_x");
        if (escape < 0) {
            return plain;
        }
        StringBuilder decoded = new StringBuilder(plain.length());
        int copied = 0;
        while (escape >= 0) {
            if (escape + 7 <= plain.length() && plain.charAt(escape + 6) == '_' && isHex(plain, escape + 2, 4)) {
                decoded.append(plain, copied, escape)
                        .append((char) Integer.parseInt(plain.substring(escape + 2, escape + 6), 16));
                copied = escape + 7;
                escape = plain.indexOf("_x", copied);
            } else {
                escape = plain.indexOf("_x", escape + 1);
            }
        }
        return decoded.append(plain, copied, plain.length()).toString();
    }

    private static boolean isHex(String text, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
