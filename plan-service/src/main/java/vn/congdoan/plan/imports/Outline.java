package vn.congdoan.plan.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The body as a tree by its numbering: "Phần I" / "A." parts, Roman "I." sections, then "1.", "1.1.", "a)", then "-" and
 * "+" bullets; a plain paragraph belongs to the heading above it. Wording does not matter, only
 * numbering. A numbered line with something under it is a heading; a numbered line with nothing
 * under it is an item ("1. Phấn đấu hàng năm có hơn 90% ...").
 */
final class Outline {

    static final class Node {
        private final Paragraph paragraph;
        private final Node parent;
        private final List<Node> children = new ArrayList<>();
        private final int depth;
        private final String number;
        private final SectionKind kind;

        private Node(Paragraph paragraph, Node parent, int depth) {
            this.paragraph = paragraph;
            this.parent = parent;
            this.depth = depth;
            this.number = paragraph == null ? "" : numberOf(paragraph, parent);
            this.kind = paragraph != null && paragraph.marker().compareTo(Paragraph.Marker.ROMAN) <= 0
                    ? SectionKind.of(paragraph.content()) : parent == null ? null : parent.kind;
        }

        Paragraph paragraph() {
            return paragraph;
        }

        Node parent() {
            return parent;
        }

        List<Node> children() {
            return children;
        }

        /** The kind of the Roman section this node is in; null before section I. */
        SectionKind kind() {
            return kind;
        }

        boolean isRoot() {
            return paragraph == null;
        }

        boolean isSection() {
            Paragraph.Marker marker = paragraph == null ? null : paragraph.marker();
            boolean numbered = marker == Paragraph.Marker.NUMBERED || marker == Paragraph.Marker.LETTERED;
            return marker == Paragraph.Marker.ROMAN || marker == Paragraph.Marker.PART || numbered && !children.isEmpty();
        }

        /** The qualified number of the section this node sits in (itself if it is one), "" before section I. */
        String sectionNumber() {
            return section().number;
        }

        /** The section this node sits in (itself if it is one); the root before section I. */
        Node section() {
            Node node = this;
            while (!node.isRoot() && !node.isSection()) {
                node = node.parent;
            }
            return node;
        }

        private static String numberOf(Paragraph paragraph, Node parent) {
            return switch (paragraph.marker()) {
                case PART, ROMAN -> paragraph.label();
                case NUMBERED, LETTERED -> qualify(parent.numberedAncestor(paragraph.marker()), paragraph.label());
                default -> "";
            };
        }

        /** The number to prefix: the Roman section's for "1.1", the numbered heading's for "a". */
        private String numberedAncestor(Paragraph.Marker child) {
            Node node = this;
            while (!node.isRoot() && !(node.paragraph.marker().compareTo(Paragraph.Marker.ROMAN) <= 0
                    || child == Paragraph.Marker.LETTERED && node.paragraph.marker() == Paragraph.Marker.NUMBERED)) {
                node = node.parent;
            }
            return node.number;
        }

        private static String qualify(String prefix, String label) {
            return prefix.isEmpty() ? label : prefix + "." + label;
        }
    }

    private Outline() {}

    static Node build(List<Paragraph> paragraphs) {
        Node root = new Node(null, null, -1);
        Deque<Node> open = new ArrayDeque<>();
        open.push(root);
        for (Paragraph paragraph : paragraphs) {
            int depth = depthOf(paragraph);
            while (open.peek() != root && open.peek().depth >= depth) {
                open.pop();
            }
            Node node = new Node(paragraph, open.peek(), depth);
            open.peek().children.add(node);
            if (paragraph.marker() != Paragraph.Marker.TEXT) {
                open.push(node);
            }
        }
        return root;
    }

    /** "Phần"/"A." 0, Roman 1, "1." 2, "1.1." 3 ..., "a)" 20, paragraphs 29 (under the heading), "-" 30, "+" 31. */
    private static int depthOf(Paragraph paragraph) {
        return switch (paragraph.marker()) {
            case PART -> 0;
            case ROMAN -> 1;
            case NUMBERED -> 1 + paragraph.label().split("\\.").length;
            case LETTERED -> 20;
            case TEXT -> 29;
            case DASH -> 30;
            case PLUS -> 31;
        };
    }
}
