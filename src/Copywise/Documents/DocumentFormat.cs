namespace Copywise.Documents;

/// <summary>Input formats of an article.</summary>
public enum DocumentFormat
{
    /// <summary>Decide from the file name, else from the content.</summary>
    Auto,
    /// <summary>An HTML fragment or a whole HTML document.</summary>
    Html,
    /// <summary>CommonMark with GitHub extensions, optionally with YAML front matter.</summary>
    Markdown,
    /// <summary>Plain text as news copy is filed: title line, paragraphs, short subheading lines.</summary>
    Text,
}

/// <summary>Parses and names input formats.</summary>
public static class DocumentFormats
{
    /// <summary>Parses a format name (<c>html</c>, <c>markdown</c>/<c>md</c>, <c>text</c>/<c>txt</c>/<c>plain</c>, <c>auto</c>).</summary>
    public static bool TryParse(string? name, out DocumentFormat format)
    {
        switch ((name ?? "").Trim().ToLowerInvariant())
        {
            case "": case "auto": format = DocumentFormat.Auto; return true;
            case "html": case "htm": format = DocumentFormat.Html; return true;
            case "markdown": case "md": format = DocumentFormat.Markdown; return true;
            case "text": case "txt": case "plain": format = DocumentFormat.Text; return true;
            default: format = DocumentFormat.Auto; return false;
        }
    }

    /// <summary>The format a file name implies, or <see cref="DocumentFormat.Auto"/>.</summary>
    public static DocumentFormat FromFileName(string? path)
    {
        string ext = Path.GetExtension(path ?? "").ToLowerInvariant();
        return ext switch
        {
            ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
            ".md" or ".markdown" or ".mdown" or ".mkd" => DocumentFormat.Markdown,
            ".txt" or ".text" => DocumentFormat.Text,
            _ => DocumentFormat.Auto,
        };
    }

    /// <summary>Guesses the format of a text: HTML when it has block or inline tags, Markdown when it has front matter or Markdown structure, else plain text.</summary>
    public static DocumentFormat Sniff(ReadOnlySpan<char> text)
    {
        var head = text.Length > 65536 ? text[..65536] : text;
        var trimmed = head.TrimStart();
        if (trimmed.StartsWith("---")) return DocumentFormat.Markdown;
        if (trimmed.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("<html", StringComparison.OrdinalIgnoreCase)) return DocumentFormat.Html;
        int tags = 0;
        int markdown = 0;
        ReadOnlySpan<string> htmlTags = ["<p>", "<p ", "<h1", "<h2", "<h3", "<h4", "<div", "<ul", "<ol", "<li", "<a ", "<img", "<br", "<table", "<strong", "<em>", "<span", "<section", "<article"];
        foreach (var t in htmlTags)
        {
            if (head.IndexOf(t, StringComparison.OrdinalIgnoreCase) >= 0) tags++;
        }
        if (tags >= 1 && (head.IndexOf("</", StringComparison.Ordinal) >= 0 || head.IndexOf("/>", StringComparison.Ordinal) >= 0)) return DocumentFormat.Html;
        foreach (var line in head.EnumerateLines())
        {
            var l = line.TrimStart();
            if (l.StartsWith("# ") || l.StartsWith("## ") || l.StartsWith("### ") || l.StartsWith("* ") || l.StartsWith("- ") || l.StartsWith("```")) markdown++;
            else if (l.IndexOf("](", StringComparison.Ordinal) > 0 || l.StartsWith("> ")) markdown++;
        }
        return markdown >= 2 ? DocumentFormat.Markdown : DocumentFormat.Text;
    }
}
