/**
 * The account and identity entities and their repositories.
 */
@NullMarked
package fr.reperes.identity.accounts;

import org.jspecify.annotations.NullMarked;
