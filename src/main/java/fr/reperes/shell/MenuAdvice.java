package fr.reperes.shell;

import java.util.List;
import java.util.function.Predicate;

/**
 * One module's advice on a viewer's menu.
 *
 * @param children the first names of the children whose file is open to a parent, for the titles of their menu
 *                 ("Le PPE de Lina", "Les PPE de Lina et Léo"); empty for anyone else
 * @param hides    whether the menu entry of a view has nothing that can apply to the viewer
 */
public record MenuAdvice(List<String> children, Predicate<Class<?>> hides) {

    public static MenuAdvice none() {
        return new MenuAdvice(List.of(), view -> false);
    }
}
