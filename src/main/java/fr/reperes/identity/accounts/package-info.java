@NullMarked
package fr.reperes.identity.accounts;

import org.jspecify.annotations.NullMarked;
