package fr.reperes.benchmark;

import com.vaadin.flow.component.Component;
import java.lang.ref.Reference;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where one session's bytes are: the objects reachable from it that are not reachable from another session of the
 * same kind (what both reach is shared: the service, Spring's beans, classes), each counted once, at the shortest path
 * from the session, and summed by the first {@code depth} steps of that path. Sizes are estimated from the fields
 * (compressed references, 12-byte headers, 8-byte alignment); the class histogram stays the measure, this says where
 * to look. Needs the JDK's packages opened to reflection (the benchmark profile's argLine).
 */
final class SessionWeight {

    private SessionWeight() {}

    static String report(List<Object> session, List<Object> other, int depth) {
        Set<Object> shared = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(other, shared, null, depth);
        Map<String, long[]> byPath = new HashMap<>();
        Set<Object> own = Collections.newSetFromMap(new IdentityHashMap<>());
        own.addAll(shared);
        byOwner = new HashMap<>();
        walk(session, own, byPath, depth);
        long total = byPath.values().stream().mapToLong(v -> v[1]).sum();
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%nWhere one session's own bytes are (estimated %.1f KB; shortest path from the session, %d steps):%n%n"
                        + "| path | objects | KB |%n|---|---:|---:|%n",
                total / 1024.0,
                depth));
        appendLargest(byPath, text);
        text.append(
                "\nBy the nearest component on the path, and class (top 40):\n\n| component / class | objects | KB |\n"
                        + "|---|---:|---:|\n");
        appendLargest(byOwner, text);
        return text.toString();
    }

    /** The 40 largest entries, as rows of a Markdown table: name, objects, KB. */
    private static void appendLargest(Map<String, long[]> sums, StringBuilder text) {
        sums.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1])
                        .reversed())
                .limit(40)
                .forEach(e -> text.append(String.format(
                        Locale.ROOT, "| `%s` | %d | %.1f |%n", e.getKey(), e.getValue()[0], e.getValue()[1] / 1024.0)));
    }

    private record Step(Object object, String path, int steps, String owner) {}

    private static Map<String, long[]> byOwner;

    private static void walk(List<Object> roots, Set<Object> seen, Map<String, long[]> byPath, int depth) {
        Deque<Step> queue = new ArrayDeque<>();
        for (Object root : roots) {
            if (seen.add(root)) {
                queue.add(new Step(root, root.getClass().getSimpleName(), 0, "-"));
            }
        }
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            Object object = step.object();
            Class<?> type = object.getClass();
            if (byPath != null) {
                long size = shallowSize(object);
                long[] sum = byPath.computeIfAbsent(step.path(), p -> new long[2]);
                sum[0]++;
                sum[1] += size;
                if (byOwner != null) {
                    long[] owned =
                            byOwner.computeIfAbsent(step.owner() + " / " + type.getSimpleName(), p -> new long[2]);
                    owned[0]++;
                    owned[1] += size;
                }
            }
            if (type.isArray()) {
                if (!type.getComponentType().isPrimitive()) {
                    int length = Array.getLength(object);
                    for (int i = 0; i < length; i++) {
                        follow(Array.get(object, i), step, "[]", seen, queue, depth);
                    }
                }
                continue;
            }
            for (Field field : fields(type)) {
                if (field.getType().isPrimitive()
                        || (field.getDeclaringClass() == Reference.class
                                && field.getName().equals("referent"))) {
                    continue;
                }
                try {
                    follow(field.get(object), step, field.getName(), seen, queue, depth);
                } catch (IllegalAccessException e) {
                    // Not opened to reflection: counted shallow only.
                }
            }
        }
    }

    private static void follow(Object next, Step from, String name, Set<Object> seen, Deque<Step> queue, int depth) {
        if (next == null
                || next instanceof Class<?>
                || next instanceof ClassLoader
                || next instanceof Thread
                || !seen.add(next)) {
            return;
        }
        String path = from.steps() < depth
                ? from.path() + " > " + name + ":" + next.getClass().getSimpleName()
                : from.path();
        String owner =
                next instanceof Component component ? component.getClass().getSimpleName() : from.owner();
        queue.add(new Step(next, path, from.steps() + 1, owner));
    }

    private static final Map<Class<?>, List<Field>> FIELDS = new HashMap<>();

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = t; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        try {
                            field.setAccessible(true);
                            fields.add(field);
                        } catch (RuntimeException notOpened) {
                            // A JDK package not opened: the object is counted, not what it holds.
                        }
                    }
                }
            }
            return fields;
        });
    }

    private static long shallowSize(Object object) {
        Class<?> type = object.getClass();
        long size;
        if (type.isArray()) {
            Class<?> component = type.getComponentType();
            size = 16 + (long) Array.getLength(object) * primitiveSize(component);
        } else {
            size = 12;
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        size += primitiveSize(field.getType());
                    }
                }
            }
        }
        return (size + 7) / 8 * 8;
    }

    private static int primitiveSize(Class<?> type) {
        if (type == long.class || type == double.class) {
            return 8;
        }
        if (type == int.class || type == float.class || !type.isPrimitive()) {
            return 4;
        }
        if (type == short.class || type == char.class) {
            return 2;
        }
        return 1;
    }
}
