@NullMarked
package fr.reperes.autonomy.request;

import org.jspecify.annotations.NullMarked;
