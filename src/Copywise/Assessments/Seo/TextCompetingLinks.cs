using Copywise.Analysis;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Assessments.Seo;

/// <summary>
/// Do links in the text use the keyphrase as anchor text? Such links tell search engines another page is about the
/// same topic. An anchor competes when its words are all keyphrase (or synonym) words and it contains the whole keyphrase.
/// </summary>
public sealed class TextCompetingLinks : Assessment
{
    /// <inheritdoc/>
    public override string Id => "textCompetingLinks";
    /// <inheritdoc/>
    public override string Name => "Competing links";
    /// <inheritdoc/>
    public override string Summary => "Checks that no link in the text uses the keyphrase or a synonym as its anchor text.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var competing = Competing(context, topic);
        if (competing.Count == 0) return Result(8, new MessageArgs(0));
        return Result(2, new MessageArgs(0, A: competing.Count), SourceMarks.Of(competing));
    }

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.A == 0) text.Write("No link uses the keyphrase or a synonym as its anchor text. Good.");
        else text.Write($"{new Counted(says.A, "link uses", "links use")} the keyphrase or a synonym as anchor text, competing with this page.");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.A > 0) text.Write("Change the anchor text of those links, or link to this page instead.");
    }

    /// <summary>The links whose anchor text is the topic.</summary>
    public static List<Link> Competing(AnalysisContext context, Topic topic)
    {
        var result = new List<Link>();
        var forms = context.Get<TopicForms>(topic);
        if (forms.Keyphrase.IsEmpty || context.Text.Words.Length == 0) return result;
        var text = context.Document.Text;
        string permalink = context.Paper.Permalink.Trim().TrimEnd('/');
        var functionWords = context.Language.FunctionWords;
        foreach (var link in context.Document.Links)
        {
            var href = link.Href.Trim();
            if (href.StartsWith('#') || (permalink.Length > 0 && href.TrimEnd('/').Equals(permalink, StringComparison.OrdinalIgnoreCase))) continue;
            int s = link.TextStart, e = link.TextStart + link.TextLength;
            if (!TopicMatcher.MatchTopic(forms, text, s, e, useSynonyms: true).All) continue;
            // Every content word of the anchor must belong to the keyphrase or to one synonym.
            var words = MatchTokens.Split(text[s..e].ToString(), context.Language.Segmenter).Select(w => MatchTokens.Normalize(w, forms.Keyphrase.TurkicCasing)).Distinct().ToList();
            var content = words.Where(w => !functionWords.Contains(w)).ToList();
            if (content.Count > 0) words = content;
            foreach (var phrase in forms.All)
            {
                if (words.All(w => Enumerable.Range(0, phrase.Forms.Length).Any(k => phrase.Matches(k, w)) || (phrase.Exact && phrase.Words.Contains(w))))
                {
                    result.Add(link);
                    break;
                }
            }
        }
        return result;
    }
}
