using Copywise.Research;
using Xunit;

namespace Copywise.Tests.Research;

public class MatchTokensTests
{
    [Theory]
    [InlineData("Bike", "bike")]
    [InlineData("It’s", "it's")]
    [InlineData("`quoted`", "'quoted'")]
    [InlineData("ÉTÉ À PARIS", "été à paris")]
    // ASCII after a character beyond ASCII is lowered too, and typographic apostrophes anywhere become ASCII.
    [InlineData("Café OLÉ, then MORE ASCII’S AND ‘QUOTES’ ΑΒΓ", "café olé, then more ascii's and 'quotes' αβγ")]
    [InlineData("😀 EMOJI FIRST", "😀 emoji first")]
    [InlineData("A LONG ASCII SENTENCE WITH A `BACKTICK` IN IT", "a long ascii sentence with a 'backtick' in it")]
    [InlineData("", "")]
    public void Normalize_lowers_case_and_unifies_apostrophes(string token, string expected)
    {
        Assert.Equal(expected, MatchTokens.Normalize(token));
        var buffer = new char[token.Length];
        Assert.Equal(expected, new string(buffer, 0, MatchTokens.Normalize(token, buffer)));
    }

    [Fact]
    public void Normalize_is_turkic_when_asked()
    {
        Assert.Equal("ışık istanbul", MatchTokens.Normalize("IŞIK İstanbul", turkic: true));
    }

    [Fact]
    public void Normalize_refuses_a_destination_shorter_than_the_token()
    {
        Assert.Throws<ArgumentException>(() => MatchTokens.Normalize("word", new char[2]));
    }
}

public class MatchTokenIndexTests
{
    // The index splits the analysis's words further; that must give exactly the tokens MatchTokens.ForEach finds in
    // each sentence, the definition of a match token.
    [Theory]
    [InlineData("en", "Well-known (and [1] well‐liked) e-bikes—cheap/fast—are here. \"Quoted,\" she said: '-x-' and --- or //.")]
    [InlineData("en", "A [bracketed] word, a/b/c, x–y, «guillemets» and ‹single› — then (nested [parts]) end.")]
    [InlineData("en", "A footnote[1]here, x[y]z, a—b and end-of-line.")]
    [InlineData("de", "Die E-Bike-Akkus (z. B. 500-Wh-Akkus) kosten 300–500 €/Stück.")]
    [InlineData("fr", "L'«éco-conception» — c'est-à-dire : penser/agir [ensemble].")]
    public void Tokens_are_those_of_match_tokens_for_each_sentence(string locale, string text)
    {
        var context = Copywise.Tests.Languages.SentenceChecks.Context(locale, $"<p>{text}</p>");
        var index = context.Get<MatchTokenIndex>();
        var expected = new List<(int, int)>();
        foreach (var sentence in context.Text.Sentences)
        {
            MatchTokens.ForEach(context.Document.Text, sentence.Start, sentence.End, ref expected,
                static (ref List<(int, int)> list, int a, int b) => list.Add((a, b)));
        }
        var actual = Enumerable.Range(0, index.Count).Select(t => (index.Start[t], index.EndOf(t))).ToList();
        Assert.Equal(expected, actual);
    }
}

public class WordIdTests
{
    // Words of many parts give more tokens than the index sizes its arrays for: they grow (from the pool) and keep all.
    [Fact]
    public void Token_arrays_grow_past_their_first_size()
    {
        var text = string.Join(' ', Enumerable.Range(0, 300).Select(i => $"w{i}-a-b-c-d-e."));
        var context = Copywise.Tests.Languages.SentenceChecks.Context("en", $"<p>{text}</p>");
        var index = context.Get<MatchTokenIndex>();
        Assert.Equal(300 * 6, index.Count);
        Assert.Equal(300 + 5 + 300, index.DistinctCount); // w0..w299, a..e, and each whole word
        Assert.Equal("w299", context.Document.Text[index.Start[index.Count - 6]..index.EndOf(index.Count - 6)]);
        Assert.Equal("e", index.Form(index.Id[index.Count - 1]).ToString());
    }

    // Every word's id names its normalized form, and equal forms share an id, whether the word is one match token or
    // several (a hyphenated word has an id of its own).
    [Theory]
    [InlineData("en", "Well-known (and [1] well‐liked) e-bikes—cheap/fast—are here. The WELL-KNOWN well-known Well-Known.")]
    [InlineData("en", "It’s IT'S it's. Café CAFÉ café, a/b a/b.")]
    [InlineData("de", "Die E-Bike-Akkus (z. B. 500-Wh-Akkus) kosten 300–500 €/Stück. Die die DIE.")]
    [InlineData("ja", "今日は良い天気です。今日は雨です。")]
    public void Word_ids_name_the_normalized_form(string locale, string text)
    {
        var context = Copywise.Tests.Languages.SentenceChecks.Context(locale, $"<p>{text}</p>");
        var index = context.Get<MatchTokenIndex>();
        var words = context.Text.Words;
        Assert.Equal(words.Length, index.WordId.Length);
        var idOfForm = new Dictionary<string, int>();
        for (int w = 0; w < words.Length; w++)
        {
            var form = MatchTokens.Normalize(context.Text.Text(words[w]).ToString());
            Assert.Equal(form, index.Form(index.WordId[w]).ToString());
            Assert.Equal(idOfForm.TryAdd(form, index.WordId[w]) ? index.WordId[w] : idOfForm[form], index.WordId[w]);
        }
    }

    // Readability figures are worked out once per spelling: words of one form spelled differently keep their own
    // counts (English spells out capitals without a vowel: "TV" has two syllables, "tv" none).
    [Theory]
    [InlineData("en", "The TV and the tv and the Tv. TV TV tv. Beautiful BEAUTIFUL beautiful 2024 2024 HTML html.")]
    [InlineData("de", "Die Ärzte ÄRZTE ärzte. Übermäßig ÜBERMÄSSIG 3,5 3,5 Straße STRASSE.")]
    [InlineData("fr", "L’été L'ÉTÉ l'été. Aujourd’hui AUJOURD'HUI.")]
    public void Readability_figures_equal_those_counted_word_by_word(string locale, string text)
    {
        var context = Copywise.Tests.Languages.SentenceChecks.Context(locale, $"<p>{text}</p>");
        var statistics = context.Get<ReadabilityStatistics>();
        int words = 0, syllables = 0, poly = 0, characters = 0;
        foreach (var w in context.Text.Words)
        {
            var span = context.Text.Text(w);
            if (span.ToString().All(c => char.IsDigit(c) || ".,%-/:".Contains(c))) continue;
            words++;
            characters += span.ToString().Count(char.IsLetterOrDigit);
            int s = context.Language.CountSyllables(span) ?? 0;
            syllables += s;
            if (s >= 3) poly++;
        }
        Assert.Equal((words, syllables, poly, characters), (statistics.Words, statistics.Syllables, statistics.PolysyllabicWords, statistics.Characters));
    }
}

public class TokenTableTests
{
    [Fact]
    public void Equal_slices_share_an_id_and_absent_keys_have_none()
    {
        const string text = "alpha beta alpha gamma beta";
        var table = new TokenTable(text, 4);
        var ids = new[] { (0, 5), (6, 4), (11, 5), (17, 5), (23, 4) }.Select(r => table.GetOrAdd(r.Item1, r.Item2)).ToArray();
        Assert.Equal(new[] { 0, 1, 0, 2, 1 }, ids);
        Assert.Equal(3, table.Count);
        Assert.Equal(2, table.Find("gamma"));
        Assert.Equal(-1, table.Find("delta"));
        Assert.False(table.IsRandomized);
    }

    [Fact]
    public void Many_distinct_keys_survive_regrowth()
    {
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i}").ToArray();
        var text = string.Join(' ', words);
        var table = new TokenTable(text, 16);
        int pos = 0;
        foreach (var w in words) { table.GetOrAdd(pos, w.Length); pos += w.Length + 1; }
        Assert.Equal(words.Length, table.Count);
        for (int i = 0; i < words.Length; i += 997) Assert.Equal(i, table.Find(words[i]));
    }

    // A text crafted so that the cheap hash sends every word to one slot must not make indexing quadratic: the table
    // switches to the randomized hash and keeps its ids.
    [Fact]
    public void Colliding_keys_switch_to_the_randomized_hash()
    {
        const int expected = 4096, slotMask = 8191; // 4,096 expected keys: 8,192 slots, no regrowth below
        var colliding = new List<string>();
        int target = TokenTable.CheapHash("seed") & slotMask;
        for (int i = 0; colliding.Count < 200; i++)
        {
            var candidate = i.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
            if ((TokenTable.CheapHash(candidate) & slotMask) == target) colliding.Add(candidate);
        }
        var text = string.Join(' ', colliding);
        var table = new TokenTable(text, expected);
        int pos = 0;
        var ids = new List<int>();
        foreach (var w in colliding) { ids.Add(table.GetOrAdd(pos, w.Length)); pos += w.Length + 1; }
        Assert.True(table.IsRandomized);
        Assert.Equal(Enumerable.Range(0, colliding.Count), ids);
        for (int i = 0; i < colliding.Count; i++) Assert.Equal(i, table.Find(colliding[i]));
        Assert.Equal(-1, table.Find("not-there"));
    }
}
