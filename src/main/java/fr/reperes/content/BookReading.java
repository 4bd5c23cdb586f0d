package fr.reperes.content;

import java.util.List;

/** A whole book as a reader reads it: the pages that speak to them, each in their language or in French. */
public record BookReading(LibraryBook book, List<ReadingPage> pages) {}
