package fr.reperes.observatory.reports;

import fr.reperes.observatory.charts.FigureChart;
import fr.reperes.observatory.shown.Definition;
import fr.reperes.observatory.shown.ShownTable;
import fr.reperes.observatory.shown.Words;

/**
 * The yearly report as one accessible HTML file, for screen readers and the web: the same content as the PDF, with its
 * language, a table of contents, headings in order, each chart inline as SVG ({@code role="img"}, named by its title
 * and described by its summary in words), each table with its caption and its headers' scope in a box that scrolls
 * sideways on a phone (a named region the keyboard reaches), withheld cells in the page's words. No script, no
 * outside resource: it reads the same saved on a disk.
 */
public final class ReportHtml {

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Verdana,sans-serif;color:#1a1a1a;background:#fff;line-height:1.5;\
            margin:0;padding:1rem}
            header,nav,main{max-width:60rem;margin:0 auto}
            h1{font-size:1.6rem}h2{font-size:1.35rem;margin-top:2.5rem}h3{font-size:1.1rem}h4{font-size:1rem}
            dt{font-weight:bold}dd{margin:0 0 .5rem 1rem}
            figure{margin:1rem 0;max-width:40rem}
            svg{display:block;width:100%;height:auto}
            .table{overflow-x:auto;max-width:100%}
            table{border-collapse:collapse;white-space:nowrap;font-size:.9rem}
            caption{text-align:left;font-weight:bold;padding:.25rem 0}
            th,td{border:1px solid #8a8a8a;padding:.25rem .5rem;text-align:left}
            thead th{background:#edeff2}
            td.withheld{font-style:italic}
            a{color:#1f5fa8}
            """;

    private ReportHtml() {}

    public static String write(ReportContent report, Words words) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(attribute(report.language()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(text(report.title()))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>")
                .append(text(report.title()))
                .append("</h1>\n<p>")
                .append(text(report.subtitle()))
                .append("</p>\n</header>\n");
        html.append("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">")
                .append(text(words.text("observatory.report.contents")))
                .append("</h2>\n<ul>\n");
        for (ReportContent.Section section : report.sections()) {
            html.append("<li><a href=\"#")
                    .append(section.indicator().slug())
                    .append("\">")
                    .append(text(section.title()))
                    .append("</a></li>\n");
        }
        html.append("</ul>\n</nav>\n<main>\n");
        if (!report.introduction().isBlank()) {
            html.append("<h2>")
                    .append(text(words.text("observatory.report.introduction")))
                    .append("</h2>\n");
            paragraphs(html, report.introduction());
        }
        int chart = 0;
        for (ReportContent.Section section : report.sections()) {
            String slug = section.indicator().slug();
            html.append("<section aria-labelledby=\"")
                    .append(slug)
                    .append("\">\n<h2 id=\"")
                    .append(slug)
                    .append("\">")
                    .append(text(section.title()))
                    .append("</h2>\n<h3>")
                    .append(text(words.text("observatory.definition")))
                    .append("</h3>\n<dl>\n");
            for (Definition.Entry entry : section.definition()) {
                html.append("<dt>")
                        .append(text(entry.term()))
                        .append("</dt><dd>")
                        .append(text(entry.description()))
                        .append("</dd>\n");
            }
            html.append("</dl>\n");
            for (ReportContent.Part part : section.parts()) {
                ShownTable table = part.table();
                html.append("<h3>").append(text(table.caption())).append("</h3>\n<p>");
                html.append(text(part.summary())).append("</p>\n");
                if (part.hasTotalChart()) {
                    html.append("<figure>\n<h4>")
                            .append(text(words.text("observatory.chart.total.heading")))
                            .append("</h4>\n")
                            .append(FigureChart.totalSvg(table, part.summary(), words, "chart" + ++chart))
                            .append("\n</figure>\n");
                }
                if (part.hasCategoriesChart()) {
                    html.append("<figure>\n<h4>")
                            .append(text(words.text(
                                    "observatory.chart.categories.heading",
                                    table.periods().get(part.lastPeriod()))))
                            .append("</h4>\n")
                            .append(FigureChart.categoriesSvg(
                                    table, part.lastPeriod(), part.categoriesText(), words, "chart" + ++chart))
                            .append("\n</figure>\n");
                }
                html.append("<p>").append(text(table.withheldLegend())).append("</p>\n");
                table(html, table);
            }
            html.append("<h3>")
                    .append(text(words.text("observatory.report.comment")))
                    .append("</h3>\n");
            paragraphs(
                    html,
                    section.comment().isBlank() ? words.text("observatory.report.comment.none") : section.comment());
            html.append("</section>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, ShownTable table) {
        html.append("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-label=\"")
                .append(attribute(table.caption()))
                .append("\">\n<table>\n<caption>")
                .append(text(table.caption()))
                .append("</caption>\n<thead><tr>");
        for (String column : table.header()) {
            html.append("<th scope=\"col\">").append(text(column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (ShownTable.Row row : table.lines()) {
            html.append("<tr><th scope=\"row\">").append(text(row.label())).append("</th>");
            for (ShownTable.Cell cell : row.cells()) {
                html.append(cell.withheld() ? "<td class=\"withheld\">" : "<td>")
                        .append(text(cell.text()))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
    }

    private static void paragraphs(StringBuilder html, String text) {
        for (String block : text.split("\n")) {
            if (!block.isBlank()) {
                html.append("<p>").append(text(block.strip())).append("</p>\n");
            }
        }
    }

    private static String text(String text) {
        return FigureChart.xml(text);
    }

    private static String attribute(String text) {
        return FigureChart.xml(text);
    }
}
