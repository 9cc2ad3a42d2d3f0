using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using InnovationAcademy.Bench.LargeSite;
using InnovationAcademy.Testing;

namespace InnovationAcademy.Bench.Load;

/// <summary>A signed-in learner of the large site: the cookies of their session and an open quiz page's form.</summary>
internal sealed record LearnerSession(string Cookie, string QuizPagePath, string QuizPageForm);

internal static class LearnerSessions
{
    /// <summary>
    /// Signs in <paramref name="count"/> different learners (all enrolled in the sample MOOC) through the site's own
    /// sign-in form, and opens an attempt of its quiz for each, so that every load connection cycles through real sessions.
    /// </summary>
    public static async Task<IReadOnlyList<LearnerSession>> SignInAsync(Uri site, BenchSite bench, int count)
    {
        var sessions = new LearnerSession[count];
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async n =>
        {
            await gate.WaitAsync();
            try
            {
                sessions[n] = await SignInOneAsync(site, bench, LargeSiteSeed.LearnerEmail(n + 1));
            }
            finally
            {
                gate.Release();
            }
        }));
        return sessions;
    }

    private static async Task<LearnerSession> SignInOneAsync(Uri site, BenchSite bench, string email)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new SiteClient(new HttpClient(handler) { BaseAddress = site });
        await client.SignInAsync(email, LargeSiteSeed.LearnerPassword);

        var started = await client.PressButtonAsync(bench.QuizPath, bench.QuizPath + "/start");
        var attempt = started.Headers.Location?.OriginalString;
        if (started.StatusCode != HttpStatusCode.Redirect || attempt is null || !attempt.Contains("/attempts/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{email} could not start the quiz {bench.QuizPath}: {(int)started.StatusCode} {attempt}");
        }

        var page = await client.GetPageAsync(attempt);
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").First(f => f.GetAttribute("action") == attempt);
        return new LearnerSession(cookies.GetCookieHeader(site), attempt, Answer(form));
    }

    /// <summary>The form as a learner sends it: the first choice of every question, some text in every box, "next".</summary>
    private static string Answer(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            switch (input.Type)
            {
                case "radio" or "checkbox":
                    if (chosen.Add(input.Name!))
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case "hidden" when input.Name == "__FormKey":
                    // Each save is a new send, as when a learner changes an answer: a repeated key would be answered
                    // from the memory of the first send (a redirect) and measure nothing.
                    break;
                case "hidden":
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case "submit":
                    break;
                default:
                    fields.Add(new(input.Name!, "1"));
                    break;
            }
        }

        fields.AddRange(form.QuerySelectorAll<IHtmlSelectElement>("select[name]").Select(s => new KeyValuePair<string, string>(s.Name!, s.Options.Length > 1 ? s.Options[1]!.Value : "")));
        fields.AddRange(form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]").Select(t => new KeyValuePair<string, string>(t.Name!, "Mi respuesta.")));
        fields.Add(new("go", "next"));
        return string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
    }
}
