using System.Text.Json;

namespace Copywise.Documents;

/// <summary>Reads a paper from its JSON form, the line format of <c>copywise batch</c> and of the HTTP service.</summary>
public static class PaperJson
{
    /// <summary>Reads one paper: <c>{"id","format","text","keyphrase","synonyms","title","description","slug","permalink","locale","titleWidth",…}</c>.</summary>
    /// <exception cref="JsonException">The line is not JSON.</exception>
    /// <exception cref="CopywiseInputException">A field has a value of the wrong kind; <see cref="CopywiseInputException.Field"/> names it.</exception>
    public static (string? Id, Paper Paper) Parse(string line, Paper defaults)
    {
        using var doc = JsonDocument.Parse(line);
        return Parse(doc.RootElement, defaults);
    }

    /// <summary>Reads one paper from a parsed JSON value (which must be an object).</summary>
    /// <exception cref="CopywiseInputException">The value is not an object, or a field has a value of the wrong kind; <see cref="CopywiseInputException.Field"/> names it.</exception>
    public static (string? Id, Paper Paper) Parse(JsonElement root, Paper defaults)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new CopywiseInputException("not a JSON object");
        string? Str(string name) => root.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => Text(v, name),
            JsonValueKind.Null => null,
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => throw new CopywiseInputException($"field '{name}' must be a string", name),
        } : null;
        var p = defaults;
        p = p with { Text = Str("text") ?? "" };
        if (Str("format") is { } f)
        {
            if (!DocumentFormats.TryParse(f, out var format)) throw new CopywiseInputException($"field 'format' must be html, markdown or text, not '{f}'", "format");
            p = p with { Format = format };
        }
        if (Str("keyphrase") is { } k) p = p with { Keyphrase = k };
        if (Str("synonyms") is { } s) p = p with { Synonyms = s };
        if (Str("title") is { } t) p = p with { Title = t };
        if (Str("description") is { } d) p = p with { Description = d };
        if (Str("slug") is { } slug) p = p with { Slug = slug };
        if (Str("permalink") is { } url) p = p with { Permalink = url };
        if (Str("locale") is { } locale) p = p with { Locale = locale };
        if (root.TryGetProperty("cornerstone", out var c))
        {
            p = c.ValueKind switch
            {
                JsonValueKind.True or JsonValueKind.False => p with { Cornerstone = c.GetBoolean() },
                JsonValueKind.Null => p,
                _ => throw new CopywiseInputException("field 'cornerstone' must be true or false", "cornerstone"),
            };
        }
        if (root.TryGetProperty("titleWidth", out var tw) && tw.ValueKind != JsonValueKind.Null)
        {
            // 0 means "not measured", as the reference's papers say it.
            if (tw.ValueKind != JsonValueKind.Number || !tw.TryGetDouble(out var width) || width < 0 || double.IsInfinity(width))
                throw new CopywiseInputException("field 'titleWidth' must be a number of pixels, 0 or more", "titleWidth");
            if (width > 0) p = p with { TitleWidth = width };
        }
        if (root.TryGetProperty("related", out var rel) && rel.ValueKind != JsonValueKind.Null)
        {
            if (rel.ValueKind != JsonValueKind.Array) throw new CopywiseInputException("field 'related' must be an array of keyphrases", "related");
            var list = new List<RelatedKeyphrase>();
            int i = 0;
            foreach (var r in rel.EnumerateArray())
            {
                string field = $"related[{i++}]";
                if (r.ValueKind == JsonValueKind.String) list.Add(new RelatedKeyphrase(Text(r, field)));
                else if (r.ValueKind == JsonValueKind.Object)
                    list.Add(new RelatedKeyphrase(StringIn(r, "keyphrase", field), StringIn(r, "synonyms", field)));
                else throw new CopywiseInputException($"field '{field}' must be a keyphrase or an object {{\"keyphrase\",\"synonyms\"}}", field);
            }
            p = p with { Related = list };
        }
        if (root.TryGetProperty("usedKeyphrases", out var used) && used.ValueKind != JsonValueKind.Null)
        {
            if (used.ValueKind != JsonValueKind.Array) throw new CopywiseInputException("field 'usedKeyphrases' must be an array of {\"keyphrase\",\"url\"} objects", "usedKeyphrases");
            var list = new List<UsedKeyphrase>();
            int i = 0;
            foreach (var u in used.EnumerateArray())
            {
                string field = $"usedKeyphrases[{i++}]";
                if (u.ValueKind != JsonValueKind.Object) throw new CopywiseInputException($"field '{field}' must be an object {{\"keyphrase\",\"url\"}}", field);
                list.Add(new UsedKeyphrase(StringIn(u, "keyphrase", field), StringIn(u, "url", field)));
            }
            p = p with { UsedKeyphrases = list };
        }
        return (Str("id"), p);
    }

    private static string StringIn(JsonElement obj, string name, string parent)
    {
        if (!obj.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return "";
        if (v.ValueKind != JsonValueKind.String) throw new CopywiseInputException($"field '{parent}.{name}' must be a string", parent + "." + name);
        return Text(v, parent + "." + name);
    }

    // Invalid UTF-8 bytes or a lone surrogate escape (\uD800) only show when the string is read.
    private static string Text(JsonElement value, string field)
    {
        try
        {
            return value.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw new CopywiseInputException($"field '{field}' is not valid text (invalid UTF-8 or a lone surrogate)", field);
        }
    }
}
