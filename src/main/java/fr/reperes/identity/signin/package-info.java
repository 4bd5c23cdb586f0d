@NullMarked
package fr.reperes.identity.signin;

import org.jspecify.annotations.NullMarked;
