/**
 * The frame: header, role menu, language and text size, quick exit, idle sign-out, branding.
 */
@NullMarked
package fr.reperes.shell.layout;

import org.jspecify.annotations.NullMarked;
