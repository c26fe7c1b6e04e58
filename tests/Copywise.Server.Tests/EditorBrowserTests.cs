using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Copywise.Server.Tests;

/// <summary>The service on Kestrel and Debian's Chromium driven by Playwright (no browser download).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public KestrelFixture Server { get; } = new();
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        var chromium = Environment.GetEnvironmentVariable("COPYWISE_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException($"the browser tests need Chromium at {chromium} (Debian: apt-get install chromium; or set COPYWISE_CHROMIUM)");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        if (Browser != null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

public sealed class EditorBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private readonly List<string> _requests = [];

    public async Task InitializeAsync()
    {
        _context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, BaseURL = fixture.Server.BaseAddress.ToString() });
        _context.SetDefaultTimeout(15_000);
        _page = await _context.NewPageAsync();
        _page.Request += (_, request) => _requests.Add(request.Url);
        await _page.GotoAsync("/");
        // The language list comes from the service; once it is in, the editor is ready.
        await Expect(_page.Locator("#language option[value=en]")).ToHaveTextAsync(new Regex(@"English \(en\)"));
    }

    public async Task DisposeAsync()
    {
        // Everything the page loaded came from the service itself: it works offline.
        Assert.All(_requests, url => Assert.True(url.StartsWith(fixture.Server.BaseAddress.ToString(), StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), url));
        await _context.DisposeAsync();
    }

    private static string ArticleBody()
    {
        var html = File.ReadAllText(TestPaths.Example("electric-bikes.html"));
        return html[(html.IndexOf("<body>", StringComparison.Ordinal) + 6)..html.IndexOf("</body>", StringComparison.Ordinal)];
    }

    private Task Paste(string mediaType, string data) =>
        _page.EvaluateAsync(@"([type, data]) => {
            const editor = document.getElementById('body-editor');
            editor.focus();
            const transfer = new DataTransfer();
            transfer.setData(type, data);
            editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
        }", new[] { mediaType, data });

    private async Task Screenshot(string name) =>
        await _page.ScreenshotAsync(new() { Path = Path.Combine(TestPaths.Artifacts, name), FullPage = false });

    // Runs an edit and waits until the analysis it causes is on screen.
    private async Task AnalysedAfter(Func<Task> edit)
    {
        await _page.RunAndWaitForResponseAsync(edit, r => r.Url.EndsWith("/api/v1/analyze", StringComparison.Ordinal));
        await _page.WaitForFunctionAsync("() => !document.getElementById('status').textContent.startsWith('Analysing')");
    }

    private async Task WriteArticle()
    {
        await _page.FillAsync("#title", "Electric bikes for commuting: what to know");
        await _page.FillAsync("#slug", "electric-bikes");
        await _page.FillAsync("#description", "Electric bikes make commuting faster and cheaper. What to look for in range, weight, brakes and price before you buy an e-bike.");
        await _page.FillAsync("#keyphrase", "electric bikes");
        await Paste("text/html", ArticleBody());
        await Expect(_page.Locator("#seo-score-value")).ToHaveTextAsync(new Regex(@"\d+/100"));
        await Expect(_page.Locator("#readability-score-value")).ToHaveTextAsync(new Regex(@"\d+/100"));
    }

    [Fact]
    public async Task Pasting_an_article_shows_scores_that_change_after_an_edit()
    {
        await WriteArticle();
        await Expect(_page.Locator("#body-editor h2")).ToHaveCountAsync(3);
        await Expect(_page.Locator("#body-editor img[alt]")).ToHaveCountAsync(1);
        var seo = await _page.Locator("#seo-score-value").TextContentAsync();
        var words = await _page.Locator("#facts dd").First.TextContentAsync();
        Assert.Matches("^(bad|ok|good)$", await _page.Locator("#seo-score").GetAttributeAsync("data-rating"));
        Assert.True(await _page.Locator("#seo-results li.result").CountAsync() > 10);
        Assert.True(await _page.Locator("#readability-results li.result").CountAsync() > 5);
        // Bad before ok before good.
        var ratings = await _page.Locator("#seo-results > li.result").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.rating)");
        var order = new Dictionary<string, int> { ["bad"] = 0, ["ok"] = 1, ["feedback"] = 2, ["good"] = 3 };
        Assert.Equal(ratings.OrderBy(r => order[r]).ToArray(), ratings);
        await Screenshot("editor.png");

        // An edit: the article shrinks to one sentence, and the scores follow.
        await _page.FocusAsync("#body-editor");
        await _page.Keyboard.PressAsync("Control+A");
        await _page.Keyboard.TypeAsync("Electric bikes are fun.");
        await Expect(_page.Locator("#facts dd").First).ToHaveTextAsync("4");
        await Expect(_page.Locator("#seo-score-value")).Not.ToHaveTextAsync(seo!);
        Assert.NotEqual(words, await _page.Locator("#facts dd").First.TextContentAsync());
        await Screenshot("editor-after-edit.png");
    }

    [Fact]
    public async Task An_eye_highlights_the_marks_in_the_text_and_a_second_click_clears_them()
    {
        await WriteArticle();
        var eye = _page.Locator("li.result[data-id=introductionKeyword] button.eye");
        await Expect(eye).ToHaveAttributeAsync("aria-pressed", "false");
        await eye.ClickAsync();
        await Expect(eye).ToHaveAttributeAsync("aria-pressed", "true");
        var marked = await _page.EvaluateAsync<string[]>("() => [...(CSS.highlights.get('copywise-marks') ?? [])].map(r => r.toString())");
        Assert.NotEmpty(marked);
        Assert.Contains(marked, text => text.Contains("lectric bike", StringComparison.OrdinalIgnoreCase));
        await Expect(_page.Locator("#highlight-status")).ToHaveTextAsync(new Regex(@"^\d+ places? highlighted"));
        await Screenshot("editor-highlight.png");

        await eye.ClickAsync();
        await Expect(eye).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.Equal(0, await _page.EvaluateAsync<int>("() => CSS.highlights.get('copywise-marks')?.size ?? 0"));

        // Marks on an image's alt text outline the image.
        await AnalysedAfter(() => _page.FillAsync("#keyphrase", "commuter"));
        var imageEye = _page.Locator("li.result[data-id=imageKeyphrase] button.eye");
        await imageEye.ClickAsync();
        await Expect(_page.Locator("#body-editor img.marked")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_preview_cuts_a_long_title_and_description_on_desktop_and_mobile()
    {
        await _page.FillAsync("#permalink", "https://example.com/blog/");
        await _page.FillAsync("#slug", "electric-bikes");
        await _page.FillAsync("#title", "Electric bikes for commuting: range, weight, brakes, price and everything else to know before you buy one");
        await _page.FillAsync("#description", string.Join(' ', Enumerable.Repeat("Electric bikes make commuting faster.", 8)));

        await Expect(_page.Locator("#snippet-url")).ToHaveTextAsync("example.com › blog › electric-bikes");
        await Expect(_page.Locator("#snippet")).ToHaveAttributeAsync("data-title-truncated", "true");
        var desktopTitle = await _page.Locator("#snippet-title").TextContentAsync();
        Assert.EndsWith("…", desktopTitle);
        Assert.StartsWith("Electric bikes for commuting", desktopTitle);
        var description = await _page.Locator("#snippet-description").TextContentAsync();
        Assert.EndsWith("…", description);
        Assert.True(description!.Length <= 156);
        await Expect(_page.Locator("#title-meter")).ToHaveAttributeAsync("data-rating", "bad");
        Assert.True(int.Parse((await _page.Locator("#title-meter").GetAttributeAsync("aria-valuenow"))!) > 600);
        await Expect(_page.Locator("#description-meter")).ToHaveAttributeAsync("data-rating", "bad");
        await Screenshot("editor-preview-desktop.png");

        await _page.CheckAsync("#mode-mobile");
        await Expect(_page.Locator("#snippet")).ToHaveClassAsync(new Regex(@"\bmobile\b"));
        await Expect(_page.Locator("#snippet-description")).Not.ToHaveTextAsync(description);
        var mobileTitle = await _page.Locator("#snippet-title").TextContentAsync();
        Assert.EndsWith("…", mobileTitle);
        Assert.True((await _page.Locator("#snippet-description").TextContentAsync())!.Length <= 120);
        await _page.Locator("#snippet").ScreenshotAsync(new() { Path = Path.Combine(TestPaths.Artifacts, "preview-mobile.png") });

        // A title that fits is shown whole and the bar turns green.
        await _page.FillAsync("#title", "Electric bikes for commuting");
        await Expect(_page.Locator("#snippet-title")).ToHaveTextAsync("Electric bikes for commuting");
        await Expect(_page.Locator("#title-meter")).ToHaveAttributeAsync("data-rating", "good");
    }

    [Fact]
    public async Task Pasted_markdown_becomes_rich_text_and_fills_the_empty_fields()
    {
        await Paste("text/plain", File.ReadAllText(TestPaths.Example("sourdough-starter.md")));
        await Expect(_page.Locator("#title")).ToHaveValueAsync("How to Keep a Sourdough Starter Alive");
        await Expect(_page.Locator("#keyphrase")).ToHaveValueAsync("sourdough starter");
        await Expect(_page.Locator("#body-editor h2").First).ToBeVisibleAsync();
        await Expect(_page.Locator("#body-editor")).Not.ToContainTextAsync("keyphrase:");
        await Expect(_page.Locator("#seo-score-value")).ToHaveTextAsync(new Regex(@"\d+/100"));
    }

    [Fact]
    public async Task A_late_answer_to_an_older_request_never_replaces_a_newer_one()
    {
        // The first analysis of the edited text is held back until after the next one has been answered.
        var held = new TaskCompletionSource();
        await _page.RouteAsync("**/api/v1/analyze", async route =>
        {
            if (route.Request.PostData?.Contains("first version") == true) await held.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await route.ContinueAsync();
        });
        await _page.FocusAsync("#body-editor");
        await _page.RunAndWaitForRequestAsync(() => _page.Keyboard.TypeAsync("The first version."),
            r => r.Url.EndsWith("/api/v1/analyze", StringComparison.Ordinal) && r.PostData?.Contains("first version") == true);
        await _page.Keyboard.PressAsync("Control+A");
        await _page.Keyboard.TypeAsync("A second version with more words in it.");
        await Expect(_page.Locator("#facts dd").First).ToHaveTextAsync("8");
        held.SetResult();
        await Task.Delay(1000);
        await Expect(_page.Locator("#facts dd").First).ToHaveTextAsync("8");
    }

    [Fact]
    public async Task The_api_reference_page_renders_from_the_service_alone()
    {
        await _page.GotoAsync("/reference");
        await Expect(_page.GetByText("Analyses one paper").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await _page.ScreenshotAsync(new() { Path = Path.Combine(TestPaths.Artifacts, "reference.png") });
    }

    [Fact]
    public async Task The_editor_is_labelled_for_screen_readers_and_works_from_the_keyboard()
    {
        var unlabelled = await _page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('input, select, textarea, [contenteditable], button, [role=meter]')]
            .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby') && !e.textContent.trim())
            .map(e => e.outerHTML.slice(0, 80))");
        Assert.Empty(unlabelled);

        // The skip link leads to the text, where typing and a shortcut for a heading work.
        await _page.Keyboard.PressAsync("Tab");
        await Expect(_page.Locator(".skip-link")).ToBeFocusedAsync();
        await _page.Keyboard.PressAsync("Enter");
        await Expect(_page.Locator("#body-editor")).ToBeFocusedAsync();
        await _page.Keyboard.TypeAsync("Electric bikes explained");
        await _page.Keyboard.PressAsync("Control+Alt+2");
        await Expect(_page.Locator("#body-editor h2")).ToHaveTextAsync("Electric bikes explained");

        // A result's eye is a button that the keyboard presses.
        await AnalysedAfter(() => _page.FillAsync("#keyphrase", "electric bikes"));
        var eye = _page.Locator("#seo-results button.eye").First;
        await eye.FocusAsync();
        await _page.Keyboard.PressAsync("Enter");
        await Expect(eye).ToHaveAttributeAsync("aria-pressed", "true");
        await _page.Keyboard.PressAsync("Space");
        await Expect(eye).ToHaveAttributeAsync("aria-pressed", "false");
    }
}
