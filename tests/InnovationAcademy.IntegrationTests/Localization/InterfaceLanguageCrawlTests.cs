using System.Text.RegularExpressions;
using AngleSharp.Dom;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.IntegrationTests.Localization;

/// <summary>
/// Each kind of person, in Spanish and in English, walks the sample site by its links from the home page (and the
/// administration, for staff) and reads every page: no translation key, enum name or audit code, no IANA zone id,
/// no "1 cursos", no English on a Spanish page and no Spanish words in an English page's interface.
/// </summary>
public sealed partial class InterfaceLanguageCrawlTests(InterfaceLanguageCrawlTests.Site site) : IClassFixture<InterfaceLanguageCrawlTests.Site>
{
    /// <summary>The sample MOOC with its quizzes, certificates, the CREANDO cohorts, the GovTech challenge and the talent directory.</summary>
    public sealed class Site() : AcademySiteFactory("thinkia-mooc");

    private const int MostPages = 250;

    /// <summary>Brand and product names written in camel case on purpose.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "GovTech", "GovLink", "WhatsApp", "YouTube", "LinkedIn", "OpenStreetMap", "JavaScript", "PostgreSQL", "SQLite", "iCalendar", "OpenBadges", "PowerPoint",
    };

    private static readonly string[] ReadAloud = ["aria-label", "placeholder", "title", "alt"];

    private static readonly string[] EnglishWords =
    [
        "the", "and", "you", "your", "Save", "Cancel", "Delete", "Search", "Sign in", "Sign out", "Next", "Previous", "Status",
        "Pending", "Published", "Accepted", "Rejected", "Learner", "Learners", "Default", "Theme", "true", "false", "version",
        "Actions", "Details", "Enabled", "Disabled", "Yes", "None", "Back", "Submit", "Continue", "Start",
    ];

    private static readonly string[] SpanishWords =
    [
        "Guardar", "Cancelar", "Eliminar", "Editar", "Buscar", "Estado", "Siguiente", "Anterior", "Volver", "Enviar",
        "Configuración", "Inscribirme", "Pendiente", "Aceptada", "Publicado", "Borrador", "Oculto", "Cursos", "Usuarios",
        "Lección", "Módulo", "Certificado", "Sí", "Acciones", "Detalles", "Participantes", "Sesiones", "Horas", "hora de",
        "Iniciar sesión", "Cerrar sesión", "Mis cursos", "Añadir", "Crear", "Nuevo", "Nueva", "Ninguno", "Continuar",
    ];

    public static TheoryData<string, string> Readers => new()
    {
        { "visitor", "es" }, { "visitor", "en" },
        { "alumna@academy.localhost", "es" }, { "alumna@academy.localhost", "en" },
        { "gestora@academy.localhost", "es" }, { "gestora@academy.localhost", "en" },
        { "editor@academy.localhost", "es" }, { "editor@academy.localhost", "en" },
        { "facilitadora@academy.localhost", "es" }, { "facilitadora@academy.localhost", "en" },
        { Participant, "es" }, { Participant, "en" },
        { AdminEmail, "es" }, { AdminEmail, "en" },
    };

    private const string AdminEmail = AcademySiteFactory.AdminEmail;

    /// <summary>An entrepreneur of a CREANDO cohort (accepted in 2023, graduated or not), given a password for the walk.</summary>
    private const string Participant = "participant";

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Every_page_speaks_the_readers_language_without_keys_zone_ids_or_wrong_plurals(string reader, string language)
    {
        using var client = site.CreateSiteClient();
        if (reader == Participant)
        {
            await client.SignInAsync(await ParticipantAsync(), AcademySiteFactory.DemoPassword);
        }
        else if (reader != "visitor")
        {
            await client.SignInAsync(reader, reader == AdminEmail ? AcademySiteFactory.AdminPassword : AcademySiteFactory.DemoPassword);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync($"/culture?culture={language}&returnUrl=/")).StatusCode);
        string[] starts = reader == "visitor" ? ["/"] : ["/", "/admin", "/my/courses", "/my/journey", "/account/profile"];
        var queue = new Queue<string>(starts);
        var seen = new HashSet<string>(starts, StringComparer.Ordinal);
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < MostPages)
        {
            var url = queue.Dequeue();
            var response = await client.Http.GetAsync(url);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            visited++;
            var page = await SiteClient.ParseAsync(response);
            problems.AddRange(Read(page, language).Select(p => $"{url}: {p}"));
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                // Two pages of each kind are enough (two lessons, two profiles): the budget goes to the kinds.
                if (Followable(href) is { } next && seen.Add(next) && shapes.TryGetValue(Shape(next), out var count) is var known && (!known || count < 2))
                {
                    shapes[Shape(next)] = count + 1;
                    queue.Enqueue(next);
                }
            }
        }

        Assert.True(visited >= (reader == "visitor" ? 10 : 20), $"only {visited} pages were reached");
        var distinct = problems.GroupBy(p => p[(p.IndexOf(": ", StringComparison.Ordinal) + 2)..]).Select(g => $"{g.First()} (and {g.Count() - 1} more pages)").ToList();
        Assert.True(distinct.Count == 0, $"{distinct.Count} problems in {visited} pages:\n" + string.Join("\n", distinct));
    }

    private async Task<string> ParticipantAsync() => await site.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<AcademyDbContext>();
        var userId = await db.Set<CohortApplication>().Where(a => a.Status == ApplicationStatus.Accepted && db.Set<Cohort>().Any(c => c.Id == a.CohortId && c.Slug == "creando-2023"))
            .OrderBy(a => a.Id).Select(a => a.UserId).FirstAsync();
        var users = services.GetRequiredService<UserManager<AcademyUser>>();
        var user = (await users.FindByIdAsync(userId))!;
        if (!await users.HasPasswordAsync(user))
        {
            Assert.True((await users.AddPasswordAsync(user, AcademySiteFactory.DemoPassword)).Succeeded);
        }

        return user.Email!;
    });

    private static IEnumerable<string> Read(IDocument page, string language)
    {
        var all = VisibleText(page.Body!, language, interfaceOnly: false);
        var chrome = VisibleText(page.Body!, language, interfaceOnly: true);
        foreach (Match key in RawKey().Matches(all))
        {
            yield return $"a key \"{key.Value}\"";
        }

        foreach (Match word in CamelCase().Matches(all))
        {
            if (!Names.Contains(word.Value))
            {
                yield return $"an enum or key name \"{word.Value}\"";
            }
        }

        foreach (Match code in AuditCode().Matches(all))
        {
            yield return $"a code \"{code.Value}\"";
        }

        foreach (Match hole in FormatHole().Matches(all))
        {
            yield return $"an unfilled placeholder \"{hole.Value}\"";
        }

        foreach (Match zone in ZoneId().Matches(all))
        {
            yield return $"a time zone id \"{zone.Value}\"";
        }

        foreach (Match one in OnePlural().Matches(all))
        {
            yield return $"\"{one.Value}\"";
        }

        var (foreign, text) = language == "es" ? (EnglishWords, all) : (SpanishWords, chrome);
        foreach (var word in foreign)
        {
            var match = Regex.Match(text, $@"(?<![\p{{L}}\-/@.]){Regex.Escape(word)}(?![\p{{L}}\-/@.])", RegexOptions.CultureInvariant);
            if (match.Success)
            {
                var from = Math.Max(0, match.Index - 40);
                yield return $"\"{word}\" in a {(language == "es" ? "Spanish" : "English")} page: …{text.Substring(from, Math.Min(text.Length - from, 90)).ReplaceLineEndings(" ")}…";
            }
        }
    }

    /// <summary>
    /// The text a reader sees (not scripts, not styles), plus what assistive technology reads out. With
    /// <paramref name="interfaceOnly"/>, only the interface's own words: buttons, labels, headings of tables, menus.
    /// </summary>
    private static string VisibleText(IElement root, string language, bool interfaceOnly)
    {
        var parts = new List<string>();
        IEnumerable<IElement> elements = interfaceOnly
            ? root.QuerySelectorAll("button, label, th, legend, dt, nav, summary, .button, .badge, .status, .pager, .breadcrumbs, .empty, .notice, .muted, .hint, .times-note")
            : [root];
        foreach (var element in elements)
        {
            foreach (var node in element.Descendants().OfType<IText>())
            {
                // Text that says it is in another language (a course's own, a record kept in English) is read as such.
                // Identifiers marked not to be translated (template fields, codes, record subjects) are not words either.
                if (node.ParentElement?.Closest("script, style, template, [translate=no]") is null
                    && (node.ParentElement?.Closest("[lang]")?.GetAttribute("lang") ?? language).StartsWith(language, StringComparison.Ordinal))
                {
                    parts.Add(node.Data);
                }
            }

            foreach (var labelled in element.QuerySelectorAll("[aria-label], [placeholder], [title], input[type=submit][value], img[alt]"))
            {
                parts.AddRange(ReadAloud.Select(labelled.GetAttribute).OfType<string>());
                if (labelled.GetAttribute("type") == "submit")
                {
                    parts.Add(labelled.GetAttribute("value") ?? "");
                }
            }
        }

        return WhiteSpace().Replace(string.Join(" ", parts), " ");
    }

    /// <summary>The site's own pages; not the language switch, files, feeds, the API, nor actions that sign out.</summary>
    private static string? Followable(string href)
    {
        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var path = href.Split('#')[0];
        string[] skipped = ["/culture", "/media/", "/api/", "/_content/", "/css/", "/js/", "/lib/", "/account/logout"];
        return path.Length == 0 || skipped.Any(s => path.StartsWith(s, StringComparison.Ordinal))
            || path.EndsWith(".ics", StringComparison.Ordinal) || path.EndsWith(".zip", StringComparison.Ordinal)
            || path.EndsWith(".csv", StringComparison.Ordinal) || path.Contains("/export", StringComparison.Ordinal)
            || path.EndsWith("/pdf", StringComparison.Ordinal) || path.EndsWith("/credential", StringComparison.Ordinal)
            ? null
            : path;
    }

    /// <summary>A page's kind: its address with numbers, codes and keys as placeholders ("/courses/{}/lessons/{}").</summary>
    private static string Shape(string url) => Placeholder().Replace(url, "{}");

    [GeneratedRegex(@"(?<=[/=])[^/?&=]*\d[^/?&=]*")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b[a-z][a-zA-Z]*:[A-Z][A-Za-z]+\b")]
    private static partial Regex RawKey();

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"(?<![\w@.])(?:user|course|certificate|certificates|cohort|community|enrollment|enquiry|feature|media|quiz|recipe|role|settings|talent|assignment)\.[a-z]+(?:[.-][a-z]+)*\b")]
    private static partial Regex AuditCode();

    [GeneratedRegex(@"\b(?:America|Europe|Africa|Asia|Atlantic|Pacific|Australia|Indian|Antarctica|Etc)/[A-Za-z_]+")]
    private static partial Regex ZoneId();

    [GeneratedRegex(@"(?<![\d.,])\b1 (?:cursos|personas|preguntas|certificados|módulos|lecciones|mensajes|respuestas|intentos|inscripciones|participantes|sesiones|usuarios|usuarias|horas|minutos|días|perfiles|temas|hilos|archivos|entregas|cuestionarios|courses|people|questions|certificates|modules|lessons|messages|answers|attempts|enrolments|participants|sessions|users|hours|learners|minutes|days|profiles|threads|files|submissions|quizzes|items|veces|times)\b")]
    private static partial Regex OnePlural();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex FormatHole();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
