using Copywise.Analysis;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Assessments.Seo;

/// <summary>
/// Does the SEO title contain the keyphrase, ideally as written and at its start (function words before it are allowed)?
/// </summary>
public sealed class KeyphraseInSeoTitle : Assessment
{
    /// <inheritdoc/>
    public override string Id => "keyphraseInSEOTitle";
    /// <inheritdoc/>
    public override string Name => "Keyphrase in SEO title";
    /// <inheritdoc/>
    public override string Summary => "Checks that the SEO title contains the keyphrase, best as written and at its start.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var forms = context.Get<TopicForms>(topic).Keyphrase;
        var title = context.Paper.Title;
        if (forms.Words.Length == 0 || string.IsNullOrWhiteSpace(title))
            return Result(2, new MessageArgs(Missing));
        int position = ExactPosition(forms, title);
        if (position >= 0)
        {
            position = AdjustForFunctionWords(context, title, position);
            return position == 0 ? Result(9, new MessageArgs(AtStart)) : Result(6, new MessageArgs(NotAtStart));
        }
        var words = forms.Exact ? default : TopicMatcher.Match(forms, title);
        // A language written without spaces joins the keyphrase's words with particles or in another order
        // ("ふるさと納税 仕組み" as "ふるさと納税の仕組み"): all of them, the first at the start, is the keyphrase at the start.
        if (!forms.Exact && forms.Segmenter is not null && words.All && words.Position == 0)
            return Result(9, new MessageArgs(WordsAtStart));
        if (!forms.Exact && words.All) return Result(6, new MessageArgs(WordsNotAsWritten));
        return Result(2, new MessageArgs(forms.Exact ? NoExact : NotAllWords));
    }

    private const int Missing = 0, AtStart = 1, NotAtStart = 2, WordsAtStart = 3, WordsNotAsWritten = 4, NoExact = 5, NotAllWords = 6;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says) => text.Write(says.Kind switch
    {
        Missing => "Set a keyphrase and an SEO title that contains it.",
        AtStart => "The SEO title starts with the keyphrase as written. Good job!",
        NotAtStart => "The SEO title contains the keyphrase as written, but not at its start.",
        WordsAtStart => "The SEO title starts with the keyphrase's words. Good job!",
        WordsNotAsWritten => "The SEO title contains every word of the keyphrase, but not as written.",
        NoExact => "The SEO title does not contain the exact keyphrase.",
        _ => "The SEO title does not contain all words of the keyphrase.",
    });

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says) => text.Write(says.Kind switch
    {
        Missing => "Write an SEO title that starts with the keyphrase.",
        NotAtStart => "Move the keyphrase to the start of the SEO title.",
        WordsNotAsWritten => "Use the keyphrase as written at the start of the SEO title.",
        NoExact => "Use the exact keyphrase at the start of the SEO title.",
        NotAllWords => "Use the keyphrase at the start of the SEO title.",
        _ => "",
    });

    // The position of the keyphrase's word sequence in the title, whole words, ignoring case; -1 when absent.
    private static int ExactPosition(PhraseForms forms, string title)
    {
        var tokens = new PooledBuffer<(int Start, int End)>(16);
        try
        {
            MatchTokens.ForEach(title, 0, title.Length, ref tokens, static (ref PooledBuffer<(int, int)> list, int s, int e) => list.Add((s, e)), forms.Segmenter);
            var words = forms.Words;
            int longest = 0;
            foreach (var w in words) longest = Math.Max(longest, w.Length);
            Span<char> buffer = longest <= 128 ? stackalloc char[longest] : new char[longest];
            for (int i = 0; i + words.Length <= tokens.Count; i++)
            {
                bool all = true;
                for (int k = 0; k < words.Length && all; k++)
                {
                    var (s, e) = tokens.Items[i + k];
                    all = e - s == words[k].Length
                        && buffer[..MatchTokens.Normalize(title.AsSpan(s, e - s), buffer, forms.TurkicCasing)].SequenceEqual(words[k]);
                }
                if (all) return tokens.Items[i].Start;
            }
            // A language written without spaces writes the keyphrase's words together ("ソロキャンプ 初心者" as
            // "ソロキャンプ初心者"), and its segmenter may cut the compound otherwise: the joined words from a token's start.
            if (forms.Segmenter is not null && tokens.Count > 0)
            {
                string joined = string.Concat(words);
                string normalized = MatchTokens.Normalize(title, forms.TurkicCasing);
                for (int i = 0; i < tokens.Count; i++)
                {
                    int s = tokens.Items[i].Start;
                    if (normalized.AsSpan(s).StartsWith(joined, StringComparison.Ordinal)) return s;
                }
            }
            return -1;
        }
        finally { tokens.Release(); }
    }

    // A keyphrase after function words only ("The best sourdough ...") is at the start.
    private static int AdjustForFunctionWords(AnalysisContext context, string title, int position)
    {
        if (position == 0 || !context.Language.HasFunctionWords) return position;
        var state = (Title: title, Language: context.Language, All: true);
        MatchTokens.ForEach(title, 0, position, ref state, static (ref (string Title, Languages.Language Language, bool All) st, int s, int e) =>
        {
            if (st.All) st.All = st.Language.FunctionWords.Contains(Languages.WordStrings.Normalized(st.Title.AsSpan(s, e - s), st.Language.TurkicCasing));
        }, context.Language.Segmenter);
        return state.All ? 0 : position;
    }
}
