using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;
using Copywise.Text;
using static Copywise.Tests.Assessments.Kit;

namespace Copywise.Tests.Assessments;

public class SentenceLengthTests
{
    // n long sentences (21 words) among 20 sentences.
    private static Paper Text(int longOnes, int total = 20, bool cornerstone = false) =>
        Html("<p>" + string.Join(' ', Enumerable.Range(0, total).Select(i => Sentence(i < longOnes ? 21 : 8, i))) + "</p>", cornerstone: cornerstone);

    [Theory]
    [InlineData(5, 9)]
    [InlineData(6, 6)]
    [InlineData(7, 3)]
    public void Default_thresholds(int longOnes, int score) => Assert.Equal(score, Score(Text(longOnes), "textSentenceLength"));

    [Theory]
    [InlineData(4, 9)]
    [InlineData(5, 6)]
    [InlineData(6, 3)]
    public void Cornerstone_thresholds(int longOnes, int score) => Assert.Equal(score, Score(Text(longOnes, cornerstone: true), "textSentenceLength"));

    [Fact]
    public void A_sentence_of_20_words_is_not_long() => Assert.Equal(9, Score(Html("<p>" + Sentence(20) + "</p>"), "textSentenceLength"));

    [Fact]
    public void Long_sentences_are_marked()
    {
        var paper = Text(7);
        var r = Result(paper, "textSentenceLength")!.Value;
        Assert.Equal(7, r.Marks.Count);
        Assert.Equal(Sentence(21, 0), paper.Text[r.Marks[0].Start..r.Marks[0].End]);
    }
}

public class ParagraphLengthTests
{
    [Theory]
    [InlineData(150, 9)]
    [InlineData(151, 6)]
    [InlineData(200, 6)]
    [InlineData(201, 3)]
    public void Thresholds(int words, int score) => Assert.Equal(score, Score(Html($"<p>Short one.</p><p>{Words(words)}</p>"), "textParagraphTooLong"));

    [Fact]
    public void Headings_are_not_paragraphs() => Assert.Equal(9, Score(Html($"<h2>{Words(160)}</h2><p>x</p>"), "textParagraphTooLong"));
}

public class SubheadingDistributionTests
{
    [Theory]
    [InlineData("<p>{0}</p>", 300, 9)]
    [InlineData("<p>{0}</p>", 301, 2)]
    [InlineData("<h2>A</h2><p>{0}</p>", 300, 9)]
    [InlineData("<h2>A</h2><p>{0}</p>", 320, 6)]
    [InlineData("<h2>A</h2><p>{0}</p>", 351, 3)]
    [InlineData("<p>{0}</p><h2>A</h2><p>Short.</p>", 320, 6)]
    [InlineData("<p>{0}</p><h2>A</h2><p>Short.</p>", 360, 3)]
    public void Sections(string template, int words, int score) =>
        Assert.Equal(score, Score(Html(string.Format(template, Words(words))), "subheadingsTooLong"));

    [Fact]
    public void Cornerstone_wants_shorter_sections()
    {
        Assert.Equal(9, Score(Html($"<h2>A</h2><p>{Words(280)}</p>"), "subheadingsTooLong"));
        Assert.Equal(6, Score(Html($"<h2>A</h2><p>{Words(280)}</p>", cornerstone: true), "subheadingsTooLong"));
        Assert.Equal(2, Score(Html($"<p>{Words(260)}</p>", cornerstone: true), "subheadingsTooLong"));
    }
}

public class TransitionWordTests
{
    private static Paper Text(int withTransition, int total = 30) =>
        Html("<p>" + string.Join(' ', Enumerable.Range(0, total).Select(i => (i < withTransition ? "However, " : "") + Sentence(9, i))) + "</p>");

    [Theory]
    [InlineData(5, 3)]
    [InlineData(6, 6)]
    [InlineData(8, 6)]
    [InlineData(9, 9)]
    public void Thresholds(int withTransition, int score) => Assert.Equal(score, Score(Text(withTransition), "textTransitionWords"));

    [Fact]
    public void Short_texts_are_not_judged() => Assert.Equal(9, Score(Html("<p>" + Words(190) + "</p>"), "textTransitionWords"));

    [Theory]
    [InlineData("We stayed home. As a result, we rested.", 1)]
    [InlineData("Either you go or you stay.", 1)]
    [InlineData("Not only is it cheap but also fast.", 1)]
    [InlineData("The cat sat. The dog slept.", 0)]
    [InlineData("Howevers are not words.", 0)]
    [InlineData("Next, we rested. Clearly, it helped.", 2)]
    [InlineData("We meet next week. Speak clearly. The first step is easy.", 0)]
    [InlineData("See e.g. the report.", 1)]
    [InlineData("Another reason is price. We took another road. In general, it works.", 2)]
    // Comparison, concession and attribution; "too" is left out, since "too much" and "too big" are no links.
    [InlineData("Loose fruit is cheaper than pre-packed fruit. Plan at least three meals. According to the charity, waste is high.", 3)]
    [InlineData("There is too much flour in it. The pot is too big.", 0)]
    // A two-part pair needs both parts, in order: a lone "either" or an "and" before "both" is none ("either way" is a
    // phrase of its own).
    [InlineData("Either of them works. Buses run on their routes and times on both days.", 0)]
    [InlineData("Either way, they use a full cup.", 1)]
    public void Words_phrases_and_pairs(string text, int expected)
    {
        var context = new AnalysisContext(new Paper(), HtmlDocumentParser.Parse($"<p>{text}</p>").Document, English.Instance, AnalysisOptions.Default);
        Assert.Equal(expected, context.Get<TransitionSentences>().Count);
    }
}

public class PassiveVoiceTests
{
    [Theory]
    [InlineData("The cake was eaten by the children.", true)]
    [InlineData("The house is being painted.", true)]
    [InlineData("The letters were quickly sent.", true)]
    [InlineData("Mistakes were made.", true)]
    [InlineData("The window got broken.", true)]
    [InlineData("It's written in plain words.", true)]
    [InlineData("The children ate the cake.", false)]
    [InlineData("She is a teacher who worked hard.", false)]
    [InlineData("The sky was red.", false)]
    [InlineData("He has finished the work.", false)]
    [InlineData("The tool is often used in small gardens.", true)]
    [InlineData("Debts are owed to the bank.", true)]
    [InlineData("Our discussions are pretty heated.", false)]
    [InlineData("She was very excited about the trip.", false)]
    [InlineData("The roads are too crowded in summer.", false)]
    [InlineData("It was a good deed.", false)]
    // Words that cannot be auxiliaries skip the lookup: capitals, typographic apostrophes and contractions whose
    // first letter no auxiliary has must still be read.
    [InlineData("THE CAKE WAS EATEN BY THE CHILDREN.", true)]
    [InlineData("They’re loved by everyone.", true)]
    [InlineData("There’s nothing done about it.", true)]
    [InlineData("That`s decided.", true)]
    [InlineData("Tom’s car drove off.", false)]
    [InlineData("Very tired people walked home and rested.", false)]
    [InlineData("The plan, which was rejected, came back.", true)]
    [InlineData("It was late, so we walked home and ordered pizza.", false)]
    // A participle after a preposition is no verb of the auxiliary's clause: "about cost" is a noun.
    [InlineData("The first question is almost always about cost.", false)]
    [InlineData("The shop is in painted walls.", false)]
    [InlineData("The plan is to be approved next week.", true)]
    [InlineData("The house was built in 1890.", true)]
    // A participle after an article or a possessive modifies a noun; one after a subject pronoun has its own verb.
    [InlineData("Pushing changes back is often a paid feature.", false)]
    [InlineData("New this year is a dedicated night market.", false)]
    [InlineData("That's what we've focused on.", false)]
    [InlineData("He was their chosen leader.", false)]
    // A question that opens with its auxiliary has its subject between it and the participle.
    [InlineData("Was the letter sent yesterday?", true)]
    [InlineData("Why was the decision made so late?", true)]
    [InlineData("Is this a finished product?", false)]
    public void Detects_passive_sentences(string sentence, bool passive)
    {
        var document = HtmlDocumentParser.Parse($"<p>{sentence}</p>").Document;
        var text = TextAnalysis.Analyze(document, English.Instance);
        Assert.Equal(passive, English.Instance.IsPassive(text, text.Sentences[0]));
    }

    [Theory]
    [InlineData(2, 9)]
    [InlineData(3, 6)]
    [InlineData(4, 3)]
    public void Thresholds(int passives, int score)
    {
        var sentences = Enumerable.Range(0, 20).Select(i => i < passives ? "The letter was sent." : "We write letters.");
        Assert.Equal(score, Score(Html("<p>" + string.Join(' ', sentences) + "</p>"), "passiveVoice"));
    }

    [Fact]
    public void A_table_counts_as_one_sentence_of_the_share()
    {
        // 2 passive sentences of 18 in the prose plus a table of 12 cells: 2 of 19 units (10.5%, score 6). Counting the
        // cells as sentences would make it 2 of 30 (6.7%, score 9).
        var prose = string.Join(' ', Enumerable.Range(0, 18).Select(i => i < 2 ? "The letter was sent." : "We write letters."));
        var cells = string.Join("", Enumerable.Range(0, 4).Select(r => "<tr><td>Oslo</td><td>12</td><td>Open</td></tr>"));
        var paper = Html($"<p>{prose}</p><table>{cells}</table>");
        Assert.Equal(6, Score(paper, "passiveVoice"));
        var result = Analyzer.Analyze(paper, AnalysisOptions.Default).Readability["passiveVoice"]!.Value;
        Assert.Contains("10.5%", result.Text);
        Assert.Equal(2, result.Marks.Count);
    }

    [Fact]
    public void A_passive_table_counts_once()
    {
        // 1 passive sentence of 9 in the prose, and a table with two passive cells: 2 passive units of 10 (20%).
        var prose = string.Join(' ', Enumerable.Range(0, 9).Select(i => i < 1 ? "The letter was sent." : "We write letters."));
        var paper = Html($"<p>{prose}</p><table><tr><td>The road was closed.</td><td>The bridge was repaired.</td></tr></table>");
        var result = Analyzer.Analyze(paper, AnalysisOptions.Default).Readability["passiveVoice"]!.Value;
        Assert.Contains("20%", result.Text);
        Assert.Equal(3, result.Marks.Count);
    }
}

public class ConsecutiveSentenceTests
{
    [Theory]
    [InlineData("Cats sleep. Cats eat. Dogs bark.", 9)]
    [InlineData("Cats sleep. Cats eat. Cats play.", 3)]
    [InlineData("The cat sleeps. The dog eats. The bird sings.", 9)]
    [InlineData("The cat sleeps. The cat eats. The cat sings.", 3)]
    public void Three_in_a_row(string text, int score) => Assert.Equal(score, Score(Html($"<p>{text}</p>"), "sentenceBeginnings"));

    [Fact]
    public void The_run_is_marked()
    {
        const string html = "<p>Intro here. Cats sleep. Cats eat. Cats play. End.</p>";
        var r = Result(Html(html), "sentenceBeginnings")!.Value;
        Assert.Equal("Cats sleep. Cats eat. Cats play.", html[r.Marks[0].Start..r.Marks[0].End]);
    }

    [Fact]
    public void Lists_and_tables_are_left_out_and_the_text_around_them_runs_on()
    {
        Assert.Equal(9, Score(Html("<ul><li>Cats sleep.</li><li>Cats eat.</li><li>Cats play.</li></ul>"), "sentenceBeginnings"));
        Assert.Equal(9, Score(Html("<table><tr><td>Cats sleep.</td><td>Cats eat.</td><td>Cats play.</td></tr></table>"), "sentenceBeginnings"));
        const string html = "<p>Cats sleep. Cats eat.</p><ul><li>Dogs bark.</li></ul><p>Cats play.</p>";
        var r = Result(Html(html), "sentenceBeginnings")!.Value;
        Assert.Equal(3, r.Score);
        Assert.Equal(html.IndexOf("Cats sleep", StringComparison.Ordinal), r.Marks[0].Start);
        Assert.Equal(html.IndexOf("play.", StringComparison.Ordinal) + 5, r.Marks[0].End);
    }
}

public class SentenceBeginningRunTests
{
    private static IReadOnlyList<SentenceBeginnings.Run> Runs(string html) =>
        LanguageKitContext(html).Get<SentenceBeginnings>().Runs;

    private static AnalysisContext LanguageKitContext(string html) => Copywise.Tests.Languages.LanguageKit.Context(html, "en");

    [Fact]
    public void Runs_are_of_two_or_more_sentences_and_name_their_beginning()
    {
        var runs = Runs("<p>Dogs bark. Cats sleep. Cats eat. Birds sing. The cat naps. The cat purrs. The cat plays. Fish swim.</p>");
        Assert.Equal([new SentenceBeginnings.Run("cats", 1, 2, 2), new SentenceBeginnings.Run("the cat", 4, 3, 6)], runs);
        Assert.Empty(Runs("<p>Dogs bark. Cats sleep. Birds sing.</p>"));
        Assert.Empty(Runs("<p></p>"));
    }

    [Fact]
    public void A_list_between_two_sentences_does_not_break_their_run()
    {
        var runs = Runs("<p>Cats sleep.</p><ul><li>Dogs bark.</li><li>Dogs eat.</li></ul><p>Cats eat.</p>");
        Assert.Equal([new SentenceBeginnings.Run("cats", 0, 2, 3)], runs);
    }

    [Fact]
    public void The_beginning_of_one_sentence_is_read_as_runs_read_it()
    {
        var context = LanguageKitContext("<p>The Cat naps. “Dogs” bark.</p>");
        Assert.Equal("the cat", SentenceBeginnings.BeginningOf(context, 0));
        Assert.Equal("dogs", SentenceBeginnings.BeginningOf(context, 1));
    }
}

public class OtherReadabilityTests
{
    [Fact]
    public void Text_presence_speaks_only_for_short_texts()
    {
        Assert.Equal(3, Score(Html("<p>Too short.</p>"), "textPresence"));
        Assert.Null(Result(Html($"<p>{Words(20)}</p>"), "textPresence"));
    }

    [Fact]
    public void Word_complexity()
    {
        Assert.True(English.Instance.IsComplexWord("incomprehensible"));
        Assert.False(English.Instance.IsComplexWord("Incomprehensible"));
        Assert.False(English.Instance.IsComplexWord("important"));
        Assert.False(English.Instance.IsComplexWord("computers"));
        Assert.False(English.Instance.IsComplexWord("garden"));
        // "-ies" plurals of frequent "-y" words are frequent too; of other words, not.
        Assert.False(English.Instance.IsComplexWord("activities"));
        Assert.False(English.Instance.IsComplexWord("accompanies"));
        Assert.True(English.Instance.IsComplexWord("bureaucracies"));
        Assert.Equal(9, Score(Html("<p>We like the garden and the house and the park a lot.</p>"), "wordComplexity"));
        Assert.Equal(6, Score(Html("<p>Notwithstanding incomprehensible bureaucratic obfuscation persists.</p>"), "wordComplexity"));
    }

    [Fact]
    public void Too_many_complex_words_is_red_in_cornerstone_content()
    {
        const string hard = "<p>Notwithstanding incomprehensible bureaucratic obfuscation persists.</p>";
        Assert.Equal(3, Score(Html(hard, cornerstone: true), "wordComplexity"));
        Assert.Equal(9, Score(Html("<p>We like the garden and the house and the park a lot.</p>", cornerstone: true), "wordComplexity"));
    }

    [Fact]
    public void Keyphrase_words_are_not_complex() =>
        Assert.Equal(9, Score(Html("<p>Photovoltaic panels on photovoltaic roofs shine for us all day long.</p>", "photovoltaic"), "wordComplexity"));

    [Fact]
    public void Long_centered_text()
    {
        string longText = Words(12);
        Assert.Equal(2, Score(Html($"<p class=\"has-text-align-center\">{longText}</p>"), "textAlignment"));
        Assert.Null(Result(Html("<p class=\"has-text-align-center\">Short line.</p>"), "textAlignment"));
        var rtl = Html($"<p style=\"text-align:center\">{longText}</p>") with { Locale = "he_IL" };
        Assert.Contains("right", Kit.Analyze(rtl).Readability["textAlignment"]!.Value.Fix);
    }

    [Fact]
    public void Flesch_reading_ease_is_in_facts_and_not_in_the_score()
    {
        var result = Kit.Analyze(Html("<p>The cat sat on the mat. The dog ran to the park. We all had fun in the sun today.</p>"));
        Assert.NotNull(result.Facts.FleschReadingEase);
        Assert.InRange(result.Facts.FleschReadingEase!.Value, 90, 100);
        Assert.NotNull(result.Readability["fleschReadingEase"]);
        Assert.Null(Kit.Analyze(Html("<p>Too few words here.</p>")).Facts.FleschReadingEase);
    }

    [Fact]
    public void Classic_formulas_on_hand_computed_counts()
    {
        // 100 words, 5 sentences, 150 syllables, 10 words of 3+ syllables, 450 letters.
        Assert.Equal(206.835 - 1.015 * 20 - 84.6 * 1.5, English.Instance.FleschReadingEase(100, 5, 150)!.Value, 6);
        Assert.Equal(0.39 * 20 + 11.8 * 1.5 - 15.59, ReadabilityFormulas.FleschKincaidGrade(100, 5, 150), 6);
        Assert.Equal(0.4 * (20 + 10), ReadabilityFormulas.GunningFog(100, 5, 10), 6);
        Assert.Equal(1.043 * Math.Sqrt(60) + 3.1291, ReadabilityFormulas.Smog(5, 10), 6);
        Assert.Equal(0.0588 * 450 - 0.296 * 5 - 15.8, ReadabilityFormulas.ColemanLiau(100, 5, 450), 6);
        Assert.Equal(4.71 * 4.5 + 0.5 * 20 - 21.43, ReadabilityFormulas.AutomatedReadabilityIndex(100, 5, 450), 6);
        Assert.Equal(2, ReadabilityFormulas.ReadingTimeMinutes(300));
        Assert.Equal(0, ReadabilityFormulas.ReadingTimeMinutes(0));
    }

    [Fact]
    public void Facts_carry_the_formulas()
    {
        var facts = Kit.Analyze(Html($"<p>{Words(120)}</p>")).Facts;
        foreach (var key in new[] { "fleschKincaidGrade", "gunningFog", "smog", "colemanLiau", "automatedReadabilityIndex", "readingTimeMinutes", "syllableCount" })
            Assert.True(facts.Extra.ContainsKey(key), key);
    }

    [Fact]
    public void Empty_text_gives_results_without_crashing()
    {
        var result = Kit.Analyze(Html(""));
        Assert.Equal(3, result.Readability["textPresence"]!.Value.Score);
        Assert.Equal(-50, result.Seo["keyphraseDensity"]!.Value.Score);
        Assert.Equal(-20, result.Seo["textLength"]!.Value.Score);
        Assert.Equal(30, result.Readability.Score);
    }
}
