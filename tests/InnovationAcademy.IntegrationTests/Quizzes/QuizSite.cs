using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace InnovationAcademy.IntegrationTests.Quizzes;

/// <summary>
/// A demo site with a course of two modules: the first ends in a quiz with one question of every kind (pass
/// mark 60 %, two attempts, answers shown once passed); the second in a timed quiz of one question.
/// </summary>
public sealed class QuizSite : IAsyncDisposable
{
    public const string Slug = "curso-con-cuestionarios";
    public const string Quiz1 = "c1c1c1c1-0000-4000-8000-000000000001";
    public const string Quiz2 = "c2c2c2c2-0000-4000-8000-000000000002";
    public const string Lesson1 = "d1d1d1d1-0000-4000-8000-000000000001";
    public const string Lesson2 = "d2d2d2d2-0000-4000-8000-000000000002";

    /// <summary>The right answer to each question of the first quiz, by question text.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RightAnswers = new Dictionary<string, string[]>
    {
        ["¿Qué ciudad es la capital del Perú?"] = ["Lima"],
        ["¿Qué practica un laboratorio ciudadano?"] = ["Experimentación", "Colaboración"],
        ["Los datos abiertos se pueden reutilizar."] = ["Verdadero"],
        ["¿Qué enfoque pone a las personas en el centro?"] = ["Diseño centrado en las personas"],
        ["¿Cuántas horas de aprendizaje tiene el MOOC?"] = ["22"],
        ["Une cada práctica con lo que hace."] = ["Laboratorio=Experimenta", "Nudge=Empuja"],
    };

    public static readonly IReadOnlyDictionary<string, string[]> WrongAnswers = new Dictionary<string, string[]>
    {
        ["¿Qué ciudad es la capital del Perú?"] = ["Cusco"],
        ["¿Qué practica un laboratorio ciudadano?"] = ["Experimentación", "Secretismo"],
        ["Los datos abiertos se pueden reutilizar."] = ["Falso"],
        ["¿Qué enfoque pone a las personas en el centro?"] = ["otro"],
        ["¿Cuántas horas de aprendizaje tiene el MOOC?"] = ["30"],
        ["Une cada práctica con lo que hace."] = ["Laboratorio=Empuja", "Nudge=Experimenta"],
    };

    public static string Recipe(string capitalRight = "Lima") => $$"""
        { "name": "quiz-tests", "steps": [
          { "name": "Users", "users": [
            { "email": "ana@test.localhost", "name": "Ana Núñez", "roles": ["Learner"], "password": "demo-academia-2026" },
            { "email": "beto@test.localhost", "name": "Beto Peña", "roles": ["Learner"], "password": "demo-academia-2026" }
          ] },
          { "name": "Courses", "courses": [ {
            "slug": "{{Slug}}", "title": "Curso con cuestionarios", "language": "es", "hours": 2, "published": true,
            "modules": [
              { "title": "Uno", "lessons": [ { "key": "{{Lesson1}}", "title": "Lección uno", "kind": "reading", "body": "Texto.", "minutes": 5 } ],
                "quiz": { "key": "{{Quiz1}}", "title": "Cuestionario uno", "passPercent": 60, "maxAttempts": 2, "review": "afterPassing", "questionsPerPage": 2, "shuffle": true,
                  "questions": [
                    { "kind": "single", "text": "¿Qué ciudad es la capital del Perú?", "feedback": "Lima es la capital desde 1535.",
                      "options": [ { "text": "Lima", "correct": {{(capitalRight == "Lima" ? "true" : "false")}}, "feedback": "Sí." }, { "text": "Cusco", "correct": {{(capitalRight == "Cusco" ? "true" : "false")}}, "feedback": "SECRETO-CUSCO" }, { "text": "Arequipa" } ] },
                    { "kind": "multiple", "text": "¿Qué practica un laboratorio ciudadano?", "partialCredit": true,
                      "options": [ { "text": "Experimentación", "correct": true }, { "text": "Colaboración", "correct": true }, { "text": "Secretismo" } ] },
                    { "kind": "truefalse", "text": "Los datos abiertos se pueden reutilizar.", "correct": true },
                    { "kind": "short", "text": "¿Qué enfoque pone a las personas en el centro?", "answers": ["Diseño centrado en las personas", "DCP"] },
                    { "kind": "numeric", "text": "¿Cuántas horas de aprendizaje tiene el MOOC?", "answers": [22], "tolerance": 0 },
                    { "kind": "matching", "text": "Une cada práctica con lo que hace.",
                      "options": [ { "text": "Laboratorio", "match": "Experimenta" }, { "text": "Nudge", "match": "Empuja" } ] }
                  ] } },
              { "title": "Dos", "lessons": [ { "key": "{{Lesson2}}", "title": "Lección dos", "kind": "reading", "body": "Texto.", "minutes": 5 } ],
                "quiz": { "key": "{{Quiz2}}", "title": "Cuestionario con tiempo", "passPercent": 50, "timeLimitMinutes": 5, "review": "afterEachAttempt",
                  "questions": [ { "kind": "truefalse", "text": "El tiempo cuenta en el servidor.", "correct": true } ] } }
            ] } ] }
        ] }
        """;

    private QuizSite(AcademySiteFactory site) => Site = site;

    public AcademySiteFactory Site { get; }

    public static async Task<QuizSite> StartAsync()
    {
        var site = new AcademySiteFactory("academy-demo");
        using var admin = await RecipeTests.AdminAsync(site);
        var imported = await RecipeTests.UploadAsync(admin, Recipe(), "quiz-tests.recipe.json");
        Assert.True(imported.StatusCode == HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync());
        return new QuizSite(site);
    }

    public async Task<SiteClient> LearnerAsync(string email = "ana@test.localhost", bool enrol = true)
    {
        var client = Site.CreateSiteClient();
        await client.SignInAsync(email, AcademySiteFactory.DemoPassword);
        if (enrol)
        {
            await client.EnrolAsync(Slug);
        }

        return client;
    }

    public static string QuizUrl(string quiz, string slug = Slug) => $"/courses/{slug}/quizzes/{quiz}";

    /// <summary>Starts (or resumes) an attempt; returns the page it lands on.</summary>
    public static async Task<string> StartAsync(SiteClient client, string quiz, string slug = Slug)
    {
        var response = await client.PressButtonAsync(QuizUrl(quiz, slug), QuizUrl(quiz, slug) + "/start");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Answers every question on the page by its text, as a person picks labels, and presses <paramref name="go"/>.</summary>
    public static async Task<HttpResponseMessage> AnswerPageAsync(SiteClient client, string pageUrl, IReadOnlyDictionary<string, string[]> answers, string go)
    {
        var (action, values, token) = await FillPageAsync(client, pageUrl, answers, go);
        return await client.PostFormAsync(action, values, token);
    }

    /// <summary>The page's form filled in, not sent yet: what a learner has on screen before pressing the button.</summary>
    public static async Task<(string Action, List<KeyValuePair<string, string>> Values, string Token)> FillPageAsync(SiteClient client, string pageUrl, IReadOnlyDictionary<string, string[]> answers, string go)
    {
        var page = await client.GetPageAsync(pageUrl);
        var form = page.QuerySelector<IHtmlFormElement>("form.quiz-form")!;
        var values = new List<KeyValuePair<string, string>> { new("go", go) };
        foreach (var block in form.QuerySelectorAll("fieldset.question-block"))
        {
            var text = block.QuerySelector("legend .question")!.TextContent.Trim();
            if (!answers.TryGetValue(text, out var wanted))
            {
                continue;
            }

            foreach (var input in block.QuerySelectorAll<IHtmlInputElement>("input[type=radio], input[type=checkbox]"))
            {
                if (wanted.Contains(Label(block, input)))
                {
                    values.Add(new(input.Name!, input.Value));
                }
            }

            foreach (var input in block.QuerySelectorAll<IHtmlInputElement>("input[type=text]"))
            {
                values.Add(new(input.Name!, wanted[0]));
            }

            foreach (var select in block.QuerySelectorAll<IHtmlSelectElement>("select"))
            {
                var prompt = Label(block, select);
                var pair = wanted.FirstOrDefault(w => w.StartsWith(prompt + "=", StringComparison.Ordinal));
                values.Add(new(select.Name!, pair?[(prompt.Length + 1)..] ?? ""));
            }
        }

        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        return (form.GetAttribute("action")!, values, token);
    }

    /// <summary>Answers every page from the first and submits; returns the result page's address.</summary>
    public static async Task<string> TakeAsync(SiteClient client, string quiz, IReadOnlyDictionary<string, string[]> answers, string slug = Slug)
    {
        var url = await StartAsync(client, quiz, slug);
        for (var guard = 0; guard < 20; guard++)
        {
            var page = await client.GetPageAsync(url);
            var last = page.QuerySelector("button[value=submit]") is not null;
            var response = await AnswerPageAsync(client, url, answers, last ? "submit" : "next");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            url = response.Headers.Location!.OriginalString;
            if (last)
            {
                // The last page leads to the summary, which submits (saying so when questions are left blank).
                Assert.EndsWith("/summary", url, StringComparison.Ordinal);
                var submitted = await client.SubmitFormAsync(url, [], url[..^"/summary".Length] + "/submit");
                Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
                return submitted.Headers.Location!.OriginalString;
            }
        }

        throw new InvalidOperationException("The quiz never reached its last page.");
    }

    private static string Label(IElement block, IElement input) =>
        block.QuerySelector($"label[for='{input.Id}']")!.TextContent.Trim();

    public ValueTask DisposeAsync() => Site.DisposeAsync();
}
