package fr.reperes.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of a UI's state tree, kept as Vaadin's client keeps it from the {@code changes} of each response:
 * enough of it (tags, properties, attributes, children, text) to find a button by its text or id, a link by its
 * address, a radio group or a grid, and to click them by their node ids as a browser would.
 */
final class UiTree {

    /** Feature ids of the state tree (NodeFeatureRegistry): properties, children, attributes. */
    static final int PROPERTIES = 1;

    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;

    static final class Node {
        final int id;

        @Nullable String tag;

        @Nullable String text;

        final Map<String, String> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            return attributes.getOrDefault(name, "");
        }

        @Override
        public String toString() {
            return "<" + tag + " #" + id + " " + attributes + " " + properties + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(@Nullable JsonNode changes) {
        if (changes == null || !changes.isArray()) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "attach" -> node(id);
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), feature, change);
                case "remove" -> {
                    Node node = node(id);
                    node.properties.remove(change.path("key").asString());
                    node.attributes.remove(change.path("key").asString());
                }
                case "clear" -> {
                    if (feature == CHILDREN) {
                        node(id).children.clear();
                    }
                }
                case "splice" -> {
                    if (feature == CHILDREN) {
                        splice(node(id), change);
                    }
                }
                default -> {}
            }
        }
    }

    private static void put(Node node, int feature, JsonNode change) {
        String key = change.path("key").asString();
        JsonNode value = change.path("value");
        String text = value.isValueNode() ? value.asString() : value.toString();
        if ("tag".equals(key) && feature == 0) {
            node.tag = text;
        } else if ("text".equals(key) && feature != PROPERTIES && feature != ATTRIBUTES) {
            node.text = text;
        } else if (feature == PROPERTIES) {
            node.properties.put(key, text);
        } else if (feature == ATTRIBUTES) {
            node.attributes.put(key, text);
        }
    }

    private static void splice(Node node, JsonNode change) {
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        JsonNode added = change.path("addNodes");
        int at = Math.min(index, node.children.size());
        for (JsonNode child : added) {
            node.children.add(at++, child.asInt());
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    /** The text a reader sees in this node: its own text nodes and its descendants', in order. */
    String text(Node node) {
        StringBuilder text = new StringBuilder();
        collect(node, text, 0);
        return text.toString().trim();
    }

    private void collect(Node node, StringBuilder text, int depth) {
        if (node.text != null) {
            text.append(node.text).append(' ');
        }
        String html = node.properties.get("innerHTML");
        if (html != null) {
            text.append(Jsoup.parseBodyFragment(html).text()).append(' ');
        }
        if (depth > 40) {
            return;
        }
        for (int child : node.children) {
            Node found = nodes.get(child);
            if (found != null) {
                collect(found, text, depth + 1);
            }
        }
    }

    List<Node> all(Predicate<Node> test) {
        return nodes.values().stream()
                .filter(test)
                .sorted((a, b) -> Integer.compare(a.id, b.id))
                .toList();
    }

    Optional<Node> first(Predicate<Node> test) {
        return all(test).stream().findFirst();
    }

    /** A button (vaadin-button) whose visible text is {@code text}. */
    Optional<Node> button(String text) {
        return first(n -> "vaadin-button".equals(n.tag) && text.equals(text(n)));
    }

    Optional<Node> byId(String id) {
        return first(n -> id.equals(n.attributes.get("id")));
    }

    Optional<Node> byTag(String tag) {
        return first(n -> tag.equals(n.tag));
    }

    /**
     * Links ({@code <a href>}) whose address matches {@code pattern}, in the order they were created: elements of the
     * tree, and links inside the blocks the server sends as HTML (as the browser sees them).
     */
    List<String> links(String pattern) {
        return links(pattern, "");
    }

    /** Links matching {@code pattern} whose text or accessible name contains {@code words}. */
    List<String> links(String pattern, String words) {
        List<String> found = new ArrayList<>();
        for (Node node : all(n -> "a".equals(n.tag) || n.properties.containsKey("innerHTML"))) {
            if ("a".equals(node.tag)) {
                if (node.attribute("href").matches(pattern)
                        && (text(node).contains(words)
                                || node.attribute("aria-label").contains(words))) {
                    found.add(node.attribute("href"));
                }
            }
            String html = node.properties.get("innerHTML");
            if (html != null) {
                Jsoup.parseBodyFragment(html).select("a[href]").stream()
                        .filter(link -> link.attr("href").matches(pattern)
                                && (link.text().contains(words)
                                        || link.attr("aria-label").contains(words)))
                        .forEach(link -> found.add(link.attr("href")));
            }
        }
        return found;
    }

    int size() {
        return nodes.size();
    }
}
