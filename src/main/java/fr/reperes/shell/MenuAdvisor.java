package fr.reperes.shell;

import fr.reperes.identity.Viewer;

/**
 * What a module knows of a viewer's menu that the shell cannot: which entries have nothing that can apply to this
 * viewer (hidden from the menu; the page still explains itself if its address is typed), and whom a parent's titles
 * speak of ("Le PPE de Lina"). Every advisor is asked once per menu built; an entry is hidden when one of them hides
 * it.
 */
public interface MenuAdvisor {

    MenuAdvice advise(Viewer viewer);
}
