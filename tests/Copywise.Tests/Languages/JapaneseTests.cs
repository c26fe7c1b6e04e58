using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Tests.Languages;

/// <summary>Japanese: segmentation, lengths in characters, lists, word forms by conjugation.</summary>
public class JapaneseTests
{
    private static AnalysisResult Run(string html, string keyphrase = "", bool wordForms = false, string description = "", bool cornerstone = false) =>
        Analyzer.Analyze(new Paper { Text = html, Keyphrase = keyphrase, Description = description, Locale = "ja", Format = DocumentFormat.Html, Cornerstone = cornerstone },
            new AnalysisOptions { WordForms = wordForms });

    private static string[] Segments(string text)
    {
        var ends = new List<int>();
        JapaneseSegmenter.Instance.Segment(text, 0, text.Length, ends);
        var parts = new List<string>();
        int start = 0;
        foreach (int end in ends) { parts.Add(text[start..end]); start = end; }
        return parts.ToArray();
    }

    public static TheoryData<string, string> SegmentedSentences()
    {
        var data = new TheoryData<string, string>();
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "Copywise.Tests", "Languages", "Data", "ja-segments.tsv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SegmentedSentences))]
    public void Segments_as_TinySegmenter_does(string sentence, string expected) =>
        Assert.Equal(expected, string.Join('|', Segments(sentence)));

    [Fact]
    public void A_japanese_text_without_locale_is_recognised_by_its_kana()
    {
        Assert.Equal("ja", LanguageDetector.Detect("東京に住んでいます。")?.Code);
        Assert.Equal("ja", Analyzer.Analyze(new Paper { Text = "<p>東京に住んでいます。毎日電車で会社に行きます。</p>", Format = DocumentFormat.Html }).Language);
    }

    [Fact]
    public void Characters_beyond_the_basic_plane_stay_whole()
    {
        foreach (var text in new[] { "楽しい😀旅行😀😀だった", "𠮷野家で食べた", new string('あ', 5000) + "😀" })
        {
            var ends = new List<int>();
            JapaneseSegmenter.Instance.Segment(text, 0, text.Length, ends);
            Assert.All(ends, e => Assert.False(e < text.Length && char.IsLowSurrogate(text[e]), $"split inside a pair at {e}"));
            Assert.NotEmpty(Run($"<p>{text}</p>", "旅行").Seo.Results);
        }
    }

    [Theory]
    [InlineData("平日は時間がない…。そんなわが家に鍋が来ました。", 2)]
    [InlineData("本当ですか！？はい、本当です。", 2)]
    [InlineData("これは「すごい」。次の文です。", 2)]
    public void Full_width_terminators_end_a_sentence_after_other_marks(string text, int sentences) =>
        Assert.Equal(sentences, TextAnalysis.Analyze(HtmlDocumentParser.Parse($"<p>{text}</p>").Document, Japanese.Instance).Sentences.Length);

    [Fact]
    public void Words_of_a_text_without_spaces_come_from_the_segmenter()
    {
        var analysis = TextAnalysis.Analyze(HtmlDocumentParser.Parse("<p>私の名前は中野です。東京に住んでいます。</p>").Document, Japanese.Instance);
        Assert.Equal(2, analysis.Sentences.Length);
        Assert.Equal(["私", "の", "名前", "は", "中野", "です"], analysis.WordsOf(analysis.Sentences[0]).ToArray().Select(w => analysis.Text(w).ToString()));
    }

    [Theory]
    [InlineData("東京、大阪。", 4)]
    [InlineData("「こんにちは」と言った！", 9)]
    [InlineData("iPhone 15を買った", 12)]
    [InlineData("（注）…　", 1)]
    public void Characters_are_counted_without_spaces_and_punctuation(string text, int expected) =>
        Assert.Equal(expected, CharacterCount.Count(text));

    private static string Chars(int n) => string.Concat(Enumerable.Repeat("あいうえおかきくけこ", n / 10 + 1))[..n];

    [Theory]
    [InlineData(650, false, 9)]
    [InlineData(550, false, 6)]
    [InlineData(450, false, 3)]
    [InlineData(250, false, -10)]
    [InlineData(150, false, -20)]
    [InlineData(1800, true, 9)]
    [InlineData(900, true, 6)]
    [InlineData(700, true, -20)]
    public void Text_length_is_judged_in_characters(int characters, bool cornerstone, int score)
    {
        var result = Run($"<p>{Chars(characters)}。</p>", cornerstone: cornerstone).Seo["textLength"]!.Value;
        Assert.Equal(score, result.Score);
        Assert.Contains($"{characters} characters", result.Text);
    }

    [Theory]
    [InlineData("東京旅行", 9)]
    [InlineData("東京で安く泊まれるホテル", 9)]
    [InlineData("東京で安く泊まれるおすすめのホテル", 6)]
    [InlineData("東京で安く泊まれるおすすめのホテルと美味しいレストラン", 3)]
    public void Keyphrase_length_is_counted_in_characters(string keyphrase, int score) =>
        Assert.Equal(score, Run("<p>東京旅行のおすすめスポットを紹介します。</p>", keyphrase).Seo["keyphraseLength"]!.Value.Score);

    [Fact]
    public void Long_sentences_have_more_than_40_characters()
    {
        string shortSentence = Chars(30) + "。", longSentence = Chars(41) + "。";
        var good = Run($"<p>{string.Concat(Enumerable.Repeat(shortSentence, 8))}{longSentence}</p>").Readability["textSentenceLength"]!.Value;
        Assert.Equal(9, good.Score);
        var bad = Run($"<p>{string.Concat(Enumerable.Repeat(longSentence, 5))}{shortSentence}</p>").Readability["textSentenceLength"]!.Value;
        Assert.Equal(3, bad.Score);
        Assert.Contains("40 characters", bad.Text);
    }

    [Theory]
    [InlineData(290, 9)]
    [InlineData(350, 6)]
    [InlineData(450, 3)]
    public void Paragraphs_are_measured_in_characters(int characters, int score) =>
        Assert.Equal(score, Run($"<p>{Chars(characters)}</p>").Readability["textParagraphTooLong"]!.Value.Score);

    [Theory]
    [InlineData(59, 6)]
    [InlineData(70, 9)]
    [InlineData(80, 6)]
    public void Meta_descriptions_have_61_to_79_characters(int length, int score) =>
        Assert.Equal(score, Run("<p>東京旅行のおすすめスポットを紹介します。</p>", "東京旅行", description: Chars(length)).Seo["metaDescriptionLength"]!.Value.Score);

    [Fact]
    public void Sections_need_subheadings_after_600_characters()
    {
        Assert.Equal(9, Run($"<p>{Chars(590)}</p>").Readability["subheadingsTooLong"]!.Value.Score);
        Assert.Equal(2, Run($"<p>{Chars(610)}</p>").Readability["subheadingsTooLong"]!.Value.Score);
        Assert.Equal(6, Run($"<h2>見出し</h2><p>{Chars(650)}</p>").Readability["subheadingsTooLong"]!.Value.Score);
    }

    [Theory]
    // A text needs subheadings with the keyphrase from 600 characters (500 in cornerstone content), as from 300 words
    // (250) in other languages.
    [InlineData(599, false, 9)]
    [InlineData(600, false, 2)]
    [InlineData(499, true, 9)]
    [InlineData(500, true, 2)]
    public void Keyphrase_subheadings_are_needed_from_600_characters(int length, bool cornerstone, int score) =>
        Assert.Equal(score, Run($"<p>{Chars(length)}</p>", "東京", cornerstone: cornerstone).Seo["subheadingsKeyword"]!.Value.Score);

    [Theory]
    // A keyphrase written with a space is written without one in the text, where the segmenter may cut its words
    // otherwise ("初心者" alone, "初心" + "者" inside "ソロキャンプ初心者").
    [InlineData("ソロキャンプ 初心者", "<p>ソロキャンプ初心者のための道具を紹介します。</p>", 1)]
    [InlineData("ソロキャンプ 初心者", "<p>ソロキャンプは楽しいです。初心者でも大丈夫です。</p>", 0)]
    public void Keyphrase_words_are_found_inside_compounds(string keyphrase, string html, int count) =>
        Assert.Equal(count, Run(html, keyphrase).Facts.KeyphraseCount);

    [Theory]
    [InlineData("ふるさと納税 仕組み", "ふるさと納税の仕組みを解説", 9)]
    [InlineData("電気ケトル 温度調節", "温度調節電気ケトル KT-880", 9)]
    [InlineData("電気ケトル 温度調節", "おすすめの電気ケトルと温度調節", 6)]
    [InlineData("電気ケトル 温度調節", "おすすめの電気ケトル", 2)]
    public void The_title_starts_with_the_keyphrase_words_joined_or_in_another_order(string keyphrase, string title, int score) =>
        Assert.Equal(score, Analyzer.Analyze(new Paper { Text = "<p>本文です。</p>", Keyphrase = keyphrase, Title = title, Locale = "ja" },
            new AnalysisOptions()).Seo["keyphraseInSEOTitle"]!.Value.Score);

    [Fact]
    public void The_slug_is_not_checked_and_there_is_no_passive_or_flesch()
    {
        var result = Run("<p>東京旅行のおすすめスポットを紹介します。</p>", "東京旅行");
        Assert.Null(result.Seo["slugKeyword"]);
        Assert.Null(result.Readability["passiveVoice"]);
        Assert.Null(result.Readability["fleschReadingEase"]);
    }

    [Fact]
    public void Transition_words_are_found_in_segmented_sentences()
    {
        var paper = new Paper { Text = "<p>雨が降った。そのため、試合は中止になった。しかし、明日は晴れるだろう。公園は広い。</p>", Locale = "ja", Format = DocumentFormat.Html };
        var (document, parsed) = DocumentParser.Parse(paper);
        var context = new AnalysisContext(parsed, document, Japanese.Instance, new AnalysisOptions());
        Assert.Equal([false, true, true, false], context.Get<TransitionSentences>().Has);
        Assert.True(Japanese.Instance.TransitionWords.Count > 100);
    }

    [Fact]
    public void Sentence_beginnings_take_the_word_after_a_demonstrative()
    {
        var repeated = Run("<p>この店は安い。この店は広い。この店は明るい。</p>").Readability["sentenceBeginnings"]!.Value;
        Assert.Equal(3, repeated.Score);
        var varied = Run("<p>この店は安い。この町は広い。この本は面白い。</p>").Readability["sentenceBeginnings"]!.Value;
        Assert.Equal(9, varied.Score);
    }

    [Fact]
    public void The_keyphrase_is_found_without_spaces_and_its_function_words_are_left_out()
    {
        var result = Run("<p>京都の観光について書きます。京都では観光客が多いです。</p>", "京都の観光");
        Assert.Equal(2, result.Facts.KeyphraseCount);
    }

    // Keyphrase in the dictionary form and a sentence with one of its conjugated forms only.
    public static TheoryData<string, string> FormPairs => new()
    {
        { "食べる", "昨日は寿司を食べました。" },
        { "書く", "手紙を書きました。" },
        { "書く", "彼は本を書かない。" },
        { "飲む", "水をたくさん飲んだ。" },
        { "飲む", "コーヒーを飲みながら話した。" },
        { "行く", "駅まで行った。" },
        { "行く", "京都へ行きます。" },
        { "高い", "値段が高かった。" },
        { "高い", "それほど高くない。" },
        { "美しい", "美しく咲いた花を見た。" },
        { "遊ぶ", "公園で遊んだ。" },
        { "読む", "本を読んでいる。" },
        { "走る", "駅まで走った。" },
        { "見る", "映画を見た。" },
        { "買う", "服を買った。" },
        { "話す", "先生と話した。" },
        { "待つ", "駅で待っていた。" },
        { "泳ぐ", "海で泳いだ。" },
        { "楽しい", "旅行はとても楽しかった。" },
        { "作る", "料理を作りました。" },
        { "使う", "道具を使えば早い。" },
        { "寒い", "今日は寒くて外に出ない。" },
        { "考える", "よく考えてから決めた。" },
        { "忙しい", "忙しければ休んでください。" },
        { "働く", "東京で働いている。" },
    };

    [Theory]
    [MemberData(nameof(FormPairs))]
    public void Word_forms_match_conjugations(string keyphrase, string text)
    {
        Assert.Equal(1, Run($"<p>{text}</p>", keyphrase, wordForms: true).Facts.KeyphraseCount);
        Assert.Equal(0, Run($"<p>{text}</p>", keyphrase, wordForms: false).Facts.KeyphraseCount);
    }

    [Theory]
    [InlineData("書く", "書類を出した。")]
    [InlineData("高い", "高校に通う。")]
    [InlineData("行く", "銀行に行列ができた。")]
    [InlineData("食べる", "食事の時間だ。")]
    [InlineData("京都", "東京都に住む。")]
    [InlineData("読む", "読者の声を聞く。")]
    [InlineData("買う", "売買の契約をした。")]
    [InlineData("待つ", "期待が大きい。")]
    [InlineData("作る", "作品を見た。")]
    [InlineData("話す", "電話が鳴った。")]
    public void Look_alike_words_are_not_forms(string keyphrase, string text) =>
        Assert.Equal(0, Run($"<p>{text}</p>", keyphrase, wordForms: true).Facts.KeyphraseCount);
}
