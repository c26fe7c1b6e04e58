using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>
/// Has another page of the site already used this keyphrase? Pages competing for one keyphrase split its ranking.
/// Runs only when the caller supplies the keyphrases other pages use.
/// </summary>
public sealed class PreviouslyUsedKeyphrase : Assessment
{
    /// <inheritdoc/>
    public override string Id => "previouslyUsedKeywords";
    /// <inheritdoc/>
    public override string Name => "Previously used keyphrase";
    /// <inheritdoc/>
    public override string Summary => "Checks that no other page of the site already uses the same keyphrase.";

    /// <inheritdoc/>
    public override bool IsApplicable(AnalysisContext context, Topic topic) =>
        context.Paper.UsedKeyphrases is not null && !context.Get<TopicForms>(topic).Keyphrase.IsEmpty;

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var own = Key(context, topic.Keyphrase);
        var self = context.Paper.Permalink.Trim().TrimEnd('/');
        var others = (context.Paper.UsedKeyphrases ?? [])
            .Where(u => Key(context, u.Keyphrase) == own && !u.Url.Trim().TrimEnd('/').Equals(self, StringComparison.OrdinalIgnoreCase))
            .Select(u => u.Url).Distinct().ToList();
        if (others.Count == 0) return Result(9, new MessageArgs(0));
        string list = string.Join(", ", others.Take(3)) + (others.Count > 3 ? $" and {others.Count - 3} more" : "");
        return Result(others.Count == 1 ? 6 : 1, new MessageArgs(0, A: others.Count, S: list));
    }

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.A == 0) text.Write("No other page uses this keyphrase yet. Good.");
        else if (says.A == 1) text.Write($"Another page already uses this keyphrase: {says.S}.");
        else text.Write($"{says.A} other pages already use this keyphrase: {says.S}.");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.A == 1) text.Write("Choose another keyphrase, or merge or link the pages.");
        else if (says.A > 1) text.Write("Choose a distinct keyphrase for each page.");
    }

    /// <summary>
    /// The key under which two keyphrases count as the same: their content words, sorted, so "the best tea" and
    /// "tea best" share one. Lets a caller group a site's pages by keyphrase the way this check compares them.
    /// </summary>
    public static string Key(AnalysisContext context, string keyphrase)
    {
        var forms = TopicForms.Prepare(context, keyphrase);
        return string.Join(' ', forms.ContentWords.Order(StringComparer.Ordinal));
    }
}
