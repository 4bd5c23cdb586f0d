package fr.reperes.dossier;

import fr.reperes.access.AccessReason;

/**
 * One child on a parent's home page. When the parent may not see the child's file, only the reason is given:
 * no name, no id.
 */
public record ChildCard(Long youngPersonId, String firstName, Integer age, ContactCard referent, AccessReason reason) {

    public boolean open() {
        return reason.grants();
    }
}
