package cn.tuanbiao.console.supervision.service;

import jakarta.inject.Singleton;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The dashboard's charts, drawn on the server by JFreeChart: as SVG for the browser (JFreeSVG;
 * no JavaScript chart library, so no npm build) and as PNG for the PDF report. Labels are drawn in
 * the logical SansSerif font, which the browser shows as its sans-serif and which Java maps to a
 * Chinese font where one is installed (fonts-wqy-zenhei on our machines).
 */
@Singleton
public class SupervisionCharts {

    static {
        // charts are drawn on servers without a display
        System.setProperty("java.awt.headless", "true");
    }

    private static final Color BAR = new Color(0x1A, 0x73, 0xE8);

    /** A chart to draw: a bar chart of a series, or a pie. Values in the map's order. */
    public record Chart(String title, String categoryLabel, String valueLabel, Map<String, ? extends Number> values,
                        boolean pie) {

        public static Chart bar(String title, String categoryLabel, String valueLabel,
                                Map<String, ? extends Number> values) {
            return new Chart(title, categoryLabel, valueLabel, values, false);
        }

        public static Chart pie(String title, Map<String, ? extends Number> values) {
            return new Chart(title, "", "", values, true);
        }
    }

    /** The chart as an {@code <svg>} element of the given size in pixels. */
    public String svg(Chart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        build(chart).draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement();
    }

    /** The chart as a PNG image of the given size in pixels. */
    public byte[] png(Chart chart, int width, int height) {
        try {
            return ChartUtils.encodeAsPNG(build(chart).createBufferedImage(width, height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JFreeChart build(Chart chart) {
        JFreeChart drawn;
        if (chart.pie()) {
            DefaultPieDataset<String> data = new DefaultPieDataset<>();
            chart.values().forEach((k, v) -> data.setValue(k, v));
            drawn = ChartFactory.createPieChart(chart.title(), data, true, false, false);
        } else {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            chart.values().forEach((k, v) -> data.addValue(v, chart.valueLabel(), k));
            drawn = ChartFactory.createBarChart(chart.title(), chart.categoryLabel(), chart.valueLabel(), data,
                    PlotOrientation.VERTICAL, false, false, false);
        }
        theme().apply(drawn);
        drawn.setBackgroundPaint(Color.WHITE);
        drawn.getPlot().setBackgroundPaint(Color.WHITE);
        if (!chart.pie()) {
            drawn.getCategoryPlot().getRenderer().setSeriesPaint(0, BAR);
            drawn.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        }
        return drawn;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("tuanbiao");
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        return theme;
    }
}
