package cn.tuanbiao.screening.service;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Splits Chinese (and mixed) text into the words that say what a standard is about, with
 * Lucene's smartcn segmenter: PostgreSQL has no Chinese parser on these machines, so the words
 * are made here and stored as a 'simple' tsvector. Single characters and the words every
 * standard's title uses ("技术", "要求", "规范" …) are left out, so that two standards look alike
 * only when their subject does.
 */
@Singleton
public class ChineseTerms {

    /** Words of the genre, not of the subject. */
    private static final Set<String> GENRE_WORDS = Set.of("标准", "规范", "要求", "技术", "通用", "方法", "规程", "指南",
            "规则", "条件", "部分", "第一", "本文件", "规定", "适用", "适用于", "文件", "包括", "以及", "相关", "有关", "进行",
            "团体", "范围", "术语", "定义", "试验", "评价", "管理", "the", "and", "for", "of");

    private final Analyzer analyzer = new SmartChineseAnalyzer();

    /** The subject words of the texts, in order of first appearance; null texts are skipped. */
    public Set<String> of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                collect(text, terms);
            }
        }
        return terms;
    }

    private void collect(String text, Set<String> terms) {
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (word.length() >= 2 && !GENRE_WORDS.contains(word) && word.chars().allMatch(Character::isLetterOrDigit)) {
                    terms.add(word);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot segment text", e);
        }
    }
}
