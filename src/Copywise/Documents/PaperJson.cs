using System.Text.Json;

namespace Copywise.Documents;

/// <summary>Reads a paper from its JSON form, the line format of <c>copywise batch</c> and of the HTTP service.</summary>
public static class PaperJson
{
    /// <summary>Reads one paper: <c>{"id","format","text","keyphrase","synonyms","title","description","slug","permalink","locale","titleWidth",…}</c>.</summary>
    public static (string? Id, Paper Paper) Parse(string line, Paper defaults)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new CopywiseInputException("not a JSON object");
        string? Str(string name) => root.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null => null,
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => throw new CopywiseInputException($"field '{name}' must be a string"),
        } : null;
        var p = defaults;
        p = p with { Text = Str("text") ?? "" };
        if (Str("format") is { } f)
        {
            if (!DocumentFormats.TryParse(f, out var format)) throw new CopywiseInputException($"field 'format' must be html, markdown or text, not '{f}'");
            p = p with { Format = format };
        }
        if (Str("keyphrase") is { } k) p = p with { Keyphrase = k };
        if (Str("synonyms") is { } s) p = p with { Synonyms = s };
        if (Str("title") is { } t) p = p with { Title = t };
        if (Str("description") is { } d) p = p with { Description = d };
        if (Str("slug") is { } slug) p = p with { Slug = slug };
        if (Str("permalink") is { } url) p = p with { Permalink = url };
        if (Str("locale") is { } locale) p = p with { Locale = locale };
        if (root.TryGetProperty("cornerstone", out var c) && c.ValueKind is JsonValueKind.True or JsonValueKind.False) p = p with { Cornerstone = c.GetBoolean() };
        if (root.TryGetProperty("titleWidth", out var tw) && tw.ValueKind == JsonValueKind.Number && tw.TryGetDouble(out var width) && width > 0) p = p with { TitleWidth = width };
        if (root.TryGetProperty("related", out var rel) && rel.ValueKind == JsonValueKind.Array)
        {
            var list = new List<RelatedKeyphrase>();
            foreach (var r in rel.EnumerateArray())
            {
                if (r.ValueKind == JsonValueKind.String) list.Add(new RelatedKeyphrase(r.GetString() ?? ""));
                else if (r.ValueKind == JsonValueKind.Object)
                    list.Add(new RelatedKeyphrase(r.TryGetProperty("keyphrase", out var rk) ? rk.GetString() ?? "" : "", r.TryGetProperty("synonyms", out var rs) ? rs.GetString() ?? "" : ""));
            }
            p = p with { Related = list };
        }
        if (root.TryGetProperty("usedKeyphrases", out var used) && used.ValueKind == JsonValueKind.Array)
        {
            p = p with
            {
                UsedKeyphrases = used.EnumerateArray().Where(u => u.ValueKind == JsonValueKind.Object)
                    .Select(u => new UsedKeyphrase(u.TryGetProperty("keyphrase", out var uk) ? uk.GetString() ?? "" : "", u.TryGetProperty("url", out var uu) ? uu.GetString() ?? "" : ""))
                    .ToArray(),
            };
        }
        return (Str("id"), p);
    }
}
