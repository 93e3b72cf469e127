using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>One thing wrong that a person would see: who, in which language and width, where, and what.</summary>
internal sealed record SweepProblem(string Role, string Language, int Width, string Url, string Problem)
{
    public override string ToString() => $"{Role,-11} {Language} {Width,4} px  {Url}: {Problem}";
}

/// <summary>
/// A form found on a page: where it sends, how, and the names of what it sends; a GET form's address without its query,
/// its query as it stands and the names of the fields a person types into (or chooses from).
/// </summary>
internal sealed record SweptForm(string Page, string Method, string Key, string Action, string Query, string[] Typed);

/// <summary>
/// Walks the pages of one signed-in person in one browser page, as people do: the navigation, the links within the pages,
/// every GET form with plausible and absurd values, and (<see cref="PostFormsAsync"/>) every POST form empty and absurd.
/// Nothing stops at the first problem: everything found is added to <see cref="Problems"/>.
/// </summary>
internal sealed partial class PageSweep
{
    /// <summary>What careless or hostile input looks like; empty comes first.</summary>
    public static readonly string[] Absurd = ["", "NOPE", "-1", "9999-99-99", new string('x', 150) + " " + new string('y', 149), "<script>alert(1)</script>"];

    /// <summary>
    /// What a link's query is given instead of its values (an applicant "NOPE", a year "-1", a long word): fewer than a form
    /// gets, since every link of a new shape is tried and the forms try the rest.
    /// </summary>
    private static readonly string[] AbsurdQuery = ["", "NOPE", "-1", new string('x', 150) + " " + new string('y', 149)];

    /// <summary>The width at which absurd input is tried, once per language: the narrow one, where a long word shows.</summary>
    public const int ThoroughWidth = 390;

    private bool Thorough => _width == ThoroughWidth;

    /// <summary>Same-origin addresses that are not pages of the site: fetched as links, not walked.</summary>
    private static readonly string[] NotWalked = ["/api/", "/hangfire", "/templates/", "/account/sign-out", "/account/language", "/openapi", "/swagger", "/health"];

    /// <summary>Pages of the same shape (a proposal, a round) walked at most this often per language and width.</summary>
    private const int VisitsPerShape = 1;

    private const int MaxPagesPerWalk = 60;

    private const string ReadPage = """
        () => {
          const iw = window.innerWidth, sw = document.documentElement.scrollWidth;
          const culprits = [];
          if (sw > iw) {
            for (const e of document.querySelectorAll('body *')) {
              const right = e.getBoundingClientRect().right;
              const parent = e.parentElement ? e.parentElement.getBoundingClientRect().right : 0;
              if (right > iw + 1 && parent <= iw + 1 && culprits.length < 4) {
                const cls = typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '';
                culprits.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + cls + ' to ' + Math.round(right) + ' px');
              }
            }
          }
          const attributes = [...document.querySelectorAll('[placeholder],[aria-label],[title]')]
            .map(e => [e.getAttribute('placeholder'), e.getAttribute('aria-label'), e.getAttribute('title')].filter(Boolean).join('\n'));
          const fieldsOf = f => [...f.elements]
            .filter(e => e.name && e.name !== '__RequestVerificationToken' && !['submit', 'button', 'reset', 'image'].includes(e.type))
            .map(e => e.name);
          // The fields the Submit script fills: what a person types or chooses, hidden ones too.
          const typedOf = f => [...f.elements]
            .filter(e => e.name && e.name !== '__RequestVerificationToken'
              && !['submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'file'].includes((e.type || '').toLowerCase()))
            .map(e => e.name);
          const queryOf = f => {
            try { return new URLSearchParams(new FormData(f)).toString(); } catch { return ''; }
          };
          return {
            scrollWidth: sw, innerWidth: iw, culprits,
            lang: document.documentElement.lang || '',
            layout: !!document.querySelector('header.top'),
            contentType: document.contentType,
            text: document.title + '\n' + (document.body ? document.body.innerText : document.documentElement.innerText) + '\n' + attributes.join('\n'),
            links: [...document.querySelectorAll('a[href]')].map(a => ({ href: a.href, download: a.hasAttribute('download') })),
            // Not f.action: a field named "action" hides it.
            forms: [...document.forms].map(f => ({
              method: (f.getAttribute('method') || 'get').toLowerCase(),
              action: new URL(f.getAttribute('action') || location.href, location.href).href,
              fields: fieldsOf(f),
              typed: typedOf(f),
              query: (f.getAttribute('method') || 'get').toLowerCase() === 'get' ? queryOf(f) : '',
            })),
          };
        }
        """;

    private const string Submit = """
        ([index, value]) => {
          const f = document.forms[index];
          window.__swept = true;
          f.noValidate = true;
          if (value !== null) {
            for (const e of [...f.elements]) {
              const type = (e.type || '').toLowerCase();
              if (!e.name || e.name === '__RequestVerificationToken' || ['submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'file'].includes(type)) continue;
              if (e.tagName === 'SELECT') {
                const option = document.createElement('option');
                option.value = value; option.textContent = value; e.appendChild(option); e.value = value; continue;
              }
              if (e.tagName === 'INPUT' && type !== 'hidden' && type !== 'text') e.type = 'text';
              e.removeAttribute('maxlength');
              e.value = value;
            }
          }
          const submitter = f.querySelector('button:not([type]), button[type=submit], input[type=submit]');
          f.requestSubmit(submitter || undefined);
        }
        """;

    private readonly IPage _page;
    private readonly string _origin;
    private readonly string _role;
    private readonly EnglishPhrases _english;
    private readonly List<(string Url, string Text)> _console = [];
    private readonly HashSet<string> _linksChecked = new(StringComparer.Ordinal);
    /// <summary>What was tried with absurd input in the current language: link shapes and GET forms.</summary>
    private readonly HashSet<string> _tried = new(StringComparer.Ordinal);
    /// <summary>The POST forms met on the walks, first met first, and every page each was seen on.</summary>
    private readonly List<SweptForm> _postForms = [];
    private readonly Dictionary<string, List<string>> _postFormPages = new(StringComparer.Ordinal);
    private string _language = "en";
    private int _width;

    public PageSweep(IPage page, string origin, string role, EnglishPhrases english)
    {
        _page = page;
        _origin = origin.TrimEnd('/');
        _role = role;
        _english = english;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _console.Add((message.Location, message.Text));
            }
        };
        page.PageError += (_, error) => _console.Add(("", "uncaught: " + error));
        // A confirmation before acting (reset a password, cancel a task) is answered yes, as the person who clicked means it.
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
    }

    public List<SweepProblem> Problems { get; } = [];

    public string Role => _role;

    /// <summary>The POST forms met on the walks, first met first.</summary>
    public IReadOnlyList<SweptForm> PostForms => _postForms;

    public int Visits { get; private set; }

    /// <summary>
    /// Sets the page's language (the culture cookie, as the language switch does) and the window's width. Links and absurd
    /// input are tried once per language: links do not depend on the width, and absurd input at <see cref="ThoroughWidth"/>.
    /// </summary>
    public async Task UseAsync(string language, int width)
    {
        if (language != _language)
        {
            _linksChecked.Clear();
            _tried.Clear();
        }

        _language = language;
        _width = width;
        await _page.Context.AddCookiesAsync([new Cookie
        {
            Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = _origin,
        }]);
        await _page.SetViewportSizeAsync(width, 800);
    }

    /// <summary>
    /// Walks from <paramref name="start"/> along the links, each page of a shape once; at <see cref="ThoroughWidth"/> also
    /// every link's query with absurd values and every GET form as it stands and with absurd values.
    /// </summary>
    public async Task WalkAsync(string start)
    {
        var queue = new Queue<string>([start]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var pages = 0;
        while (queue.TryDequeue(out var url) && pages++ < MaxPagesPerWalk)
        {
            var state = await VisitAsync(url, () => GotoAsync(url));
            if (state is null)
            {
                continue;
            }

            await CheckLinksAsync(url, state.Value);
            foreach (var link in Walkable(state.Value))
            {
                if (seen.Add(link) && Bump(shapes, Shape(link)) <= VisitsPerShape)
                {
                    queue.Enqueue(link);
                    if (Thorough)
                    {
                        await TryAbsurdQueriesAsync(link);
                    }
                }
            }

            foreach (var form in Forms(url, state.Value))
            {
                if (form.Method == "post")
                {
                    if (!_postFormPages.TryGetValue(form.Key, out var on))
                    {
                        _postForms.Add(form);
                        _postFormPages[form.Key] = on = [];
                    }

                    if (!on.Contains(form.Page))
                    {
                        on.Add(form.Page);
                    }
                }
                else if (Thorough && _tried.Add(form.Key))
                {
                    foreach (var value in new string?[] { null }.Concat(Absurd))
                    {
                        await SubmitGetAsync(form, value);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Submits every POST form met on the walks, empty and with each absurd value, in each language at
    /// <see cref="ThoroughWidth"/>: value by value, each language in turn, so that a form that acts at once (an approval
    /// whose note is optional) is seen answering in both languages as long as a page still offers it.
    /// </summary>
    public async Task PostFormsAsync(IReadOnlyList<string> languages)
    {
        foreach (var form in _postForms)
        {
            foreach (var value in Absurd)
            {
                foreach (var language in languages)
                {
                    await UseAsync(language, ThoroughWidth);
                    await SubmitPostAsync(form, value);
                }
            }
        }
    }

    /// <summary>A GET form sends its fields as the address's query: that address, with the typed fields given <paramref name="value"/> (null: as they stand).</summary>
    private async Task SubmitGetAsync(SweptForm form, string? value)
    {
        var what = $"GET form {form.Key} " + (value is null ? "as it stands" : value.Length == 0 ? "empty" : $"with \"{Short(value)}\"");
        var pairs = form.Query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => (Name: Uri.UnescapeDataString(p[0].Replace('+', ' ')), Value: p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : ""))
            .ToList();
        if (value is not null)
        {
            pairs = [.. pairs.Where(p => !form.Typed.Contains(p.Name)), .. form.Typed.Distinct().Select(n => (Name: n, Value: value))];
        }

        var url = form.Action + "?" + string.Join('&', pairs.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));
        await VisitAsync(what, () => GotoAsync(url));
    }

    /// <summary>Opens a page that offers the form, fills the form and checks what the answer shows.</summary>
    private async Task SubmitPostAsync(SweptForm form, string value)
    {
        var what = $"POST form {form.Key} " + (value.Length == 0 ? "empty" : $"with \"{Short(value)}\"");
        var pages = _postFormPages[form.Key];
        try
        {
            var index = -1;
            // The form may be gone from a page (its pair was decided by an earlier submission): another page may still offer it.
            while (pages.Count > 0)
            {
                await GotoAsync(pages[0]);
                var forms = (await _page.EvaluateAsync<JsonElement>(ReadPage)).GetProperty("forms").EnumerateArray().Select(FormKey).ToList();
                index = forms.IndexOf(form.Key);
                if (index >= 0)
                {
                    break;
                }

                pages.RemoveAt(0);
            }

            if (index < 0)
            {
                return; // no page offers it any more: nothing left to try
            }

            await VisitAsync(what, async () =>
            {
                // The answer that ends the navigation (after any redirect), then the new document, fully loaded.
                var answer = _page.WaitForResponseAsync(r => r.Request.IsNavigationRequest && r.Request.Frame == _page.MainFrame && r.Status is < 300 or >= 400);
                await _page.EvaluateAsync(Submit, new object?[] { index, value });
                var response = await answer;
                await NewDocumentAsync();
                return response;
            });
        }
        catch (Exception error) when (error is PlaywrightException or TimeoutException)
        {
            Add(pages.FirstOrDefault() ?? form.Page, $"{what}: {FirstLine(error.Message)}");
        }
    }

    /// <summary>
    /// Goes to a page. A page that refreshes itself while work runs (a round, a model's training) can start its own
    /// navigation just as this one starts, and the browser aborts one of them: that is no defect, so it goes again.
    /// </summary>
    private async Task<IResponse?> GotoAsync(string url)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await _page.GotoAsync(url);
            }
            catch (PlaywrightException error) when (attempt < 3 && error.Message.Contains("ERR_ABORTED", StringComparison.Ordinal))
            {
                await _page.WaitForLoadStateAsync(LoadState.Load);
            }
        }
    }

    /// <summary>
    /// Waits until the submitted form's answer has replaced the page and finished loading: the old document carries a
    /// mark that the new one lacks. Reading while the page is replaced throws; that is the wait, not a failure.
    /// </summary>
    private async Task NewDocumentAsync()
    {
        var deadline = Environment.TickCount64 + 15_000;
        while (Environment.TickCount64 < deadline)
        {
            try
            {
                if (await _page.EvaluateAsync<bool>("() => window.__swept !== true && document.readyState === 'complete'"))
                {
                    return;
                }
            }
            catch (PlaywrightException)
            {
                // the page is being replaced
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the form's answer never replaced the page");
    }

    /// <summary>A link's query with absurd values (an applicant "NOPE", a year "-1"): the page answers in its layout and language.</summary>
    private async Task TryAbsurdQueriesAsync(string link)
    {
        var uri = new Uri(link);
        var names = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).ToList();
        if (names.Count == 0 || !_tried.Add("query " + Shape(link)))
        {
            return;
        }

        foreach (var value in AbsurdQuery)
        {
            var query = string.Join('&', names.Select(n => $"{n}={Uri.EscapeDataString(value)}"));
            var absurd = $"{uri.GetLeftPart(UriPartial.Path)}?{query}";
            await VisitAsync(absurd, () => GotoAsync(absurd));
        }
    }

    /// <summary>Loads a page and checks what a person sees; returns what the page holds, or null when it could not be read.</summary>
    private async Task<PageState?> VisitAsync(string what, Func<Task<IResponse?>> load)
    {
        Visits++;
        _console.Clear();
        IResponse? response;
        try
        {
            response = await load();
        }
        catch (Exception error) when (error is PlaywrightException or TimeoutException)
        {
            Add(what, "does not load: " + FirstLine(error.Message));
            return null;
        }

        var url = _page.Url.StartsWith(_origin, StringComparison.Ordinal) ? _page.Url[_origin.Length..] : _page.Url;
        var where = what.StartsWith(_origin, StringComparison.Ordinal) ? what[_origin.Length..] : what;
        if (where != url)
        {
            where = $"{where} -> {url}";
        }

        var status = response?.Status ?? 200;
        // A 4xx is a fair answer to absurd input (and a broken link is reported by the page that links to it); a 5xx never is.
        if (status >= 500)
        {
            Add(where, $"answers {status}");
        }

        PageState state;
        try
        {
            state = JsonSerializer.Deserialize<PageState>((await _page.EvaluateAsync<JsonElement>(ReadPage)).GetRawText(), Json);
        }
        catch (Exception error) when (error is PlaywrightException or JsonException)
        {
            Add(where, "cannot be read: " + FirstLine(error.Message));
            return null;
        }

        var contentType = response is null ? state.ContentType : (await response.HeaderValueAsync("content-type") ?? "");
        var trimmed = state.Text.Trim();
        if (contentType.Contains("json", StringComparison.OrdinalIgnoreCase) || LooksLikeJson(trimmed))
        {
            Add(where, $"shows raw JSON: {Short(trimmed)}");
        }
        else if (!state.Layout)
        {
            Add(where, $"shows no site layout ({status}): {Short(trimmed)}");
        }

        if (state.Layout && state.Lang != _language)
        {
            Add(where, $"is in '{state.Lang}', not '{_language}'");
        }

        if (state.ScrollWidth > state.InnerWidth)
        {
            Add(where, $"overflows: {state.ScrollWidth} px wide in {state.InnerWidth} px ({string.Join(", ", state.Culprits)})");
        }

        // The browser reports a page answering 4xx as a failed load of itself: that is the status, seen above, not an error.
        foreach (var (location, text) in _console.Where(c => !(c.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
                     && c.Url.StartsWith(_page.Url, StringComparison.Ordinal))).Distinct())
        {
            Add(where, $"console error: {Short(text)}" + (location.Length > 0 ? $" ({location})" : ""));
        }

        if (state.Text.Contains("phrase: ", StringComparison.Ordinal) || PhraseCode().IsMatch(state.Text))
        {
            Add(where, "shows a phrase code instead of words");
        }

        if (_language == "fr" && _english.FoundIn(state.Text) is { Count: > 0 } english)
        {
            Add(where, "English on a French page: " + string.Join(" | ", english.Take(8).Select(p => $"\"{p}\"")) + (english.Count > 8 ? $" (+{english.Count - 8})" : ""));
        }

        return state;
    }

    /// <summary>Every link and download of the page answers below 400 with the page's own session (its cookies), and not with the sign-in page.</summary>
    private async Task CheckLinksAsync(string page, PageState state)
    {
        foreach (var link in state.Links.Select(l => l.Href.Split('#')[0]).Where(SameOrigin).Distinct())
        {
            if (!_linksChecked.Add(link) || link.Contains("/account/sign-out", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                var answer = await _page.Context.APIRequest.GetAsync(link);
                var final = answer.Url;
                if (answer.Status >= 400 || final.Contains("/account/sign-in", StringComparison.Ordinal) || final.Contains("/account/access-denied", StringComparison.OrdinalIgnoreCase))
                {
                    Add(page, $"link {link[_origin.Length..]} answers {answer.Status}" + (final != link ? $" at {final[Math.Min(_origin.Length, final.Length)..]}" : ""));
                }

                await answer.DisposeAsync();
            }
            catch (PlaywrightException error)
            {
                Add(page, $"link {link[_origin.Length..]} fails: {FirstLine(error.Message)}");
            }
        }
    }

    private IEnumerable<string> Walkable(PageState state) =>
        state.Links
            .Where(l => !l.Download)
            .Select(l => l.Href.Split('#')[0])
            .Where(SameOrigin)
            .Where(href => !href.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !href.Contains(".csv?", StringComparison.OrdinalIgnoreCase))
            .Where(href => !NotWalked.Any(prefix => href[_origin.Length..].StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));

    private IEnumerable<SweptForm> Forms(string page, PageState state) =>
        state.Forms
            .Where(f => SameOrigin(f.Action) && !NotWalked.Any(prefix => f.Action[_origin.Length..].StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .Select(f => new SweptForm(page, f.Method, KeyOf(f), new Uri(f.Action).GetLeftPart(UriPartial.Path), f.Query ?? "", f.Typed ?? []));

    private static string FormKey(JsonElement form)
    {
        return KeyOf(form.Deserialize<FormState>(Json)!);
    }

    /// <summary>
    /// A form's identity across pages: a GET form by its path and fields (the same filter on /x and /x?edit= is one form);
    /// a POST form by its action's shape too, whose handler tells Approve from Reject.
    /// </summary>
    private static string KeyOf(FormState f) =>
        $"{f.Method} {(f.Method == "get" ? Number().Replace(new Uri(f.Action).AbsolutePath, "/{n}") : Shape(f.Action))} ({string.Join(",", f.Fields.Distinct())})";

    private bool SameOrigin(string url) => url.StartsWith(_origin + "/", StringComparison.Ordinal) || url == _origin;

    /// <summary>A page's shape: its path with numbers as {n} and the names (not values) of its query.</summary>
    private static string Shape(string url)
    {
        var uri = new Uri(url);
        // A page handler's name is part of the shape: Approve and Reject are different forms. An empty value too: "?edit="
        // (a new offer) and "?edit=m-12" (an existing one) are different pages.
        var names = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.StartsWith("handler=", StringComparison.OrdinalIgnoreCase) ? p : p.EndsWith('=') ? p : p.Split('=')[0])
            .Order(StringComparer.Ordinal);
        return Number().Replace(uri.AbsolutePath, "/{n}") + (uri.Query.Length > 1 ? "?" + string.Join("&", names) : "");
    }

    private static int Bump(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private void Add(string url, string problem) =>
        Problems.Add(new SweepProblem(_role, _language, _width, url.Replace(_origin, "", StringComparison.Ordinal), problem));

    private static bool LooksLikeJson(string text)
    {
        if (!(text.StartsWith('{') && text.EndsWith('}')) && !(text.StartsWith('[') && text.EndsWith(']')))
        {
            return false;
        }

        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 90 ? line : line[..90] + "…";
    }

    private static string FirstLine(string text) => Short(text.Split('\n')[0]);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex Number();

    /// <summary>A service's phrase code shown as is ("proposal_superseded"): lower-case words joined by underscores.</summary>
    [GeneratedRegex(@"\b[a-z]+(?:_[a-z]+){2,}\b")]
    private static partial Regex PhraseCode();

    private readonly record struct PageState(
        int ScrollWidth, int InnerWidth, string[] Culprits, string Lang, bool Layout, string ContentType, string Text, LinkState[] Links, FormState[] Forms);

    private sealed record LinkState(string Href, bool Download);

    private sealed record FormState(string Method, string Action, string[] Fields, string[]? Typed, string? Query);
}
