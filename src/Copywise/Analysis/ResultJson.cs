using System.Text.Json;

namespace Copywise.Analysis;

/// <summary>Writes results as JSON in the one shape the CLI, the service and the audit share.</summary>
public static class ResultJson
{
    /// <summary>Writes a result object: <c>{"seo":{…},"readability":{…},"related":[…],"facts":{…}, …}</c>.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="result">The result.</param>
    /// <param name="id">A paper id to include first, or null.</param>
    /// <param name="ms">The analysis time in milliseconds to include last, or null.</param>
    public static void Write(Utf8JsonWriter w, AnalysisResult result, string? id = null, double? ms = null)
    {
        w.WriteStartObject();
        if (id != null) w.WriteString("id", id);
        w.WriteString("language", result.Language);
        WriteGroup(w, "seo", result.Seo);
        WriteGroup(w, "readability", result.Readability);
        w.WriteStartArray("related");
        foreach (var r in result.Related)
        {
            w.WriteStartObject();
            w.WriteString("keyphrase", r.Keyphrase);
            w.WriteNumber("score", r.Group.Score);
            WriteResults(w, r.Group.Results);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        var f = result.Facts;
        w.WriteStartObject("facts");
        w.WriteNumber("wordCount", f.WordCount);
        w.WriteNumber("sentenceCount", f.SentenceCount);
        w.WriteNumber("paragraphCount", f.ParagraphCount);
        w.WriteNumber("keyphraseCount", f.KeyphraseCount);
        if (f.FleschReadingEase is { } fre) w.WriteNumber("fleschReadingEase", fre);
        else w.WriteNull("fleschReadingEase");
        foreach (var (k, v) in f.Extra) w.WriteNumber(k, Math.Round(v, 2));
        w.WriteEndObject();
        w.WriteStartObject("paper");
        var p = result.Paper;
        w.WriteString("format", p.Format.ToString().ToLowerInvariant());
        w.WriteString("keyphrase", p.Keyphrase);
        w.WriteString("title", p.Title);
        w.WriteString("description", p.Description);
        w.WriteString("slug", p.Slug);
        w.WriteString("permalink", p.Permalink);
        w.WriteString("locale", p.Locale);
        w.WriteBoolean("cornerstone", p.Cornerstone);
        w.WriteEndObject();
        w.WriteStartArray("notes");
        foreach (var n in result.Notes) w.WriteStringValue(n);
        w.WriteEndArray();
        if (ms is { } t) w.WriteNumber("ms", Math.Round(t, 4));
        w.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter w, string name, ResultGroup group)
    {
        w.WriteStartObject(name);
        w.WriteNumber("score", group.Score);
        WriteResults(w, group.Results);
        w.WriteEndObject();
    }

    // Names of the properties written for every result and mark, encoded once: a plain string name is checked and
    // transcoded on every call, and a result of a long article has hundreds of marks.
    private static readonly JsonEncodedText ResultsName = JsonEncodedText.Encode("results"), IdName = JsonEncodedText.Encode("id"),
        ScoreName = JsonEncodedText.Encode("score"), RatingName = JsonEncodedText.Encode("rating"), TextName = JsonEncodedText.Encode("text"),
        FixName = JsonEncodedText.Encode("fix"), HelpName = JsonEncodedText.Encode("help"), MarksName = JsonEncodedText.Encode("marks"),
        StartName = JsonEncodedText.Encode("start"), EndName = JsonEncodedText.Encode("end");

    private static void WriteResults(Utf8JsonWriter w, IReadOnlyList<AssessmentResult> results)
    {
        w.WriteStartArray(ResultsName);
        // Messages are copied from one buffer: a result whose text was never read makes no string for it here either.
        var text = Assessments.MessageText.Rent();
        try
        {
            // Indexed: an interface foreach would box the list's enumerator.
            for (int i = 0; i < results.Count; i++) WriteResult(w, results[i], text);
        }
        finally { Assessments.MessageText.Return(text); }
        w.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter w, in AssessmentResult r, Assessments.MessageText text)
    {
        w.WriteStartObject();
        w.WriteString(IdName, r.Id);
        w.WriteNumber(ScoreName, r.Score);
        w.WriteString(RatingName, Ratings.Name(r.Rating));
        text.Clear();
        r.WriteTo(text);
        w.WriteString(TextName, text.Span);
        text.Clear();
        r.WriteTo(text, fix: true);
        if (text.Length > 0) w.WriteString(FixName, text.Span);
        w.WriteString(HelpName, r.Help);
        w.WriteStartArray(MarksName);
        var marks = r.Marks;
        for (int i = 0; i < marks.Count; i++)
        {
            var m = marks[i];
            w.WriteStartObject();
            w.WriteNumber(StartName, m.Start);
            w.WriteNumber(EndName, m.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The result as a JSON string.</summary>
    public static string ToJson(AnalysisResult result, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(w, result);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
