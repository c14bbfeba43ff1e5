package io.tierbench.classifier.support.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Declarative Services XML bnd generated for a component, read back as the framework will read it. */
public record ComponentXml(Map<String, String> properties, String provides) {

    /**
     * @return the properties as {@code type:value} (type String unless declared, an array as {@code [a,b]}), and the
     *         provided interface
     */
    public static ComponentXml of(Class<?> component) throws Exception {
        Path xml = Path.of("target", "classes", "OSGI-INF", component.getName() + ".xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(xml.toFile());
        Map<String, String> properties = new TreeMap<>();
        NodeList nodes = document.getElementsByTagName("property");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element property = (Element) nodes.item(i);
            String type = property.getAttribute("type").isEmpty() ? "String" : property.getAttribute("type");
            // An array is written as the element's text, one value a line.
            String value = property.hasAttribute("value") ? property.getAttribute("value")
                    : "[" + String.join(",", property.getTextContent().strip().split("\\s*\\n\\s*")) + "]";
            properties.put(property.getAttribute("name"), type + ":" + value);
        }
        Element provide = (Element) document.getElementsByTagName("provide").item(0);
        return new ComponentXml(properties, provide.getAttribute("interface"));
    }
}
