using System.Collections.Frozen;
using Copywise.Text;

namespace Copywise.Research;

/// <summary>
/// The links in the text whose anchor text is the topic: every content word of the anchor belongs to the keyphrase or
/// to one synonym. Such a link competes with the page for its own keyphrase. Links to the page itself and to places
/// in it (#...) do not count.
/// </summary>
public sealed class CompetingLinks : ITopicResearch<CompetingLinks>
{
    private CompetingLinks(Link[] links) => Links = links;

    // Most pages have none: one shared answer.
    private static readonly CompetingLinks None = new([]);

    /// <summary>The competing links, in document order.</summary>
    public IReadOnlyList<Link> Links { get; }

    /// <inheritdoc/>
    public static CompetingLinks Compute(AnalysisContext context, Topic topic)
    {
        var forms = context.Get<TopicForms>(topic);
        if (forms.Keyphrase.IsEmpty || context.Text.Words.Length == 0 || context.Document.Links.Count == 0) return None;
        var text = context.Document.Text;
        var permalink = context.Paper.Permalink.AsSpan().Trim().TrimEnd('/');
        var found = new PooledBuffer<Link>(4);
        // Indexed loops: a foreach over the lists' interface would make an enumerator each.
        var links = context.Document.Links;
        for (int i = 0; i < links.Count; i++)
        {
            var link = links[i];
            var href = link.Href.AsSpan().Trim();
            if (href.StartsWith('#') || (permalink.Length > 0 && href.TrimEnd('/').Equals(permalink, StringComparison.OrdinalIgnoreCase))) continue;
            int s = link.TextStart, e = link.TextStart + link.TextLength;
            if (!TopicMatcher.MatchTopic(forms, text, s, e, useSynonyms: true).All) continue;
            for (int p = 0; p < forms.All.Count; p++)
            {
                if (AnchorIs(forms.All[p], text, s, e, context.Language.FunctionWords, context.Language.Segmenter))
                {
                    found.Add(link);
                    break;
                }
            }
        }
        if (found.Count > 0) return new CompetingLinks(found.ToArrayAndRelease());
        found.Release();
        return None;
    }

    // Every content word of the anchor (every word, when it has only function words) is a word of the phrase.
    private static bool AnchorIs(PhraseForms phrase, ReadOnlySpan<char> text, int start, int end, FrozenSet<string> functionWords, WordSegmenter? segmenter)
    {
        var state = new AnchorWords(text, phrase, functionWords);
        MatchTokens.ForEach(text, start, end, ref state, static (ref AnchorWords st, int s, int e) => st.Visit(s, e), segmenter);
        return state.AnyContent ? state.AllContentInPhrase : state.AllInPhrase;
    }

    private ref struct AnchorWords(ReadOnlySpan<char> text, PhraseForms phrase, FrozenSet<string> functionWords)
    {
        private readonly ReadOnlySpan<char> _text = text;
        public bool AnyContent, AllContentInPhrase = true, AllInPhrase = true;

        public void Visit(int s, int e)
        {
            // The word strings are shared per thread: an anchor's words are mostly words seen before.
            var word = Languages.WordStrings.Normalized(_text[s..e], phrase.TurkicCasing);
            bool inPhrase = InPhrase(word);
            bool function = functionWords.Contains(word);
            AllInPhrase &= inPhrase;
            if (function) return;
            AnyContent = true;
            AllContentInPhrase &= inPhrase;
        }

        private readonly bool InPhrase(ReadOnlySpan<char> word)
        {
            for (int k = 0; k < phrase.Forms.Length; k++) if (phrase.Matches(k, word)) return true;
            if (!phrase.Exact) return false;
            foreach (var w in phrase.Words) if (word.SequenceEqual(w)) return true;
            return false;
        }
    }
}
