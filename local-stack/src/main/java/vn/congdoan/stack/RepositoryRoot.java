package vn.congdoan.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The checkout the stack runs from: the directory holding {@code mvnw} and the root {@code pom.xml}. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /** Walks up from {@code start}; fails with a clear message when no such directory is above it. */
    static Path find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root (a directory with mvnw and pom.xml) at or above "
                + start.toAbsolutePath().normalize() + ": run the stack from inside the repository");
    }

    /** The {@code <version>} of the root pom, which every module inherits. */
    public static String projectVersion(Path root) {
        Path pom = root.resolve("pom.xml");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
            for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
                if ("version".equals(child.getNodeName())) {
                    return child.getTextContent().trim();
                }
            }
            throw new IllegalStateException(pom + " has no <version> of its own");
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read the project version from " + pom, e);
        }
    }
}
