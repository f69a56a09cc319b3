package cn.tuanbiao.registry.national.web;

import cn.tuanbiao.registry.national.search.SearchPage;
import cn.tuanbiao.registry.national.search.StandardCatalogue;
import cn.tuanbiao.registry.national.search.StandardQuery;
import cn.tuanbiao.registry.national.search.StandardSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;

/**
 * A small public page at {@code /}: search the registry and see the results under the labels the
 * national platform publishes them under (PUB-1, PROTOCOL §5). Server-rendered, no script.
 */
@Controller
class HomePage {

    private static final int PAGE_SIZE = 50;

    private final StandardCatalogue catalogue;

    HomePage(StandardCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Get
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    String home(@Nullable @QueryValue String q) {
        SearchPage page = catalogue.search(new StandardQuery(q, null, null, 1, PAGE_SIZE));
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>团体标准信息登记处</title>
                <style>body{font-family:sans-serif;margin:2em;max-width:72em}table{border-collapse:collapse;width:100%}
                th,td{border-bottom:1px solid #ddd;padding:.4em;text-align:left}th{background:#f4f4f4}</style></head>
                <body><h1>团体标准信息登记处</h1>
                <form method="get" action="/"><input name="q" size="40" placeholder="标准名称、标准编号或范围" value=\"""")
                .append(escape(q == null ? "" : q)).append("""
                "> <button type="submit">检索</button></form>
                """);
        html.append("<p>共 ").append(page.total()).append(" 项").append(page.total() > PAGE_SIZE ? "，显示前 " + PAGE_SIZE + " 项" : "")
                .append("</p><table><thead><tr><th>标准编号</th><th>标准名称</th><th>英文名称</th><th>团体名称</th>")
                .append("<th>统一社会信用代码</th><th>发布日期</th><th>状态</th></tr></thead><tbody>");
        for (StandardSummary standard : page.items()) {
            html.append("<tr><td><a href=\"/v1/standards/").append(escape(standard.standardKey())).append("\">")
                    .append(escape(standard.number())).append("</a></td><td>").append(escape(standard.title()))
                    .append("</td><td>").append(escape(standard.titleEn())).append("</td><td>")
                    .append(escape(standard.organization().name())).append("</td><td>")
                    .append(escape(standard.organization().creditCode())).append("</td><td>")
                    .append(standard.publishedOn()).append("</td><td>").append(escape(standard.status())).append("</td></tr>");
        }
        return html.append("</tbody></table></body></html>").toString();
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
